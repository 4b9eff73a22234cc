import type { Text } from '../../../../shared/api/types';
import { A } from './admin-text';

/**
 * `GET|PUT /api/settings/thresholds` (proposed shape). Days are whole days of
 * recency, inclusive upper bounds (SPEC §3.1 lifecycle); shares are fractions
 * 0–1 (ABC cumulative revenue share, CLV customer share); churn bounds are
 * churn_score lower bounds; recency_rule_days is the churn rule's "no purchase
 * for more than N days" (seed: 90).
 */
export interface Thresholds {
  lifecycle: { active: number; sleeping: number; pre_churn: number };
  abc: { a: number; b: number };
  clv: { whale: number; dolphin: number };
  churn: { high: number; medium: number };
  recency_rule_days: number;
}

/** The form's fields as typed text; shares are shown in percent. */
export type ThresholdFields = Record<
  'active' | 'sleeping' | 'pre_churn' | 'abc_a' | 'abc_b' | 'whale' | 'dolphin' | 'churn_high' | 'churn_medium' | 'recency_rule_days',
  string
>;

const pct = (x: number) => String(Math.round(x * 1e6) / 1e4);
const frac = (s: string) => Math.round(Number(s) * 1e4) / 1e6;

export function toFields(t: Thresholds): ThresholdFields {
  return {
    active: String(t.lifecycle.active), sleeping: String(t.lifecycle.sleeping), pre_churn: String(t.lifecycle.pre_churn),
    abc_a: pct(t.abc.a), abc_b: pct(t.abc.b), whale: pct(t.clv.whale), dolphin: pct(t.clv.dolphin),
    churn_high: String(t.churn.high), churn_medium: String(t.churn.medium), recency_rule_days: String(t.recency_rule_days),
  };
}

export function fromFields(f: ThresholdFields): Thresholds {
  return {
    lifecycle: { active: Number(f.active), sleeping: Number(f.sleeping), pre_churn: Number(f.pre_churn) },
    abc: { a: frac(f.abc_a), b: frac(f.abc_b) },
    clv: { whale: frac(f.whale), dolphin: frac(f.dolphin) },
    churn: { high: Number(f.churn_high), medium: Number(f.churn_medium) },
    recency_rule_days: Number(f.recency_rule_days),
  };
}

const wholeDays = (n: number) => Number.isInteger(n) && n > 0;

/** Problems with a set of thresholds, in the UI language (empty = valid). */
export function thresholdProblems(t: Thresholds): Text[] {
  const out: Text[] = [];
  const l = t.lifecycle;
  if (![l.active, l.sleeping, l.pre_churn].every(wholeDays) || !(l.active < l.sleeping && l.sleeping < l.pre_churn)) out.push(A.errIncreasingDays);
  if (!(t.abc.a > 0 && t.abc.a < t.abc.b && t.abc.b < 1)) out.push(A.errAbc);
  if (!(t.clv.whale > 0 && t.clv.dolphin > 0 && t.clv.whale + t.clv.dolphin <= 1)) out.push(A.errClv);
  if (!(t.churn.medium > 0 && t.churn.medium < t.churn.high && t.churn.high <= 1)) out.push(A.errChurn);
  if (!wholeDays(t.recency_rule_days)) out.push(A.errRecency);
  return out;
}
