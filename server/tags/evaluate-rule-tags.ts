import type { Client } from '@libsql/client';
import type { Text } from '../../shared/api/types';
import { DEFAULT_INTERVIEW_TEMPLATE, answerTags } from '../../shared/interview/index';
import {
  compileTagPredicate, ruleReason, referencedTags, tagExpression, TagLanguageError, callKey, type FeatureRequirement, type TagExpression,
} from '../../shared/tags/index';
import { dayNumber } from '../../shared/time/calendar';
import type { Database } from '../db/client';
import { liveAssignmentsOf, planAssignmentSync } from './assignment-writer';
import { syncAssignmentsInChunks, type ChunkTarget } from './chunked-assignment-sync';
import type { InStatement } from '@libsql/client';
import { syncClusterTags, type ClusterSummary } from './cluster-tags';
import { loadFeatures } from './feature-loader';
import type { KnownColumns } from './known-columns';
import { ensureDefaultTags, loadTags, type TagRow } from './tag-repository';
import { segmentTagOf } from './segment-tags';

export interface RuleTagsReport {
  as_of: string;
  customers: number;
  tags: { id: string; name: string; members: number; added: number; removed: number }[];
  /** Tags whose stored expression no longer parses (left untouched). */
  errors: { id: string; message: string; position: number }[];
  added: number;
  removed: number;
}

export interface EvaluateOptions {
  /** Only these tags (default: every active rule, statistical, predictive and interview tag). */
  tagIds?: readonly string[];
  /** Only these customers (the incremental path after new orders or events). */
  pks?: readonly number[];
  /** The clusters of the refresh running now, whose tags are synced first (default: the latest stored refresh's). */
  clusters?: readonly ClusterSummary[];
  /** Feature columns the caller already holds (the refresh's facts and scores): not read back from the database. */
  known?: KnownColumns;
}

const EVALUATED_KINDS = new Set(['rule', 'statistical', 'predictive']);

/**
 * (Re)computes rule, statistical and predictive tags (their expressions over
 * features as of `asOf`) and interview-answer tags (the template's tag rules
 * on each customer's latest interview) for every live customer, or the
 * given ones. Tags that read other tags through `has_tag` are evaluated
 * after them and see this run's result. Only changes are written:
 * assignments gained (with source, zh/en reason quoting the values, time) and
 * lost (`removed_at`); assignments of retired tags are closed too.
 * Example: `await evaluateRuleTags(db, '2026-11-24', now.toISOString())`.
 */
