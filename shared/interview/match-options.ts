import type { FieldOption } from './template-types';

/**
 * The option a typed reply means, or null. Tried in order: the stored value
 * (case-insensitive), the zh label, the en label (case-insensitive), the
 * 1-based number as listed, then a prefix of exactly one label (zh ≥ 1
 * character, en ≥ 2) — so "加盟" finds 加盟店. Ambiguous prefixes give null.
 * Example: options 独立店/加盟店 and reply `'2'` → `'franchise'`.
 */
export function matchOption(options: readonly FieldOption[], reply: string): string | null {
  const r = reply.trim();
  const lower = r.toLowerCase();
  if (r === '') return null;
  const exact = options.find((o) => o.value.toLowerCase() === lower || o.label.zh === r || o.label.en.toLowerCase() === lower);
  if (exact) return exact.value;
  if (/^\d+$/.test(r)) {
    const i = Number(r);
    return i >= 1 && i <= options.length ? options[i - 1].value : null;
  }
  const byPrefix = options.filter((o) => o.label.zh.startsWith(r) || (lower.length >= 2 && o.label.en.toLowerCase().startsWith(lower)));
  return byPrefix.length === 1 ? byPrefix[0].value : null;
}

/**
 * The options a typed multi-choice reply means, in option order without
 * repeats, or null if any part is not an option. The whole reply is first
 * tried as one option (labels may contain spaces), then split on , ; 、 and
 * new lines; a part that is still not an option is split on spaces ("1 3").
 * Example: `'商品、工具'` → `['goods', 'tools']`.
 */
export function matchOptions(options: readonly FieldOption[], reply: string): string[] | null {
  const whole = matchOption(options, reply);
  if (whole !== null) return [whole];
  const picked = new Set<string>();
  for (const part of reply.split(/[,;、\n]+/u)) {
    if (part.trim() === '') continue;
    const one = matchOption(options, part);
    if (one !== null) { picked.add(one); continue; }
    for (const word of part.trim().split(/\s+/u)) {
      const w = matchOption(options, word);
      if (w === null) return null;
      picked.add(w);
    }
  }
  return picked.size === 0 ? null : options.filter((o) => picked.has(o.value)).map((o) => o.value);
}
