import type { Database } from '../db/client';
import { localDate } from '../local-time';
import { evaluateRuleTags } from './evaluate-rule-tags';
import { applyEventTags } from './event-tags';

/**
 * The incremental tag path (SPEC §4, §5) for customers whose orders or
 * events just arrived: real-time event tags first (they must reach the card
 * within a second), then their rule, statistical, predictive and interview
 * tags as of today. Meant for `AppDeps.onCustomerActivity`.
 */
export async function refreshTagsForCustomers(database: Database, customerPks: readonly number[], now: Date, timeZone: string): Promise<void> {
  if (!customerPks.length) return;
  await applyEventTags(database, customerPks, now.toISOString(), timeZone);
  await evaluateRuleTags(database, localDate(now, timeZone), now.toISOString(), { pks: customerPks });
}
