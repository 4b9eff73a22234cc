import { fnv1a32 } from '../../random/hash';
import { compareIds } from '../ordering';

/**
 * A deterministic sample of at most `size` rows that does not depend on row order:
 * the rows whose customer id has the smallest FNV-1a 32-bit hash (ties by id), returned
 * in (hash, id) order. The same customers are picked however the import was sorted,
 * so clusters are reproducible. O(n log n) with a native numeric sort.
 * Example: size ≥ number of rows → every row, in (hash, id) order.
 */
export function hashSample(ids: readonly string[], customerOfRow: Int32Array, size: number): Int32Array {
  const rows = customerOfRow.length;
  const hashes = new Uint32Array(rows);
  for (let row = 0; row < rows; row++) hashes[row] = fnv1a32(ids[customerOfRow[row]]);
  const take = Math.max(0, Math.min(size, rows));
  const picked = new Int32Array(take);
  if (take > 0) {
    const cutoff = hashes.slice().sort()[take - 1];
    const atCutoff: number[] = [];
    let count = 0;
    for (let row = 0; row < rows; row++) {
      if (hashes[row] < cutoff) picked[count++] = row;
      else if (hashes[row] === cutoff) atCutoff.push(row);
    }
    // Several ids can share the cutoff hash: keep the smallest ids among them.
    atCutoff.sort((a, b) => compareIds(ids[customerOfRow[a]], ids[customerOfRow[b]]) || a - b);
    for (let t = 0; count < take; t++) picked[count++] = atCutoff[t];
  }
  picked.sort((a, b) => hashes[a] - hashes[b] || compareIds(ids[customerOfRow[a]], ids[customerOfRow[b]]) || a - b);
  return picked;
}
