import type { Text } from '../../shared/api/types';
import {
  compileTagPredicate, matchEventRules, ruleReason, tagExpression, TagLanguageError, type EventFact, type TagExpression,
} from '../../shared/tags/index';
import { dayNumber } from '../../shared/time/calendar';
import type { Database } from '../db/client';
import { localDate } from '../local-time';
import { insertStatements, type NewAssignment } from './assignment-writer';
import { loadFeatures } from './feature-loader';
import { ensureDefaultTags, loadTags, type TagRow } from './tag-repository';

const DAY_MS = 86_400_000;

export interface EventTagsResult {
  /** New assignments: the customer did not carry the tag. */
  fired: { customer_pk: number; tag_id: string }[];
  /** Live assignments whose expiry was pushed out by the new behaviour. */
  extended: number;
}

/**
 * Real-time event tags (SPEC §5): for the customers whose events just
 * arrived, checks every active `event` tag — its event rule
 * (shared/tags/event-rules.ts) over the customer's events in the rule's
 * window ending today (local calendar day of `nowIso` in `timeZone`), or its
 * expression evaluated as of today. A match assigns the tag with a reason and
 * `expires_at = now + ttl_days` (default 7); when the customer still carries
 * it, the expiry is pushed out instead. Expired assignments stay in the table
 * as history: every read filters `expires_at > now`.
 * Call it after `POST /api/events` with the touched customers.
 */
export async function applyEventTags(database: Database, customerPks: readonly number[], nowIso: string, timeZone = 'Asia/Shanghai'): Promise<EventTagsResult> {
  const result: EventTagsResult = { fired: [], extended: 0 };
  if (!customerPks.length) return result;
  const { client } = database;
  await ensureDefaultTags(client);
  const tags = (await loadTags(client, { activeOnly: true })).filter((t) => t.kind === 'event' && (t.eventRule || t.expression));
  if (!tags.length) return result;
  const today = dayNumber(localDate(new Date(nowIso), timeZone));
  const pks = [...new Set(customerPks)];
  const live = await liveCustomers(database, pks);
  const matches = new Map<string, Map<number, Text>>(tags.map((t) => [t.id, new Map()]));

  const ruleTags = tags.filter((t) => t.eventRule);
  if (ruleTags.length) {
    const events = await loadEvents(database, pks, today, ruleTags);
    const rules = ruleTags.map((t) => ({ tagId: t.id, rule: t.eventRule! }));
    for (const [pk, list] of events) {
      if (!live.has(pk)) continue;
      for (const m of matchEventRules(rules, list, today)) matches.get(m.tagId)!.set(pk, m.match.reason);
    }
  }
  for (const tag of tags.filter((t) => !t.eventRule && t.expression)) {
    const expr = parseOrNull(tag);
    if (!expr) continue;
    const features = await loadFeatures(client, expr.features, { asOfDay: today, nowIso, pks });
    const predicate = compileTagPredicate(expr.ast, features);
    for (let i = 0; i < features.n; i++) {
      if (predicate(i)) matches.get(tag.id)!.set(features.pk[i], ruleReason(tag.description, expr.features, (k) => features.column(k)?.[i]));
    }
  }
  const inserts: NewAssignment[] = [];
  const extendIds: { id: number; expiresAt: string }[] = [];
  for (const tag of tags) {
    const m = matches.get(tag.id)!;
    if (!m.size) continue;
    const expiresAt = new Date(Date.parse(nowIso) + (tag.ttlDays ?? 7) * DAY_MS).toISOString();
    const current = await liveAssignments(database, tag.id, [...m.keys()], nowIso);
    for (const [pk, reason] of m) {
      const id = current.get(pk);
      if (id !== undefined) extendIds.push({ id, expiresAt });
      else {
        inserts.push({ tagId: tag.id, pk, source: 'event', reason, at: nowIso, expiresAt });
        result.fired.push({ customer_pk: pk, tag_id: tag.id });
      }
    }
  }
  const statements = [
    ...insertStatements(inserts),
    ...extendIds.map((e) => ({ sql: 'UPDATE tag_assignments SET expires_at = ? WHERE id = ? AND (expires_at IS NULL OR expires_at < ?)', args: [e.expiresAt, e.id, e.expiresAt] })),
  ];
  if (statements.length) await client.batch(statements, 'write');
  result.extended = extendIds.length;
  return result;
}

function parseOrNull(tag: TagRow): TagExpression | null {
  try {
    return tagExpression(tag.expression!);
  } catch (e) {
    if (e instanceof TagLanguageError) return null;
    throw e;
  }
}

async function liveCustomers(database: Database, pks: number[]): Promise<Set<number>> {
  const rs = await database.client.execute({ sql: 'SELECT pk FROM customers WHERE erased_at IS NULL AND pk IN (SELECT value FROM json_each(?))', args: [JSON.stringify(pks)] });
  return new Set(rs.rows.map((r) => Number(r[0])));
}

async function loadEvents(database: Database, pks: number[], today: number, tags: TagRow[]): Promise<Map<number, EventFact[]>> {
  const window = Math.max(...tags.map((t) => t.eventRule!.windowDays));
  const types = [...new Set(tags.map((t) => t.eventRule!.eventType))];
  const rs = await database.client.execute({
    sql: `SELECT customer_pk, type, day, product, duration_s FROM events
          WHERE customer_pk IN (SELECT value FROM json_each(?)) AND type IN (SELECT value FROM json_each(?)) AND day > ? AND day <= ?`,
    args: [JSON.stringify(pks), JSON.stringify(types), today - window, today],
  });
  const out = new Map<number, EventFact[]>();
  for (const r of rs.rows) {
    const pk = Number(r[0]);
    const list = out.get(pk) ?? [];
    list.push({ type: String(r[1]), day: Number(r[2]), product: r[3] === null ? null : String(r[3]), durationS: r[4] === null ? null : Number(r[4]) });
    out.set(pk, list);
  }
  return out;
}

/** Live (not removed, not expired) assignments of a tag for some customers: pk → assignment id. */
async function liveAssignments(database: Database, tagId: string, pks: number[], nowIso: string): Promise<Map<number, number>> {
  const rs = await database.client.execute({
    sql: `SELECT customer_pk, max(id) FROM tag_assignments WHERE tag_id = ? AND removed_at IS NULL AND (expires_at IS NULL OR expires_at > ?)
            AND customer_pk IN (SELECT value FROM json_each(?)) GROUP BY customer_pk`,
    args: [tagId, nowIso, JSON.stringify(pks)],
  });
  return new Map(rs.rows.map((r) => [Number(r[0]), Number(r[1])]));
}
