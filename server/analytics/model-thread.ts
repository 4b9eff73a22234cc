import { runInWorker } from '../workers/run-in-worker';
import type { ModelColumns, ModelFacts } from './model-step';
import type { ModelWorkerInput } from './model-worker';
import type { Thresholds } from './thresholds';

/**
 * From this many customers the refresh fits the models on a worker thread,
 * while the main thread builds the segments and reads completeness (the two
 * cores of a small server each get one). Below it the worker's start-up
 * (~0.3 s for tsx and the model modules) costs more than the overlap saves.
 */
export const MODEL_WORKER_MIN_CUSTOMERS = 100_000;

/**
 * `fitAndScoreModels` on a worker thread: the same function on copies of
 * the seven fact columns it reads, so the results are identical (a test
 * compares them). The caller's facts stay usable while it runs.
 */
export function fitAndScoreModelsInWorker(f: ModelFacts, t: Pick<Thresholds, 'monthly_discount_rate'>): Promise<ModelColumns> {
  const input: ModelWorkerInput = {
    facts: {
      n: f.n, asOfDay: f.asOfDay, occasions: f.occasions, firstDay: f.firstDay, lastDay: f.lastDay,
      monetary: f.monetary, firstOccasionAmount: f.firstOccasionAmount,
    },
    thresholds: { monthly_discount_rate: t.monthly_discount_rate },
  };
  return runInWorker<ModelWorkerInput, ModelColumns>(new URL('./model-worker.ts', import.meta.url), input);
}
