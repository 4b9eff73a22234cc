import { fnv1a32 } from '../../shared/random/hash';
import { defaultCatalogue, tagExpression, type EventRule, type TagKind } from '../../shared/tags/index';
import type { Database } from '../db/client';
import { DomainError } from '../errors';
import { audit } from '../services/audit';
import type { User } from '../services/users';
import { evaluateRuleTags } from './evaluate-rule-tags';
import { findTag, insertTagStatement, loadTags } from './tag-repository';
import { liveCounts, ownerLogins, tagView, type TagView } from './taxonomy';

export interface NewTagInput {
  name_zh: string;
  name_en?: string | null;
  category: string;
  group: string;
  kind: TagKind;
  expression?: string | null;
  ttl_days?: number | null;
  description?: string | null;
  event_rule?: EventRule | null;
}

/**
 * Defines a tag. Rule, statistical and predictive tags need an expression
 * (parsed and checked; a `has_tag` must name an existing tag — a bad one
 * throws TagLanguageError with its position); event tags need an event rule
 * or an expression and get a TTL (default 7 days); manual tags need neither.
 * The id is `custom_<fnv1a32(name) in base 36>`. Expression tags are
 * evaluated at once for every customer as of `asOf`, so the answer says how
 * many customers carry it (`count`, among those the user sees).
 */
export async function createTag(database: Database, input: NewTagInput, user: User | null, clock: { asOf: string; nowIso: string }): Promise<TagView> {
  const { client } = database;
  const name = input.name_zh.trim();
  const existing = await loadTags(client);
  if (existing.some((t) => t.name.zh === name)) throw new DomainError('conflict', `a tag named ${name} exists`, { field: 'name_zh' });
  const expression = input.expression?.trim() || null;
  const needsExpression = input.kind === 'rule' || input.kind === 'statistical' || input.kind === 'predictive';
  if (needsExpression && !expression) throw new DomainError('validation', `a ${input.kind} tag needs an expression`, { field: 'expression' });
  if (input.kind === 'event' && !expression && !input.event_rule) {
    throw new DomainError('validation', 'an event tag needs an event_rule or an expression', { field: 'event_rule' });
  }
  if (input.kind === 'manual' && expression) throw new DomainError('validation', 'a manual tag has no expression', { field: 'expression' });
  if (expression) {
    const known = new Set(existing.flatMap((t) => [t.id, t.name.zh]));
    tagExpression(expression, defaultCatalogue(), { knownTags: known });
  }
  let id = `custom_${fnv1a32(name).toString(36)}`;
  for (let k = 2; existing.some((t) => t.id === id); k++) id = `custom_${fnv1a32(name).toString(36)}_${k}`;
  const ttl = input.kind === 'event' ? input.ttl_days ?? 7 : input.ttl_days ?? null;
  const description = input.description?.trim() || (expression ?? name);
  await client.execute(insertTagStatement({
    id, name: { zh: name, en: input.name_en?.trim() || name }, category: { zh: input.category.trim(), en: input.category.trim() },
    group: { zh: input.group.trim(), en: input.group.trim() }, kind: input.kind, description: { zh: description, en: description },
    expression: expression ?? undefined, eventRule: input.event_rule ?? undefined, ttlDays: ttl ?? undefined,
  }, user?.id ?? null));
  await audit(database.db, user?.id ?? null, 'tag.create', id, { kind: input.kind });
  if (needsExpression) await evaluateRuleTags(database, clock.asOf, clock.nowIso, { tagIds: [id] });
  const tag = await findTag(client, id);
  const counts = await liveCounts(client, user, clock.nowIso, [id]);
  return tagView(tag, counts.get(id) ?? 0, await ownerLogins(client));
}
