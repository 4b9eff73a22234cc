import type { Client } from '@libsql/client';
import type { SegmentCounts } from '../../shared/api/types';
import type { User } from '../services/users';
import { countsByLabel, latestWeeks, migrations, SCHEME_COLUMNS, type Scheme } from './segment-counts';
import { schemeLabel, segmentLabel } from './labels';

/** `GET /api/segments`: counts per scheme this week and last, and the week-over-week migrations. */
export async function segmentOverview(client: Client, user: User): Promise<SegmentCounts> {
  const weeks = await latestWeeks(client);
  if (!weeks.week) return { as_of: null, week: null, previous_week: null, schemes: [], migrations: [] };
  const schemes: SegmentCounts['schemes'] = [];
  const moves: SegmentCounts['migrations'] = [];
  for (const scheme of Object.keys(SCHEME_COLUMNS) as Scheme[]) {
    const now = await countsByLabel(client, user, scheme, weeks.week);
    const before = weeks.previous ? await countsByLabel(client, user, scheme, weeks.previous) : null;
    const ids = [...new Set([...now.keys(), ...(before?.keys() ?? [])])].sort();
    schemes.push({
      scheme,
      label: schemeLabel(scheme),
      counts: ids.map((id) => ({ id, label: segmentLabel(scheme, id), count: now.get(id) ?? 0, previous: before ? before.get(id) ?? 0 : null })),
    });
    if (weeks.previous) {
      for (const m of await migrations(client, user, scheme, weeks.week, weeks.previous)) {
        moves.push({ scheme, from: m.from ?? '', to: m.to ?? '', count: m.count });
      }
    }
  }
  return { as_of: weeks.asOf, week: weeks.week, previous_week: weeks.previous, schemes, migrations: moves };
}
