import type { Client } from '@libsql/client';
import type { Text } from '../../shared/api/types';
import { taxonomyNames, type EventRule } from '../../shared/tags/index';
import type { Database } from '../db/client';
import { visibleSql } from '../services/customer-access';
import type { User } from '../services/users';
import { ensureDefaultTags, loadTags, type TagRow } from './tag-repository';
import { loadSegmentTags, segmentTagCounts } from './segment-tags';

/** A tag as the API shows it (`GET /api/tags`, `POST /api/tags`). */
export interface TagView {
  id: string;
  name: Text;
  category: string;
  group: string;
  kind: string;
  description: Text;
  expression: string | null;
  event_rule: EventRule | null;
  ttl_days: number | null;
  owner: string | null;
  active: boolean;
  created_at: string;
  /** Customers (visible to the caller) carrying the tag now; absent when counts were not asked for. */
  count?: number;
}

export interface Taxonomy {
  total_tags: number;
  categories: { name: Text; groups: { name: Text; tags: TagView[] }[] }[];
}

export function tagView(t: TagRow, count: number | undefined, owners: Map<number, string>): TagView {
  return {
    id: t.id, name: t.name, category: t.category, group: t.group, kind: t.kind, description: t.description, expression: t.expression,
    event_rule: t.eventRule, ttl_days: t.ttlDays, owner: t.ownerId === null ? null : owners.get(t.ownerId) ?? null, active: t.active,
    created_at: t.createdAt, ...(count === undefined ? {} : { count }),
  };
}

/**
 * Customers carrying each tag now among those the user sees (null = all
 * live customers): live assignments, and for segment tags the customers
 * whose scores hold the label (their stored rows are not counted). `tags`:
 * the active tags when the caller has loaded them already.
 */
export async function liveCounts(client: Client, user: User | null, nowIso: string, tagIds?: string[], tags?: readonly TagRow[]): Promise<Map<string, number>> {
  const v = user ? visibleSql(user) : { where: 'true', args: [] };
  const segmentTags = (await loadSegmentTags(client, tags)).filter((t) => !tagIds || tagIds.includes(t.id));
  const only = tagIds ? ' AND a.tag_id IN (SELECT value FROM json_each(?))' : '';
  const rs = await client.execute({
    sql: `SELECT a.tag_id, count(DISTINCT a.customer_pk) FROM tag_assignments a JOIN customers c ON c.pk = a.customer_pk
          WHERE a.removed_at IS NULL AND (a.expires_at IS NULL OR a.expires_at > ?) AND c.erased_at IS NULL AND (${v.where})${only}
            AND a.tag_id NOT IN (SELECT value FROM json_each(?))
          GROUP BY a.tag_id`,
    args: [nowIso, ...v.args, ...(tagIds ? [JSON.stringify(tagIds)] : []), JSON.stringify(segmentTags.map((t) => t.id))],
  });
  const counts = new Map(rs.rows.map((r) => [String(r[0]), Number(r[1])]));
  for (const [id, n] of await segmentTagCounts(client, segmentTags, v)) counts.set(id, n);
  return counts;
}

export async function ownerLogins(client: Client): Promise<Map<number, string>> {
  const rs = await client.execute('SELECT id, login FROM users');
  return new Map(rs.rows.map((r) => [Number(r[0]), String(r[1])]));
}

/**
 * The three-level taxonomy (category → group → tag) of active tags, in
 * definition order, with English names for the default categories and
 * groups (custom names show in both languages) and live counts (left out
 * with `counts: false`).
 * Seeds the default taxonomy on first use.
 */
export async function listTaxonomy(database: Database, user: User | null, nowIso: string, opts: { counts?: boolean } = {}): Promise<Taxonomy> {
  const { client } = database;
  await ensureDefaultTags(client);
  const tags = await loadTags(client, { activeOnly: true });
  const counts = opts.counts === false ? null : await liveCounts(client, user, nowIso, undefined, tags);
  const owners = await ownerLogins(client);
  const names = taxonomyNames();
  const named = (zh: string): Text => names.get(zh) ?? { zh, en: zh };
  const categories: Taxonomy['categories'] = [];
  for (const t of tags) {
    let cat = categories.find((c) => c.name.zh === t.category);
    if (!cat) categories.push((cat = { name: named(t.category), groups: [] }));
    let group = cat.groups.find((g) => g.name.zh === t.group);
    if (!group) cat.groups.push((group = { name: named(t.group), tags: [] }));
    group.tags.push(tagView(t, counts ? counts.get(t.id) ?? 0 : undefined, owners));
  }
  return { total_tags: tags.length, categories };
}
