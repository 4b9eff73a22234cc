import {
  abcClasses, clusterCustomers, idRanks, labelIdAt, lifecycleStages, rfm8Classes, rfmScores, rfSegments, valueActivityQuadrants,
  type ClusterSummary, type LabelCodes, type PreviousCluster, type RfmColumns,
} from '../../shared/segments';
import type { CustomerFacts } from './customer-facts';
import { lifecycleThresholds, type Thresholds } from './thresholds';

/** The population-wide segment results of one refresh (SPEC §3.1–3.2), index-aligned with the facts. */
export interface SegmentResults {
  rfm: RfmColumns;
  idRank: Int32Array;
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  rfmSegment: (string | null)[];
  rfm8: (string | null)[];
  lifecycle: string[];
  abc: (string | null)[];
  valueActivity: (string | null)[];
  cluster: Int32Array;
  clusters: ClusterSummary[];
  rfm8Means: { recencyDays: number; frequency: number; monetary: number };
  medians: { monetary: number; activity: number };
}

const labels = (codes: LabelCodes, n: number) => {
  const out = new Array<string | null>(n);
  for (let i = 0; i < n; i++) out[i] = labelIdAt(codes, i);
  return out;
};

/** RFM raw values as of the facts' day: recency in whole days (NaN without orders). */
export function rfmColumns(f: CustomerFacts): RfmColumns & { recencyDays: Float64Array } {
  const recency = new Float64Array(f.n);
  for (let i = 0; i < f.n; i++) recency[i] = f.frequency[i] > 0 ? f.asOfDay - f.lastDay[i] : NaN;
  return { ids: f.ids.length === f.n ? f.ids : f.ids.slice(0, f.n), recencyDays: recency, frequency: f.frequency.subarray(0, f.n), monetary: f.monetary.subarray(0, f.n) };
}

/** Every scheme that depends on RFM and activity only (CLV tiers come after the models). */
/** `previousClusters`: the last refresh's clusters, whose numbers the new ones keep (stable ids, tags and history). */
export function computeSegments(f: CustomerFacts, t: Thresholds, previousClusters: readonly PreviousCluster[] = [], seed = 20260101): SegmentResults {
  const rfm = rfmColumns(f);
  const idRank = idRanks(rfm.ids);
  const { r, f: fs, m } = rfmScores(rfm, idRank);
  const eight = rfm8Classes(rfm);
  const activity = new Float64Array(f.n);
  for (let i = 0; i < f.n; i++) activity[i] = f.orders90d[i] + f.events90d[i];
  const va = valueActivityQuadrants(rfm, activity);
  const clusters = clusterCustomers(rfm, { seed, previous: previousClusters });
  const cluster = new Int32Array(f.n).fill(-1);
  for (let i = 0; i < f.n; i++) {
    const id = labelIdAt(clusters, i);
    if (id !== null) cluster[i] = Number(id);
  }
  return {
    rfm, idRank, r, f: fs, m,
    rfmSegment: labels(rfSegments(r, fs), f.n),
    rfm8: labels(eight, f.n),
    lifecycle: labels(lifecycleStages(rfm.recencyDays, rfm.frequency, lifecycleThresholds(t)), f.n) as string[],
    abc: labels(abcClasses(rfm, { aShare: t.abc.a, bShare: t.abc.b }, idRank), f.n),
    valueActivity: labels(va, f.n),
    cluster,
    clusters: clusters.clusters,
    rfm8Means: eight.means,
    medians: { monetary: va.medianMonetary, activity: va.medianActivity },
  };
}
