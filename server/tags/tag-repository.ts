import type { Client, InStatement } from '@libsql/client';
import type { Text } from '../../shared/api/types';
import { defaultTaxonomy, parseEventRule, type EventRule, type TagDefinition, type TagKind } from '../../shared/tags/index';
import { notFound } from '../errors';

/** A row of `tags`, as the services use it. */
export interface TagRow {
  id: string;
  name: Text;
  category: string;
  group: string;
  kind: TagKind;
  description: Text;
  expression: string | null;
  eventRule: EventRule | null;
  ttlDays: number | null;
  ownerId: number | null;
  active: boolean;
  createdAt: string;
}

const COLUMNS = 'id, name_zh, name_en, category, group_name, kind, description, expression, event_rule, ttl_days, owner_id, active, created_at';

/** Descriptions are stored as `{"zh","en"}` JSON; plain text (typed by a user) is shown in both languages. */
export function parseText(text: unknown): Text {
  const s = text === null || text === undefined ? '' : String(text);
  if (s.startsWith('{')) {
    try {
      const v = JSON.parse(s) as Partial<Text>;
      if (typeof v.zh === 'string') return { zh: v.zh, en: typeof v.en === 'string' ? v.en : v.zh };
    } catch {
      // not JSON: fall through
    }
  }
  return { zh: s, en: s };
}

function toTag(r: Record<string, unknown>): TagRow {
  return {
    id: String(r.id), name: { zh: String(r.name_zh), en: r.name_en === null ? String(r.name_zh) : String(r.name_en) },
    category: String(r.category), group: String(r.group_name), kind: String(r.kind) as TagKind, description: parseText(r.description),
    expression: r.expression === null ? null : String(r.expression), eventRule: parseEventRule(r.event_rule as string | null),
    ttlDays: r.ttl_days === null ? null : Number(r.ttl_days), ownerId: r.owner_id === null ? null : Number(r.owner_id),
    active: Number(r.active) === 1, createdAt: String(r.created_at),
  };
}

/** Every tag (active and retired), in taxonomy order of insertion. */
export async function loadTags(client: Client, opts: { activeOnly?: boolean } = {}): Promise<TagRow[]> {
  const rs = await client.execute(`SELECT ${COLUMNS} FROM tags ${opts.activeOnly ? 'WHERE active = 1' : ''} ORDER BY rowid`);
  return rs.rows.map((r) => toTag(r as unknown as Record<string, unknown>));
}

/** A tag by id or by Chinese name; 404 when neither matches. */
export async function findTag(client: Client, idOrName: string): Promise<TagRow> {
  const rs = await client.execute({ sql: `SELECT ${COLUMNS} FROM tags WHERE id = ? OR name_zh = ? ORDER BY (id = ?) DESC LIMIT 1`, args: [idOrName, idOrName, idOrName] });
  if (!rs.rows.length) throw notFound(`tag ${idOrName} not found`);
  return toTag(rs.rows[0] as unknown as Record<string, unknown>);
}

/** The INSERT of one definition; `OR IGNORE` so re-seeding or a name taken by hand never fails. */
export function insertTagStatement(d: TagDefinition, ownerId: number | null = null): InStatement {
  return {
    sql: `INSERT OR IGNORE INTO tags (id, name_zh, name_en, category, group_name, kind, description, expression, event_rule, ttl_days, owner_id)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    args: [d.id, d.name.zh, d.name.en, d.category.zh, d.group.zh, d.kind, JSON.stringify(d.description), d.expression ?? null,
      d.eventRule ? JSON.stringify(d.eventRule) : null, d.ttlDays ?? null, ownerId],
  };
}

/**
 * Seeds the default taxonomy (shared/tags/default-taxonomy.ts) when the
 * `tags` table is empty; returns how many tags were inserted (0 when tags
 * exist already, so an admin's edits and retirements are never undone).
 */
export async function ensureDefaultTags(client: Client): Promise<number> {
  const n = Number((await client.execute('SELECT count(*) FROM tags')).rows[0][0]);
  if (n > 0) return 0;
  const defs = defaultTaxonomy();
  await client.batch(defs.map((d) => insertTagStatement(d)), 'write');
  return defs.length;
}
