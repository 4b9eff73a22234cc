import type { Client } from '@libsql/client';
import { z } from 'zod';
import type { LifecycleThresholds } from '../../shared/segments';

/**
 * The configurable thresholds of SPEC §3 (seed defaults), stored as one JSON
 * document in `settings` under the key `thresholds`. Missing keys fall back to
 * the defaults, so an old document keeps working when new settings appear.
 */
export const thresholdsSchema = z.object({
  lifecycle: z.object({ active: z.number().int().min(1), sleeping: z.number().int().min(1), pre_churn: z.number().int().min(1) })
    .refine((t) => t.active <= t.sleeping && t.sleeping <= t.pre_churn, 'lifecycle days must be non-decreasing: active ≤ sleeping ≤ pre_churn'),
  abc: z.object({ a: z.number().gt(0).max(1), b: z.number().gt(0).max(1) }).refine((t) => t.a <= t.b, 'abc: a must be ≤ b'),
  clv: z.object({ whale: z.number().min(0).max(1), dolphin: z.number().min(0).max(1) }).refine((t) => t.whale + t.dolphin <= 1, 'clv: whale + dolphin must be ≤ 1'),
  churn: z.object({ high: z.number().gt(0).max(1), medium: z.number().gt(0).max(1) }).refine((t) => t.medium <= t.high, 'churn: medium must be ≤ high'),
  recency_rule_days: z.number().int().min(1),
  contact_gap_days: z.number().int().min(1),
  monthly_discount_rate: z.number().min(0).max(0.5),
});
export type Thresholds = z.infer<typeof thresholdsSchema>;

export const DEFAULT_THRESHOLDS: Thresholds = {
  lifecycle: { active: 90, sleeping: 180, pre_churn: 360 },
  abc: { a: 0.8, b: 0.95 },
  clv: { whale: 0.05, dolphin: 0.25 },
  churn: { high: 0.6, medium: 0.3 },
  recency_rule_days: 90,
  contact_gap_days: 60,
  monthly_discount_rate: 0.01,
};

/** The lifecycle day limits in shared/segments' terms. */
export function lifecycleThresholds(t: Thresholds): LifecycleThresholds {
  return { activeMaxDays: t.lifecycle.active, sleepingMaxDays: t.lifecycle.sleeping, preChurnMaxDays: t.lifecycle.pre_churn };
}

export async function loadThresholds(client: Client): Promise<Thresholds> {
  const rs = await client.execute({ sql: 'SELECT value FROM settings WHERE key = ?', args: ['thresholds'] });
  if (!rs.rows.length) return DEFAULT_THRESHOLDS;
  const stored = JSON.parse(String(rs.rows[0][0])) as Partial<Thresholds>;
  const merged = { ...DEFAULT_THRESHOLDS, ...stored } as Record<string, unknown>;
  for (const k of ['lifecycle', 'abc', 'clv', 'churn'] as const) merged[k] = { ...DEFAULT_THRESHOLDS[k], ...(stored[k] ?? {}) };
  const parsed = thresholdsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_THRESHOLDS;
}

export async function saveThresholds(client: Client, t: Thresholds): Promise<void> {
  await client.execute({
    sql: 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    args: ['thresholds', JSON.stringify(t)],
  });
}
