import type { Text } from '../../shared/api/types';
import { campaignRoi, inControlGroup, twoProportionTest, type GroupOutcome, type TwoProportionResult } from '../../shared/tags/index';
import { dayNumber, isoDate } from '../../shared/time/calendar';
import type { Database } from '../db/client';
import { DomainError } from '../errors';
import { localDate } from '../local-time';
import { findTag } from './tag-repository';
import { segmentTagOf } from './segment-tags';

export interface ValidationSettings {
  outcome: 'purchase';
  /** Outcome window: a purchase on one of the N days after the assignment day. */
  days: number;
  /** Share of the tagged customers held out as control, in (0, 1). */
  controlShare: number;
  /** The campaign's cost, for ROI (seed 004). */
  cost?: number | null;
}

export interface TagValidation extends TwoProportionResult {
  tag: { id: string; name: Text };
  outcome: 'purchase';
  days: number;
  control_share: number;
  cost: number | null;
  /** Tagged customers whose outcome window has fully passed (the experiment's population). */
  customers: number;
  /** Tagged customers left out because their window has not ended yet. */
  pending: number;
  revenue: { treatment: number; control: number };
  incremental_revenue: number | null;
  roi: number | null;
  significant: boolean;
  method: Text;
  experiment_id: number;
}

/**
 * A/B validation of a tag (SPEC §5): every customer who ever carried the tag
 * (first assignment; live or removed; erased customers excluded — for a
 * segment tag, the first as-of day of a weekly snapshot or of the latest
 * scores holding its label) whose
 * window has ended is split by the deterministic hold-out
 * (`inControlGroup(tag, customer, share)`); the outcome is a purchase on
 * day d with assignDay < d ≤ assignDay + days (local calendar days; same-day
 * orders are left out since they may precede the assignment). Rates, lift,
 * 95 % CI, two-sided p-value (two-proportion z-test) and, with a cost, ROI
 * on incremental revenue. The run is stored in tag_experiments.
 */
export async function validateTag(database: Database, tagIdOrName: string, settings: ValidationSettings,
  ctx: { nowIso: string; timeZone: string; userId?: number | null }): Promise<TagValidation> {
  const { client } = database;
  if (settings.outcome !== 'purchase') throw new DomainError('validation', 'outcome must be purchase', { field: 'outcome' });
  if (!(settings.controlShare > 0 && settings.controlShare < 1)) throw new DomainError('validation', 'control share must be between 0 and 1', { field: 'control_share' });
  if (!(Number.isInteger(settings.days) && settings.days >= 1)) throw new DomainError('validation', 'days must be a whole number ≥ 1', { field: 'days' });
  const tag = await findTag(client, tagIdOrName);
  const today = dayNumber(localDate(new Date(ctx.nowIso), ctx.timeZone));
  // When each customer was first tagged: its first assignment; for a segment tag (members read from the scores,
  // never stored), the first as-of day its label was held (weekly snapshots, then the latest scores).
  const segment = segmentTagOf(tag);
  const rs = await client.execute(segment
    ? {
      sql: `SELECT h.customer_pk, c.customer_id, min(h.as_of) FROM (
              SELECT customer_pk, as_of FROM segment_snapshots WHERE ${segment.column} = ?1
              UNION ALL SELECT customer_pk, as_of FROM customer_scores WHERE ${segment.column} = ?1) h
            JOIN customers c ON c.pk = h.customer_pk WHERE c.erased_at IS NULL GROUP BY h.customer_pk`,
      args: [segment.value],
    }
    : {
      sql: `SELECT a.customer_pk, c.customer_id, min(a.assigned_at) FROM tag_assignments a JOIN customers c ON c.pk = a.customer_pk
            WHERE a.tag_id = ? AND c.erased_at IS NULL GROUP BY a.customer_pk`,
      args: [tag.id],
    });
  const dayOf = new Map<string, number>();
  const assigned = new Map<number, { day: number; control: boolean }>();
  let pending = 0;
  for (const r of rs.rows) {
    const at = String(r[2]);
    let day = dayOf.get(at);
    if (day === undefined) dayOf.set(at, (day = segment ? dayNumber(at) : dayNumber(localDate(new Date(at), ctx.timeZone))));
    if (day + settings.days > today) {
      pending++;
      continue;
    }
    assigned.set(Number(r[0]), { day, control: inControlGroup(tag.id, String(r[1]), settings.controlShare) });
  }
  const groups: Record<'treatment' | 'control', GroupOutcome> = { treatment: { n: 0, successes: 0, revenue: 0 }, control: { n: 0, successes: 0, revenue: 0 } };
  for (const a of assigned.values()) groups[a.control ? 'control' : 'treatment'].n++;
  if (assigned.size) {
    const days = [...assigned.values()].map((a) => a.day);
    const orders = await client.execute({
      sql: `SELECT customer_pk, day, amount FROM orders WHERE customer_pk IN (SELECT value FROM json_each(?)) AND day > ? AND day <= ?`,
      args: [JSON.stringify([...assigned.keys()]), Math.min(...days), Math.max(...days) + settings.days],
    });
    const buyers = new Set<number>();
    for (const o of orders.rows) {
      const pk = Number(o[0]);
      const a = assigned.get(pk)!;
      const day = Number(o[1]);
      if (day <= a.day || day > a.day + settings.days) continue;
      const g = groups[a.control ? 'control' : 'treatment'];
      g.revenue! += Number(o[2]);
      if (!buyers.has(pk)) {
        buyers.add(pk);
        g.successes++;
      }
    }
  }
  const test = twoProportionTest(groups.treatment, groups.control);
  const roi = campaignRoi(groups.treatment, groups.control, settings.cost);
  const report: Omit<TagValidation, 'experiment_id'> = {
    tag: { id: tag.id, name: tag.name }, outcome: 'purchase', days: settings.days, control_share: settings.controlShare, cost: settings.cost ?? null,
    customers: assigned.size, pending, ...test, revenue: { treatment: groups.treatment.revenue!, control: groups.control.revenue! },
    incremental_revenue: roi?.incremental_revenue ?? null, roi: roi?.roi ?? null, significant: test.p_value < 0.05,
    method: {
      zh: `打标后 ${settings.days} 天内是否购买；按客户编号哈希留出 ${Math.round(settings.controlShare * 100)}% 作对照组；双比例 z 检验（合并标准误），95% 置信区间用非合并标准误；截至 ${isoDate(today)}`,
      en: `Purchase within ${settings.days} days of tagging; ${Math.round(settings.controlShare * 100)} % held out by customer-id hash; two-proportion z-test (pooled SE), 95 % CI with unpooled SE; as of ${isoDate(today)}`,
    },
  };
  const saved = await client.execute({
    sql: 'INSERT INTO tag_experiments (tag_id, outcome, days, control_share, cost, report, created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id',
    args: [tag.id, 'purchase', settings.days, settings.controlShare, settings.cost ?? null, JSON.stringify(report), ctx.userId ?? null],
  });
  return { ...report, experiment_id: Number(saved.rows[0][0]) };
}