export async function evaluateRuleTags(database: Database, asOfIso: string, nowIso: string, opts: EvaluateOptions = {}): Promise<RuleTagsReport> {
  const { client } = database;
  await ensureDefaultTags(client);
  if (!opts.tagIds) await syncClusterTags(client, opts.clusters);
  const asOf = asOfIso.slice(0, 10);
  const all = await loadTags(client, { activeOnly: true });
  const wanted = opts.tagIds ? new Set(opts.tagIds) : null;
  const chosen = all.filter((t) => !wanted || wanted.has(t.id));
  const errors: RuleTagsReport['errors'] = [];
  const rules: { tag: TagRow; expr: TagExpression }[] = [];
  for (const tag of chosen) {
    if (!EVALUATED_KINDS.has(tag.kind) || !tag.expression) continue;
    try {
      rules.push({ tag, expr: tagExpression(tag.expression) });
    } catch (e) {
      if (!(e instanceof TagLanguageError)) throw e;
      errors.push({ id: tag.id, message: e.message, position: e.position });
    }
  }
  const ordered = dependencyOrder(rules);
  // Position of each tag (by id and name) in this run: a has_tag on a tag evaluated earlier reads
  // its fresh result; on itself or a later one (a cycle), the stored assignments are loaded.
  const position = new Map<string, number>();
  ordered.forEach((r, k) => {
    position.set(r.tag.id, k);
    position.set(r.tag.name.zh, k);
  });
  const needs = new Map<string, FeatureRequirement>();
  ordered.forEach((r, k) => {
    for (const f of r.expr.features) {
      const at = f.kind === 'call' && f.name === 'has_tag' ? position.get(f.args[0]) : undefined;
      if (at !== undefined && at < k) continue;
      needs.set(f.key, f);
    }
  });
  const features = await loadFeatures(client, [...needs.values()], { asOfDay: dayNumber(asOf), nowIso, pks: opts.pks }, new Map(), opts.known);
  // Each tag's members as flags over the loaded customers, in dependency order: a later has_tag reads them.
  const evaluated = ordered.map(({ tag, expr }) => {
    const predicate = compileTagPredicate(expr.ast, features);
    const flags = new Uint8Array(features.n);
    let members = 0;
    for (let i = 0; i < features.n; i++) {
      if (predicate(i)) {
        flags[i] = 1;
        members++;
      }
    }
    features.columns.set(callKey('has_tag', [tag.id]), flags);
    features.columns.set(callKey('has_tag', [tag.name.zh]), flags);
    // Statistical tags' reason is their description (stored as NULL, read from the tag); others quote the customer's values of the features read.
    const reasonOf = tag.kind === 'statistical' ? null : (i: number): Text => ruleReason(tag.description, expr.features, (key) => features.column(key)?.[i]);
    return { tag, flags, members, reasonOf, segment: segmentTagOf(tag, expr.ast) !== null };
  });
  // Segment tags are evaluated (has_tag and the report read them) but never stored: their members are read from the scores.
  const stored = evaluated.filter((e) => !e.segment);
  const segmentIds = evaluated.filter((e) => e.segment).map((e) => e.tag.id);
  const closedSegmentRows = await closeStoredSegmentRows(client, segmentIds, nowIso, opts.pks ?? null);
  const interview = await evaluateInterviewTags(client, chosen, features.indexOf, opts.pks ?? null);
  const report: RuleTagsReport = { as_of: asOf, customers: features.n, tags: [], errors, added: 0, removed: 0 };
  if (opts.pks) {
    // Scoped (a few customers after new activity): one read of their live tags, one write batch.
    const scopePks = [...opts.pks];
    const live = await liveAssignmentsOf(client, scopePks);
    const writes: InStatement[] = [];
    const sync = (tagId: string, source: string, members: Iterable<number>, reasonOf: (pk: number) => Text | null) => {
      const plan = planAssignmentSync({ tagId, source, members, reasonOf, nowIso, live: live.get(`${tagId}|${source}`) ?? new Map<number, number>() });
      writes.push(...plan.statements);
      return { added: plan.added, removed: plan.removed };
    };
    for (const e of stored) {
      const members: number[] = [];
      for (let i = 0; i < features.n; i++) if (e.flags[i]) members.push(features.pk[i]);
      const { reasonOf } = e;
      const result = sync(e.tag.id, e.tag.kind, members, (pk) => (reasonOf ? reasonOf(features.indexOf.get(pk)!) : null));
      report.tags.push({ id: e.tag.id, name: e.tag.name.zh, members: e.members, ...result });
    }
    for (const { tag, members } of interview) {
      const result = sync(tag.id, 'interview', members.keys(), (pk) => members.get(pk)!);
      report.tags.push({ id: tag.id, name: tag.name.zh, members: members.size, ...result });
    }
    if (writes.length) await client.batch(writes, 'write');
  } else {
    // Every customer: written customer by customer in chunks, memory bounded by the chunk.
    const targets: ChunkTarget[] = stored.map(({ tag, flags, reasonOf }) => ({
      tagId: tag.id, source: tag.kind, flags, reasonOf: reasonOf ? (i: number) => JSON.stringify(reasonOf(i)) : null,
    }));
    const counts = stored.map((e) => e.members);
    for (const { tag, members } of interview) {
      const flags = new Uint8Array(features.n);
      for (const pk of members.keys()) flags[features.indexOf.get(pk)!] = 1;
      targets.push({ tagId: tag.id, source: 'interview', flags, reasonOf: (i) => JSON.stringify(members.get(features.pk[i])!) });
      counts.push(members.size);
    }
    const result = await syncAssignmentsInChunks(client, features.pk, targets, nowIso);
    targets.forEach((t, k) => {
      const tag = k < stored.length ? stored[k].tag : interview[k - stored.length].tag;
      report.tags.push({ id: t.tagId, name: tag.name.zh, members: counts[k], added: result.added[k], removed: result.removed[k] });
    });
  }
  for (const e of evaluated) {
    if (e.segment) report.tags.push({ id: e.tag.id, name: e.tag.name.zh, members: e.members, added: 0, removed: closedSegmentRows.get(e.tag.id) ?? 0 });
  }
  if (!opts.tagIds && !opts.pks) await closeRetiredTags(client, nowIso);
  for (const t of report.tags) {
    report.added += t.added;
    report.removed += t.removed;
  }
  return report;
}

