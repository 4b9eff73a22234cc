import type { Client } from '@libsql/client';
import { clvTiers, labelIdAt, type ClusterSummary } from '../../shared/segments';
import { dayNumber, isoWeek } from '../../shared/time/calendar';
import type { Database } from '../db/client';
import { loadCustomerFacts } from './customer-facts';
import { computeSegments } from './compute-segments';
import { completenessColumn } from './completeness-step';
import { fitAndScoreModels, type ModelReport } from './model-step';
import { fitAndScoreModelsInWorker, MODEL_WORKER_MIN_CUSTOMERS } from './model-thread';
import { scoreChurn } from './churn-step';
import { persistScores, type ScoreColumns } from './persist-scores';
import { loadThresholds } from './thresholds';
import type { ChurnContext } from '../../shared/churn';
import { evaluateRuleTags } from '../tags/evaluate-rule-tags';
import { refreshFeatureColumns } from './refresh-features';

export interface RefreshReport {
  as_of: string;
  week: string;
  customers: number;
  with_orders: number;
  models: ModelReport;
  /** With their numbers and centroids, so the next refresh keeps each cluster's number (older reports lack them). */
  clusters: { id: string; number?: number; label: { zh: string; en: string }; why: { zh: string; en: string }; size: number; centroid?: ClusterSummary['centroid'] }[];
  /** Customers whose churn level became high this week (not high in the previous snapshot). */
  newly_high_risk: number;
  newly_high_risk_pks: number[];
  /** What the incremental path needs to score one customer like this refresh did. */
  churn_context: ChurnContext;
  tags: { added: number; removed: number; errors: { id: string; message: string; position: number }[] };
  timings_ms: Record<string, number>;
}

export interface RefreshOptions {
  asOf: string;
  computedAt: Date;
  onProgress?: (stage: string) => void;
  /** Fit the models on a worker thread (default: from 100k customers, see model-thread.ts). */
  modelsInWorker?: boolean;
  /** Read the windowed counts on a worker thread (default: from 100k customers of a database file, see customer-facts.ts). */
  windowsOnWorker?: boolean;
}

/**
 * The full refresh (SPEC §4): facts as of a day → every segment scheme →
 * BG/NBD + Gamma-Gamma + CLV → CLV tiers → churn risk with reasons and next
 * actions → completeness → persisted scores and the ISO week's snapshot.
 * Cost O(customers) on the usual path (kept-current aggregates), one pass
 * over orders for a past as-of. The run's report (model parameters,
 * warnings, cluster labels, timings) is kept in refresh_runs.
 */
