/**
 * Draws the app icons (a white portrait silhouette on the brand blue) as PNG
 * files without any network or image library: shapes are sampled 4×4 per pixel
 * for anti-aliasing, rows are zlib-deflated and wrapped in PNG chunks by hand.
 * Run: `node --import tsx web/scripts/make-icons.ts` (writes web/public/icons/).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const BRAND = [0x1f, 0x4e, 0x8c] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
const ACCENT = [0xf5, 0xb7, 0x2e] as const;

type Shape = (x: number, y: number) => readonly [number, number, number] | null;

/** The motif in unit coordinates (0..1): head, shoulders, and a small accent dot (the "insight"). */
function motif(inset: number): Shape {
  const s = 1 - 2 * inset;
  return (x0, y0) => {
    const x = (x0 - inset) / s;
    const y = (y0 - inset) / s;
    const head = (x - 0.5) ** 2 + (y - 0.38) ** 2 < 0.15 ** 2;
    const shoulders = y > 0.6 && y < 0.82 && ((x - 0.5) / 0.29) ** 2 + ((y - 0.82) / 0.24) ** 2 < 1;
    const dot = (x - 0.76) ** 2 + (y - 0.24) ** 2 < 0.065 ** 2;
    if (dot) return ACCENT;
    if (head || shoulders) return WHITE;
    return null;
  };
}

function roundedSquare(r: number): (x: number, y: number) => boolean {
  return (x, y) => {
    const dx = Math.max(r - x, 0, x - (1 - r));
    const dy = Math.max(r - y, 0, y - (1 - r));
    return dx * dx + dy * dy <= r * r;
  };
}

function draw(size: number, opts: { maskable: boolean }): Buffer {
  const inside = opts.maskable ? () => true : roundedSquare(0.2);
  const fg = motif(opts.maskable ? 0.14 : 0.04);
  const N = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const x = (px + (sx + 0.5) / N) / size;
          const y = (py + (sy + 0.5) / N) / size;
          if (!inside(x, y)) continue;
          const c = fg(x, y) ?? BRAND;
          r += c[0]; g += c[1]; b += c[2]; a += 255;
        }
      }
      const n = N * N;
      const o = (py * size + px) * 4;
      const cover = a / 255;
      rgba[o] = cover ? Math.round(r / cover) : 0;
      rgba[o + 1] = cover ? Math.round(g / cover) : 0;
      rgba[o + 2] = cover ? Math.round(b / cover) : 0;
      rgba[o + 3] = Math.round(a / n);
    }
  }
  return png(size, rgba);
}

function png(size: number, rgba: Buffer): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(6, 9); // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const out = resolve(import.meta.dirname, '../public/icons');
mkdirSync(out, { recursive: true });
writeFileSync(resolve(out, 'icon-192.png'), draw(192, { maskable: false }));
writeFileSync(resolve(out, 'icon-512.png'), draw(512, { maskable: false }));
writeFileSync(resolve(out, 'maskable-512.png'), draw(512, { maskable: true }));
writeFileSync(resolve(out, 'apple-touch-icon.png'), draw(180, { maskable: true }));
console.log(`icons written to ${out}`);
