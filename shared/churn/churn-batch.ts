import type { NumericColumn } from '../segments/types';
import { resolveChurnContext, type ResolvedChurnContext } from './churn-context';
import { newChurnScratch, scoreChurnRow, type ChurnRow } from './churn-components';
import { annualisedSpend, churnResultOfRow } from './churn-risk';
import type { ChurnContext, ChurnLevel, ChurnResult } from './types';

/**
 * The facts of many customers, columnar and index-aligned (one entry per customer).
 * Unknown values are NaN. Order amounts come pre-averaged (see `orderValueMeans`),
 * because a column of arrays would cost an allocation per customer.
 */
export interface ChurnColumns {
  recencyDays: NumericColumn;
  /** Number of orders; 0 = prospect (not scored). */
  orders: NumericColumn;
  occasions: NumericColumn;
  firstDay: NumericColumn;
  lastDay: NumericColumn;
  /** Mean of the newest up to 3 orders (NaN when none). */
  aovRecent: NumericColumn;
  /** Mean of the up to 3 orders before them (NaN with fewer than 4 orders). */
  aovPrior: NumericColumn;
  /** Days since the last contact, NaN when none is on record. */
  daysSinceContact: NumericColumn;
  /** Model outputs; omit a column when the model did not run (all unknown). */
  pAlive?: NumericColumn;
  expected90d?: NumericColumn;
  clv12m?: NumericColumn;
  monetary: NumericColumn;
}

/** Level codes of {@link ChurnBatch.level}: 0 = not scored (prospect). */
export const CHURN_LEVEL_IDS: readonly ChurnLevel[] = ['low', 'medium', 'high'];

export interface ChurnBatch {
  /** Score in [0, 1], NaN for prospects. */
  score: Float64Array;
  /** 0 = none (prospect), 1 = low, 2 = medium, 3 = high, i.e. `CHURN_LEVEL_IDS[code − 1]`. */
  level: Uint8Array;
  /** Value at risk (see `churnRisk`), NaN for prospects. */
  valueAtRisk: Float64Array;
}

/**
 * `churnRisk` for every customer of `columns`, without reasons (build those for the
 * customers you show with {@link churnRiskAt}). Same arithmetic as `churnRisk`: both
 * fill a `ChurnRow` and call the same scorer. O(n), one reused row, no per-customer
 * allocation. Example: `churnLevelAt(churnRiskBatch(cols, ctx), i)` → 'high'.
 */
export function churnRiskBatch(columns: ChurnColumns, ctx: ChurnContext | ResolvedChurnContext): ChurnBatch {
  const rc = resolveChurnContext(ctx);
  const n = columns.recencyDays.length;
  const out: ChurnBatch = { score: new Float64Array(n), level: new Uint8Array(n), valueAtRisk: new Float64Array(n) };
  const row = emptyRow();
  const s = newChurnScratch();
  const { high, medium } = rc.thresholds;
  const clvColumn = columns.clv12m;
  for (let i = 0; i < n; i++) {
    if (!(columns.orders[i] > 0)) {
      out.score[i] = NaN;
      out.valueAtRisk[i] = NaN;
      continue;
    }
    fillRow(row, columns, i);
    const score = scoreChurnRow(row, rc, s);
    out.score[i] = score;
    out.level[i] = score >= high ? 3 : score >= medium ? 2 : 1;
    const clv = clvColumn ? clvColumn[i] : NaN;
    out.valueAtRisk[i] = (Number.isFinite(clv) ? clv : annualisedSpend(columns.monetary[i], row)) * score;
  }
  return out;
}

/** The full `churnRisk` result (with reasons) of customer `i` of `columns`; null for a prospect. */
export function churnRiskAt(columns: ChurnColumns, i: number, ctx: ChurnContext | ResolvedChurnContext): ChurnResult | null {
  return churnRiskReader(columns, ctx)(i);
}

/**
 * `churnRiskAt` for many customers of the same columns: resolves the context once and
 * reuses one row and one scratch (use it to build the reasons of every listed customer).
 * Example: `const at = churnRiskReader(cols, ctx); at(7)?.reasons`.
 */
export function churnRiskReader(columns: ChurnColumns, ctx: ChurnContext | ResolvedChurnContext): (i: number) => ChurnResult | null {
  const rc = resolveChurnContext(ctx);
  const row = emptyRow();
  const s = newChurnScratch();
  return (i) => {
    if (!(columns.orders[i] > 0)) return null;
    fillRow(row, columns, i);
    return churnResultOfRow(row, columns.clv12m ? columns.clv12m[i] : NaN, columns.monetary[i], rc, s);
  };
}

/** The level id of customer `i` of a batch, or null for a prospect. */
export function churnLevelAt(batch: ChurnBatch, i: number): ChurnLevel | null {
  const code = batch.level[i];
  return code === 0 ? null : CHURN_LEVEL_IDS[code - 1];
}

function emptyRow(): ChurnRow {
  return { recencyDays: 0, occasions: 1, firstDay: 0, lastDay: 0, aovRecent: NaN, aovPrior: NaN, daysSinceContact: NaN, pAlive: NaN, expected90d: NaN };
}

function fillRow(row: ChurnRow, c: ChurnColumns, i: number): void {
  row.recencyDays = c.recencyDays[i];
  row.occasions = c.occasions[i] > 1 ? c.occasions[i] : 1;
  row.firstDay = c.firstDay[i];
  row.lastDay = c.lastDay[i];
  row.aovRecent = c.aovRecent[i];
  row.aovPrior = c.aovPrior[i];
  row.daysSinceContact = c.daysSinceContact[i];
  row.pAlive = c.pAlive ? c.pAlive[i] : NaN;
  row.expected90d = c.expected90d ? c.expected90d[i] : NaN;
}
