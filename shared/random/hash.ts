/**
 * 32-bit FNV-1a hash of a string's UTF-16 code units (Fowler–Noll–Vo, offset basis
 * 2166136261, prime 16777619). Used to pick deterministic samples and hold-outs that
 * do not depend on row order. Not for security.
 * Example: `fnv1a32('')` = 2166136261, `fnv1a32('a')` = 0xe40c292c.
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