export async function runRefresh(database: Database, opts: RefreshOptions): Promise<RefreshReport> {
  const { client } = database;
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (stage: string) => {
    const t = performance.now();
    timings[stage] = Math.round(t - mark);
    mark = t;
    opts.onProgress?.(`${stage} ${timings[stage]} ms`);
  };
  const asOfDay = dayNumber(opts.asOf);
  const week = isoWeek(asOfDay);
  const thresholds = await loadThresholds(client);
  const facts = await loadCustomerFacts(client, asOfDay, { databaseUrl: database.url, windowsOnWorker: opts.windowsOnWorker });
  lap('load_facts');
  // At scale the models run on a worker thread while this one builds the segments and reads completeness.
  const inWorker = opts.modelsInWorker ?? facts.n >= MODEL_WORKER_MIN_CUSTOMERS;
  const modelsPending = inWorker ? fitAndScoreModelsInWorker(facts, thresholds) : null;
  modelsPending?.catch(() => {}); // awaited below; an early failure must not surface as unhandled meanwhile
  const previous = await latestRefresh(client);
  const previousClusters = (previous?.report.clusters ?? []).flatMap((c) => (c.number && c.centroid ? [{ number: c.number, centroid: c.centroid }] : []));
  const seg = computeSegments(facts, thresholds, previousClusters);
  lap('segments');
  const completeness = await completenessColumn(client, facts);
  lap('completeness');
  const models = modelsPending ? await modelsPending : fitAndScoreModels(facts, thresholds);
  lap(inWorker ? 'models_wait' : 'models'); // with the worker, only the time the models ran past the two steps above
  const tiers = clvTiers(seg.rfm.ids, models.clv12m, { whaleShare: thresholds.clv.whale, dolphinShare: thresholds.clv.dolphin }, seg.idRank);
  const clvTier = new Array<string | null>(facts.n);
  for (let i = 0; i < facts.n; i++) clvTier[i] = labelIdAt(tiers, i);
  const previousHigh = await previousHighRisk(client, week);
  const churn = await scoreChurn(client, facts, seg, models, thresholds);
  lap('churn');
  const newlyHigh = new Uint8Array(facts.n);
  for (let i = 0; i < facts.n; i++) if (churn.level[i] === 'high' && !previousHigh.has(facts.pk[i])) newlyHigh[i] = 1;
  let withOrders = 0;
  for (let i = 0; i < facts.n; i++) if (facts.frequency[i] > 0) withOrders++;
  const columns: ScoreColumns = {
    n: facts.n, pk: facts.pk, recencyDays: seg.rfm.recencyDays as Float64Array, frequency: facts.frequency, monetary: facts.monetary,
    r: seg.r, f: seg.f, m: seg.m, rfmSegment: seg.rfmSegment, rfm8: seg.rfm8, lifecycle: seg.lifecycle, abc: seg.abc,
    valueActivity: seg.valueActivity, clvTier, cluster: seg.cluster,
    pAlive: models.pAlive, expectedPurchases90d: models.expected90d, expectedAvgSpend: models.expectedSpend, clv12m: models.clv12m,
    churnScore: churn.score, churnLevel: churn.level, churnReasons: churn.reasons, valueAtRisk: churn.valueAtRisk, crossSell: churn.crossSell,
    completeness, newlyHigh,
  };
  await persistScores(client, columns, opts.asOf, week, opts.computedAt.toISOString());
  lap('persist');
  const known = refreshFeatureColumns({ facts, seg, models, churn, clvTier, completeness });
  const tagReport = await evaluateRuleTags(database, opts.asOf, opts.computedAt.toISOString(), { clusters: seg.clusters, known });
  lap('tags');
  const newly: number[] = [];
  for (let i = 0; i < facts.n; i++) if (newlyHigh[i]) newly.push(facts.pk[i]);
  const report: RefreshReport = {
    as_of: opts.asOf, week, customers: facts.n, with_orders: withOrders, models: models.report,
    clusters: seg.clusters.map((c) => ({ id: c.id, number: c.number, label: c.label, why: c.why, size: c.size, centroid: c.centroid })),
    newly_high_risk: newly.length, newly_high_risk_pks: newly, churn_context: churn.context, tags: { added: tagReport.added, removed: tagReport.removed, errors: tagReport.errors }, timings_ms: timings,
  };
  const { newly_high_risk_pks: _omit, ...stored } = report;
  await client.execute({ sql: 'INSERT INTO refresh_runs (as_of, week, report) VALUES (?, ?, ?)', args: [opts.asOf, week, JSON.stringify(stored)] });
  return report;
}

/** Customers at high risk in the latest snapshot week before `week`. */
async function previousHighRisk(client: Client, week: string): Promise<Set<number>> {
  const rs = await client.execute({
    sql: `SELECT customer_pk FROM segment_snapshots WHERE churn_level = 'high'
          AND week = (SELECT max(week) FROM segment_snapshots WHERE week < ?)`,
    args: [week],
  });
  return new Set(rs.rows.map((r) => Number(r[0])));
}

/** The latest refresh run, if any. */
export async function latestRefresh(client: Client): Promise<{ asOf: string; week: string; report: Omit<RefreshReport, 'newly_high_risk_pks'>; createdAt: string } | null> {
  const rs = await client.execute('SELECT as_of, week, report, created_at FROM refresh_runs ORDER BY id DESC LIMIT 1');
  if (!rs.rows.length) return null;
  const r = rs.rows[0];
  return { asOf: String(r[0]), week: String(r[1]), report: JSON.parse(String(r[2])), createdAt: String(r[3]) };
}

/**
 * Makes sure the persisted scores are as of `asOf` (exports and reports ask
 * for a date): runs a refresh when the latest one is for another day.
 */
export async function ensureRefreshedAsOf(database: Database, asOf: string, now: Date): Promise<void> {
  const latest = await latestRefresh(database.client);
  if (latest?.asOf === asOf) return;
  await runRefresh(database, { asOf, computedAt: now });
}

