import type { Client } from '@libsql/client';
import { clusterTag } from '../../shared/tags/index';
import { insertTagStatement } from './tag-repository';

/**
 * Keeps one statistical tag per k-means cluster of the latest refresh
 * (`seg_cluster_<n>`, named from the generated label): new clusters get a
 * tag, renamed ones are relabelled, clusters that no longer exist are
 * retired (active = 0). No refresh yet: nothing changes.
 */
export async function syncClusterTags(client: Client): Promise<void> {
  const rs = await client.execute('SELECT report FROM refresh_runs ORDER BY id DESC LIMIT 1');
  if (!rs.rows.length) return;
  const report = JSON.parse(String(rs.rows[0][0])) as { clusters?: { id: string; label: { zh: string; en: string }; why: { zh: string; en: string } }[] };
  const defs = (report.clusters ?? []).map(clusterTag);
  await client.batch([
    ...defs.map((d) => insertTagStatement(d)),
    ...defs.map((d) => ({
      sql: 'UPDATE OR IGNORE tags SET name_zh = ?, name_en = ?, description = ?, expression = ?, active = 1 WHERE id = ?',
      args: [d.name.zh, d.name.en, JSON.stringify(d.description), d.expression ?? null, d.id],
    })),
    { sql: "UPDATE tags SET active = 0 WHERE id LIKE 'seg\\_cluster\\_%' ESCAPE '\\' AND id NOT IN (SELECT value FROM json_each(?))", args: [JSON.stringify(defs.map((d) => d.id))] },
  ], 'write');
}
