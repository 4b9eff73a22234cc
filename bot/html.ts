/** Escapes text for Telegram's HTML parse mode. */
export const esc = (s: unknown) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** ¥12,345 — whole yuan, grouped. */
export const money = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : `¥${Math.round(x).toLocaleString('en-US')}`);

/** Callback data must fit in 64 bytes. */
export const fitsCallback = (data: string) => new TextEncoder().encode(data).length <= 64;
