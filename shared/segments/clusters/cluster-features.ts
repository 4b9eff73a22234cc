import { hasOrders, type NumericColumn, type RfmColumns, type Text } from '../types';

/** An optional extra clustering feature, standardised as given (transform it first if skewed). */
export interface ExtraFeature {
  name: Text;
  values: NumericColumn;
}

/**
 * The standardised feature matrix k-means runs on: one row per customer with orders,
 * flat row-major storage (`data[row * dims + j]`), so 1M customers need no per-row objects.
 */
export interface ClusterFeatures {
  /** Customer index (into `ids`) of each row. */
  customerOfRow: Int32Array;
  rows: number;
  dims: number;
  /** Standardised features, `rows × dims`. */
  data: Float64Array;
  /** Per-feature mean and population standard deviation before standardising (sd 0 is stored as 1). */
  means: Float64Array;
  sds: Float64Array;
}

/**
 * Builds the SPEC §3.2 cluster features for customers with orders: columns
 * log(1+recency_days), log(1+frequency), log(1+monetary) (natural log, `Math.log1p`),
 * then any extra features as given; each column is standardised to z = (x − mean) / sd
 * with the population sd over those customers. A constant column (sd 0) becomes all zeros.
 * Example: monetary [0, e−1] → log1p [0, 1] → mean 0.5, sd 0.5 → z [−1, 1].
 */
export function buildClusterFeatures(columns: RfmColumns, extra: readonly ExtraFeature[] = []): ClusterFeatures {
  const { ids, recencyDays, frequency, monetary } = columns;
  let rows = 0;
  for (let i = 0; i < ids.length; i++) if (hasOrders(frequency, i)) rows++;
  const customerOfRow = new Int32Array(rows);
  for (let i = 0, row = 0; i < ids.length; i++) if (hasOrders(frequency, i)) customerOfRow[row++] = i;

  const dims = 3 + extra.length;
  const data = new Float64Array(rows * dims);
  for (let row = 0; row < rows; row++) {
    const i = customerOfRow[row];
    const base = row * dims;
    data[base] = Math.log1p(recencyDays[i]);
    data[base + 1] = Math.log1p(frequency[i]);
    data[base + 2] = Math.log1p(monetary[i]);
    for (let e = 0; e < extra.length; e++) data[base + 3 + e] = extra[e].values[i];
  }

  const means = new Float64Array(dims);
  const sds = new Float64Array(dims);
  for (let j = 0; j < dims; j++) {
    let sum = 0;
    for (let row = 0; row < rows; row++) sum += data[row * dims + j];
    const mean = rows > 0 ? sum / rows : 0;
    let squares = 0;
    for (let row = 0; row < rows; row++) {
      const dev = data[row * dims + j] - mean;
      squares += dev * dev;
    }
    const sd = rows > 0 ? Math.sqrt(squares / rows) : 0;
    // A constant column carries no information; dividing by 1 maps it to zeros instead of NaN.
    const scale = sd > 1e-12 ? sd : 1;
    for (let row = 0; row < rows; row++) data[row * dims + j] = (data[row * dims + j] - mean) / scale;
    means[j] = mean;
    sds[j] = scale;
  }
  return { customerOfRow, rows, dims, data, means, sds };
}
