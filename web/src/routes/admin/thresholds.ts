import type { Text } from '../../../../shared/api/types';
import { A } from './admin-text';

/**
 * `GET|PUT /api/settings/thresholds`. Days are whole days of recency,
 * inclusive upper bounds (SPEC §3.1 lifecycle); shares are fractions 0–1 (ABC
 * cumulative revenue share, CLV customer share); churn bounds are churn_score
 * lower bounds; recency_rule_days / contact_gap_days are the churn rules'
 * "no purchase / no contact for more than N days"; monthly_discount_rate is
 * the CLV discount per month (0.01 = 1 %). The last two are optional here so
 * an older server without them still works; unknown keys are sent back as read.
 */
export interface Thresholds {
  lifecycle: { active: number; sleeping: number; pre_churn: number };
  abc: { a: number; b: number };
  clv: { whale: number; dolphin: number };
  churn: { high: number; medium: number };
  recency_rule_days: number;
  contact_gap_days?: number;
  monthly_discount_rate?: number;
}

export type ThresholdKey =
  | 'active' | 'sleeping' | 'pre_churn' | 'abc_a' | 'abc_b' | 'whale' | 'dolphin'
  | 'churn_high' | 'churn_medium' | 'recency_rule_days' | 'contact_gap_days' | 'monthly_discount_rate';

/** The form's fields as typed text; shares and the discount rate in percent. Optional ones are absent when the server has none. */
export type ThresholdFields = Partial<Record<ThresholdKey, string>>;

const pct = (x: number) => String(Math.round(x * 1e6) / 1e4);
const frac = (s: string) => Math.round(Number(s) * 1e4) / 1e6;

export function toFields(t: Thresholds): ThresholdFields {
  const f: ThresholdFields = {
    active: String(t.lifecycle.active), sleeping: String(t.lifecycle.sleeping), pre_churn: String(t.lifecycle.pre_churn),
    abc_a: pct(t.abc.a), abc_b: pct(t.abc.b), whale: pct(t.clv.whale), dolphin: pct(t.clv.dolphin),
    churn_high: String(t.churn.high), churn_medium: String(t.churn.medium), recency_rule_days: String(t.recency_rule_days),
  };
  if (t.contact_gap_days !== undefined) f.contact_gap_days = String(t.contact_gap_days);
  if (t.monthly_discount_rate !== undefined) f.monthly_discount_rate = pct(t.monthly_discount_rate);
  return f;
}

/** The edited fields over the thresholds as loaded (keys the form does not know are kept). */
export function fromFields(f: ThresholdFields, base: Thresholds): Thresholds {
  const n = (k: ThresholdKey) => Number(f[k]);
  const out: Thresholds = {
    ...base,
    lifecycle: { ...base.lifecycle, active: n('active'), sleeping: n('sleeping'), pre_churn: n('pre_churn') },
    abc: { ...base.abc, a: frac(f.abc_a ?? ''), b: frac(f.abc_b ?? '') },
    clv: { ...base.clv, whale: frac(f.whale ?? ''), dolphin: frac(f.dolphin ?? '') },
    churn: { ...base.churn, high: n('churn_high'), medium: n('churn_medium') },
    recency_rule_days: n('recency_rule_days'),
  };
  if (f.contact_gap_days !== undefined) out.contact_gap_days = n('contact_gap_days');
  if (f.monthly_discount_rate !== undefined) out.monthly_discount_rate = frac(f.monthly_discount_rate);
  return out;
}

const wholeDays = (n: number) => Number.isInteger(n) && n > 0;

/** Problems with a set of thresholds, the server's rules (server/analytics/thresholds.ts); empty = valid. */
export function thresholdProblems(t: Thresholds): Text[] {
  const out: Text[] = [];
  const l = t.lifecycle;
  if (![l.active, l.sleeping, l.pre_churn].every(wholeDays) || !(l.active <= l.sleeping && l.sleeping <= l.pre_churn)) out.push(A.errIncreasingDays);
  if (!(t.abc.a > 0 && t.abc.a <= t.abc.b && t.abc.b <= 1)) out.push(A.errAbc);
  if (!(t.clv.whale >= 0 && t.clv.dolphin >= 0 && t.clv.whale + t.clv.dolphin <= 1)) out.push(A.errClv);
  if (!(t.churn.medium > 0 && t.churn.medium <= t.churn.high && t.churn.high <= 1)) out.push(A.errChurn);
  if (!wholeDays(t.recency_rule_days) || (t.contact_gap_days !== undefined && !wholeDays(t.contact_gap_days))) out.push(A.errRecency);
  if (t.monthly_discount_rate !== undefined && !(t.monthly_discount_rate >= 0 && t.monthly_discount_rate <= 0.5)) out.push(A.errDiscount);
  return out;
}
