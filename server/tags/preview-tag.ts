import { tagExpression, compileTagPredicate } from '../../shared/tags/index';
import { dayNumber } from '../../shared/time/calendar';
import type { Database } from '../db/client';
import type { User } from '../services/users';
import { loadFeatures } from './feature-loader';

export interface TagPreview { count: number; sample: string[] }

/**
 * How many customers an expression would tag, among those the user may see
 * (null = all live customers, e.g. the CLI), and the first `sampleSize`
 * customer ids in primary-key order. Features as of `asOf` (YYYY-MM-DD);
 * `nowIso` drops expired tags for has_tag. Throws TagLanguageError on a bad
 * expression.
 * Example: `previewTag(db, 'recency_days > 90', user, { asOf: '2026-11-24', nowIso })` → `{ count: 1204, sample: ['C-000017', …] }`.
 */
export async function previewTag(database: Database, expression: string, visibleTo: User | null,
  clock: { asOf: string; nowIso: string }, sampleSize = 20): Promise<TagPreview> {
  const expr = tagExpression(expression);
  const features = await loadFeatures(database.client, expr.features, { asOfDay: dayNumber(clock.asOf.slice(0, 10)), nowIso: clock.nowIso, user: visibleTo });
  const predicate = compileTagPredicate(expr.ast, features);
  let count = 0;
  const sample: string[] = [];
  for (let i = 0; i < features.n; i++) {
    if (!predicate(i)) continue;
    count++;
    if (sample.length < sampleSize) sample.push(features.ids[i]);
  }
  return { count, sample };
}
