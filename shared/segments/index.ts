/** Segment schemes of SPEC §3.1–3.2: columnar in, typed arrays out. */
export * from './types';
export { compareIds, idRanks, sortedIndices } from './ordering';
export { meanOver, medianOver } from './population-stats';
export * from './quintiles';
export * from './rf-segments';
export * from './rfm8';
export * from './lifecycle';
export * from './abc';
export * from './value-activity';
export * from './clv-tiers';
export * from './segment-catalog';
export { clusterCustomers, DEFAULT_CLUSTER_OPTIONS, SAME_CLUSTER_DISTANCE, stableNumbers } from './clusters/cluster-customers';
export type { ClusterOptions, ClusterResult, ClusterSummary, PreviousCluster } from './clusters/cluster-customers';
export type { ExtraFeature } from './clusters/cluster-features';
