import type { Client } from '@libsql/client';
import type { SQL } from 'drizzle-orm';
import { resolveFilterTag } from './resolve-tag';
import { segmentTagIds, type SegmentLabel } from './segment-tag-ids';
import { tagIdFilterCondition } from './tag-filter';
import type { TagUseKind } from './tag-usage';

/** The filters of `GET /api/customers` that involve tags. */
export interface ListTagQuery { q?: string; tag?: string; segment?: string; lifecycle?: string }

export interface ListTagFilters {
  /** Conditions for `listCustomers({ extra })`: the `?tag=` one, or none. */
  conditions: SQL[];
  /** Tags this request uses as filters: the `?tag=` tag and the tags standing for `?segment=` / `?lifecycle=` labels. */
  used: string[];
  /** `search` when the list is also a text search (`q`), else `segment_filter`. */
  kind: Extract<TagUseKind, 'search' | 'segment_filter'>;
}

/**
 * Resolves `?tag=` (id, zh or en name; unknown → 400) to a live-membership
 * condition as of `nowIso`, and names every tag the request filters by, so
 * the route can count the use: `?segment=scheme:label` (bare label = RFM
 * segment) and `?lifecycle=label` count the statistical tag of that label.
 */
export async function listTagFilters(client: Client, query: ListTagQuery, nowIso: string): Promise<ListTagFilters> {
  const conditions: SQL[] = [];
  const used: string[] = [];
  if (query.tag !== undefined && query.tag.trim() !== '') {
    const tag = await resolveFilterTag(client, query.tag);
    conditions.push(await tagIdFilterCondition(client, tag.id, nowIso));
    used.push(tag.id);
  }
  const labels: SegmentLabel[] = [];
  if (query.segment) {
    const [scheme, label] = query.segment.includes(':') ? query.segment.split(':', 2) : ['rfm_segment', query.segment];
    labels.push({ scheme, label });
  }
  if (query.lifecycle) labels.push({ scheme: 'lifecycle', label: query.lifecycle });
  used.push(...(await segmentTagIds(client, labels)));
  return { conditions, used: [...new Set(used)], kind: query.q?.trim() ? 'search' : 'segment_filter' };
}