/** Tags that others read with has_tag come first (depth-first); within a cycle, definition order decides. */
function dependencyOrder<T extends { tag: TagRow; expr: TagExpression }>(rules: T[]): T[] {
  const byRef = new Map<string, T>();
  for (const r of rules) {
    byRef.set(r.tag.id, r);
    byRef.set(r.tag.name.zh, r);
  }
  const out: T[] = [];
  const state = new Map<T, 'visiting' | 'done'>();
  const visit = (r: T) => {
    if (state.get(r)) return;
    state.set(r, 'visiting');
    for (const ref of referencedTags(r.expr.ast)) {
      const dep = byRef.get(ref);
      if (dep && dep !== r && !state.get(dep)) visit(dep);
    }
    state.set(r, 'done');
    out.push(r);
  };
  rules.forEach(visit);
  return out;
}

/**
 * Interview-answer tags (kind manual, source 'interview'): each target tag's
 * members (pk → reason) from each loaded customer's latest interview.
 */
async function evaluateInterviewTags(client: Client, chosen: TagRow[], indexOf: Map<number, number>, scopePks: readonly number[] | null) {
  const byName = new Map(chosen.filter((t) => t.kind === 'manual').map((t) => [t.name.zh, t]));
  const templateTags = new Set(DEFAULT_INTERVIEW_TEMPLATE.sections.flatMap((s) => s.fields.flatMap((f) => (f.tagRules ?? []).map((r) => r.tag.zh))));
  const targets = [...templateTags].flatMap((name) => (byName.has(name) ? [byName.get(name)!] : []));
  if (!targets.length) return [];
  const scope = scopePks ? { sql: ' WHERE customer_pk IN (SELECT value FROM json_each(?))', args: [JSON.stringify(scopePks)] } : { sql: '', args: [] };
  const rs = await client.execute({
    sql: `SELECT customer_pk, answers FROM (SELECT customer_pk, answers,
            row_number() OVER (PARTITION BY customer_pk ORDER BY conducted_at DESC, created_at DESC, id DESC) AS rn FROM interviews${scope.sql})
          WHERE rn = 1`,
    args: scope.args,
  });
  const members = new Map<string, Map<number, Text>>(targets.map((t) => [t.id, new Map()]));
  for (const row of rs.rows) {
    const pk = Number(row[0]);
    if (!indexOf.has(pk)) continue;
    let answers: Record<string, Record<string, unknown>>;
    try {
      answers = JSON.parse(String(row[1]));
    } catch {
      continue;
    }
    for (const a of answerTags(DEFAULT_INTERVIEW_TEMPLATE, answers)) {
      const tag = byName.get(a.tag.zh);
      if (tag) members.get(tag.id)!.set(pk, a.reason);
    }
  }
  return targets.map((tag) => ({ tag, members: members.get(tag.id)! }));
}

/**
 * Closes stored live rows of segment tags (written before their members were
 * read from the scores, or while the tag had another expression), so history
 * shows when they stopped and nothing counts them twice: one UPDATE through
 * the tag index per tag; once there are none it reads nothing. Returns the
 * rows closed per tag.
 */
async function closeStoredSegmentRows(client: Client, tagIds: readonly string[], nowIso: string, pks: readonly number[] | null): Promise<Map<string, number>> {
  const closed = new Map<string, number>();
  if (!tagIds.length) return closed;
  if (pks) {
    // A few customers: one statement through their customer index.
    const rs = await client.execute({
      sql: `UPDATE tag_assignments SET removed_at = ?1 WHERE customer_pk IN (SELECT value FROM json_each(?3)) AND removed_at IS NULL
              AND tag_id IN (SELECT value FROM json_each(?2)) RETURNING tag_id`,
      args: [nowIso, JSON.stringify(tagIds), JSON.stringify(pks)],
    });
    for (const r of rs.rows) closed.set(String(r[0]), (closed.get(String(r[0])) ?? 0) + 1);
    return closed;
  }
  for (const id of tagIds) {
    const rs = await client.execute({ sql: 'UPDATE tag_assignments SET removed_at = ? WHERE tag_id = ? AND removed_at IS NULL', args: [nowIso, id] });
    if (rs.rowsAffected) closed.set(id, rs.rowsAffected);
  }
  return closed;
}

/**
 * Live assignments of retired tags are closed, so history shows when they stopped:
 * one UPDATE through the tag index, so the cost is their live rows, not all rows.
 */
async function closeRetiredTags(client: Client, nowIso: string) {
  await client.execute({
    sql: 'UPDATE tag_assignments SET removed_at = ? WHERE removed_at IS NULL AND tag_id IN (SELECT id FROM tags WHERE active = 0)',
    args: [nowIso],
  });
}
