import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/db/client';
import { loadConfig } from '../../../server/config';
import { loadDemo } from '../../../server/services/demo-loader';
import { latestRefresh, runRefresh } from '../../../server/analytics/refresh';
import { loadCustomerFacts } from '../../../server/analytics/customer-facts';
import { fitAndScoreModels } from '../../../server/analytics/model-step';
import { fitAndScoreModelsInWorker } from '../../../server/analytics/model-thread';
import { dayNumber } from '../../../shared/time/calendar';

/**
 * At scale the refresh fits BG/NBD and Gamma-Gamma on a worker thread while
 * the main thread builds the segments. The worker runs the same function on
 * copies of the facts, so every figure must be identical to the figures
 * computed on the main thread — checked here on the demo data, where the
 * worker is forced (by default it starts at 100k customers).
 */
describe('models on a worker thread', () => {
  const now = new Date('2026-11-24T02:00:00Z');

  it('give exactly the main thread\'s columns and report, and leave the caller\'s facts usable', async () => {
    const database = await openDatabase('file::memory:');
    await loadDemo(database, { ...loadConfig({}), demo: true }, now, { customers: 600, seed: 5 });
    const facts = await loadCustomerFacts(database.client, dayNumber('2026-11-24'));
    const occasionsBefore = Int32Array.from(facts.occasions);
    const here = fitAndScoreModels(facts, { monthly_discount_rate: 0.01 });
    const there = await fitAndScoreModelsInWorker(facts, { monthly_discount_rate: 0.01 });
    expect(there.report).toEqual(here.report);
    expect(here.report.bgnbd).not.toBeNull();
    for (const k of ['pAlive', 'expected90d', 'expectedSpend', 'clv12m'] as const) {
      expect(there[k]).toBeInstanceOf(Float64Array);
      expect(Array.from(there[k]), k).toEqual(Array.from(here[k]));
    }
    expect(Array.from(here.pAlive).some((p) => p > 0 && p < 1)).toBe(true);
    expect(facts.occasions).toEqual(occasionsBefore); // copied to the worker, not moved
  });

  it('a refresh with the worker persists the same scores as one without', async () => {
    const scoresAfter = async (modelsInWorker: boolean) => {
      const database = await openDatabase('file::memory:');
      await loadDemo(database, { ...loadConfig({}), demo: true }, now, { customers: 400, seed: 9 });
      const report = await runRefresh(database, { asOf: '2026-11-24', computedAt: now, modelsInWorker });
      const rows = (await database.client.execute('SELECT * FROM customer_scores ORDER BY customer_pk')).rows.map((r) => Object.values(r));
      const stored = (await latestRefresh(database.client))!.report;
      return { rows, models: report.models, stages: Object.keys(report.timings_ms), clusters: stored.clusters };
    };
    const main = await scoresAfter(false);
    const worker = await scoresAfter(true);
    expect(main.rows.length).toBe(400);
    expect(worker.rows).toEqual(main.rows);
    expect(worker.models).toEqual(main.models);
    expect(worker.clusters).toEqual(main.clusters);
    expect(worker.stages).toContain('models_wait');
    expect(main.stages).toContain('models');
  });

  it('an error on the worker rejects with its message', async () => {
    const bad = { n: 3, asOfDay: 10, occasions: null, firstDay: null, lastDay: null, monetary: null, firstOccasionAmount: null } as never;
    await expect(fitAndScoreModelsInWorker(bad, { monthly_discount_rate: 0.01 })).rejects.toThrow(/worker model-worker\.ts: .*null/);
  });
});
