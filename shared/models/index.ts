/** Purchase and value models of SPEC §3.3: calibration summary, BG/NBD, Gamma-Gamma, CLV. */
export * from './calibration-summary';
export { compressSummary } from './compress-summary';
export type { CompressedSummary, RecencyFrequencyColumns } from './compress-summary';
export { bgnbdLogLikelihood } from './bgnbd-likelihood';
export type { BgNbdParams } from './bgnbd-likelihood';
export * from './bgnbd-predict';
export * from './bgnbd-fit';
export * from './gamma-gamma';
export * from './gamma-gamma-fit';
export * from './clv';
export * from './model-warnings';
export { digamma, lnGamma, logBeta, logGammaRatio } from './log-gamma';
export { hyp2f1 } from './hypergeometric';
