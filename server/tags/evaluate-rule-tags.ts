import type { Client } from '@libsql/client';
import type { Text } from '../../shared/api/types';
import { DEFAULT_INTERVIEW_TEMPLATE, answerTags } from '../../shared/interview/index';
import {
  compileTagPredicate, ruleReason, referencedTags, tagExpression, TagLanguageError, callKey, type FeatureRequirement, type TagExpression,
} from '../../shared/tags/index';
import { dayNumber } from '../../shared/time/calendar';
import type { Database } from '../db/client';
import { liveAssignmentsOf, removeStatements, syncAssignments } from './assignment-writer';
import type { InStatement } from '@libsql/client';
import { syncClusterTags } from './cluster-tags';
import { loadFeatures } from './feature-loader';
import { ensureDefaultTags, loadTags, type TagRow } from './tag-repository';

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
  if (!opts.tagIds) await syncClusterTags(client);
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
  const features = await loadFeatures(client, [...needs.values()], { asOfDay: dayNumber(asOf), nowIso, pks: opts.pks });
  const scopePks = opts.pks ? [...opts.pks] : null;
  // Scoped (a few customers after new activity): one read of their live tags, one write batch.
  const scoped = scopePks ? { live: await liveAssignmentsOf(client, scopePks), writes: [] as InStatement[] } : null;
  const liveOf = (tagId: string, source: string) => (scoped ? { live: scoped.live.get(`${tagId}|${source}`) ?? new Map<number, number>(), defer: scoped.writes } : {});
  const report: RuleTagsReport = { as_of: asOf, customers: features.n, tags: [], errors, added: 0, removed: 0 };
  for (const { tag, expr } of ordered) {
    const predicate = compileTagPredicate(expr.ast, features);
    const flags = new Uint8Array(features.n);
    const members: number[] = [];
    for (let i = 0; i < features.n; i++) {
      if (predicate(i)) {
        flags[i] = 1;
        members.push(features.pk[i]);
      }
    }
    features.columns.set(callKey('has_tag', [tag.id]), flags);
    features.columns.set(callKey('has_tag', [tag.name.zh]), flags);
    const reasonOf = (pk: number): Text => {
      if (tag.kind === 'statistical') return tag.description;
      const i = features.indexOf.get(pk)!;
      return ruleReason(tag.description, expr.features, (key) => features.column(key)?.[i]);
    };
    const result = await syncAssignments(client, { tagId: tag.id, source: tag.kind, members, reasonOf, scopePks, nowIso, ...liveOf(tag.id, tag.kind) });
    report.tags.push({ id: tag.id, name: tag.name.zh, members: members.length, ...result });
  }
  const interview = await evaluateInterviewTags(client, chosen, features.indexOf, scopePks, nowIso, liveOf);
  report.tags.push(...interview);
  if (scoped?.writes.length) await client.batch(scoped.writes, 'write');
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

/** Interview-answer tags (kind manual, source 'interview') from each customer's latest interview. */
async function evaluateInterviewTags(
  client: Client, chosen: TagRow[], indexOf: Map<number, number>, scopePks: number[] | null, nowIso: string,
  liveOf: (tagId: string, source: string) => { live?: Map<number, number>; defer?: InStatement[] },
) {
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
  const out: RuleTagsReport['tags'] = [];
  for (const tag of targets) {
    const m = members.get(tag.id)!;
    const result = await syncAssignments(client, {
      tagId: tag.id, source: 'interview', members: m.keys(), reasonOf: (pk) => m.get(pk)!, scopePks, nowIso, ...liveOf(tag.id, 'interview'),
    });
    out.push({ id: tag.id, name: tag.name.zh, members: m.size, ...result });
  }
  return out;
}

/**
 * Live assignments of retired tags are closed, so history shows when they stopped.
 * Retired tags first (CROSS JOIN keeps that order), so the cost is their live rows, not all rows.
 */
async function closeRetiredTags(client: Client, nowIso: string) {
  const rs = await client.execute(`SELECT a.id FROM tags t CROSS JOIN tag_assignments a WHERE t.active = 0 AND a.tag_id = t.id AND a.removed_at IS NULL`);
  const ids = rs.rows.map((r) => Number(r[0]));
  if (ids.length) await client.batch(removeStatements(ids, nowIso), 'write');
}
