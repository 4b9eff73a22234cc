/**
 * Get-or-insert index of float64 keys: the first distinct key gets 0, the next 1, and so on.
 * Open addressing with linear probing over typed arrays (capacity a power of two, kept at most
 * half full); the hash mixes the two 32-bit halves of the key's IEEE bits. −0 is stored as 0.
 * Several times faster than a Map for millions of non-small-integer keys.
 */
export class FloatKeyIndex {
  private keys: Float64Array;
  private slots: Int32Array;
  private mask: number;
  private readonly bits = new Float64Array(1);
  private readonly halves = new Uint32Array(this.bits.buffer);
  size = 0;

  constructor(expected = 16) {
    let capacity = 16;
    while (capacity < 2 * expected) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  private hash(key: number): number {
    this.bits[0] = key;
    let h = Math.imul(this.halves[0]! ^ Math.imul(this.halves[1]!, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) & this.mask;
  }

  /** Index of `key`, inserting it with the next index if new. */
  indexOf(key: number): number {
    const k = key + 0;
    let at = this.hash(k);
    for (;;) {
      const slot = this.slots[at]!;
      if (slot === -1) break;
      if (this.keys[at] === k) return slot;
      at = (at + 1) & this.mask;
    }
    const index = this.size++;
    this.keys[at] = k;
    this.slots[at] = index;
    if (2 * this.size > this.slots.length) this.grow();
    return index;
  }

  /** The keys in index order. */
  keysInOrder(): Float64Array {
    const out = new Float64Array(this.size);
    for (let at = 0; at < this.slots.length; at++) if (this.slots[at] !== -1) out[this.slots[at]!] = this.keys[at]!;
    return out;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldSlots = this.slots;
    this.keys = new Float64Array(oldKeys.length * 2);
    this.slots = new Int32Array(oldSlots.length * 2).fill(-1);
    this.mask = this.slots.length - 1;
    for (let at = 0; at < oldSlots.length; at++) {
      if (oldSlots[at] === -1) continue;
      let to = this.hash(oldKeys[at]!);
      while (this.slots[to] !== -1) to = (to + 1) & this.mask;
      this.keys[to] = oldKeys[at]!;
      this.slots[to] = oldSlots[at]!;
    }
  }
}
