/**
 * Worker side of {@link fitAndScoreModelsInWorker}: fits and scores the models
 * on the facts it is sent and hands the four score columns back by transfer.
 */
import { fitAndScoreModels, type ModelColumns, type ModelFacts } from './model-step';
import type { Thresholds } from './thresholds';

export interface ModelWorkerInput {
  facts: ModelFacts;
  thresholds: Pick<Thresholds, 'monthly_discount_rate'>;
}

export function run(input: ModelWorkerInput): { output: ModelColumns; transfer: ArrayBuffer[] } {
  const output = fitAndScoreModels(input.facts, input.thresholds);
  return { output, transfer: [output.pAlive, output.expected90d, output.expectedSpend, output.clv12m].map((a) => a.buffer as ArrayBuffer) };
}
