import type { Client } from '@libsql/client';
import { clusterTag } from '../../shared/tags/index';
import { insertTagStatement } from './tag-repository';

export interface ClusterSummary { id: string; label: { zh: string; en: string }; why: { zh: string; en: string } }

/**
 * Keeps one statistical tag per k-means cluster (`seg_cluster_<n>`, named
 * from the generated label): new clusters get a tag, renamed ones are
 * relabelled, clusters that no longer exist are retired (active = 0).
 * `clusters`: those of the refresh running now (its tags are evaluated before
 * its report is stored); absent: those of the latest stored refresh, and no
 * refresh yet means nothing changes.
 */
export async function syncClusterTags(client: Client, clusters?: readonly ClusterSummary[]): Promise<void> {
  if (!clusters) {
    const rs = await client.execute('SELECT report FROM refresh_runs ORDER BY id DESC LIMIT 1');
    if (!rs.rows.length) return;
    clusters = (JSON.parse(String(rs.rows[0][0])) as { clusters?: ClusterSummary[] }).clusters ?? [];
  }
  const defs = clusters.map(clusterTag);
  await client.batch([
    ...defs.map((d) => insertTagStatement(d)),
    ...defs.map((d) => ({
      sql: 'UPDATE OR IGNORE tags SET name_zh = ?, name_en = ?, description = ?, expression = ?, active = 1 WHERE id = ?',
      args: [d.name.zh, d.name.en, JSON.stringify(d.description), d.expression ?? null, d.id],
    })),
    { sql: "UPDATE tags SET active = 0 WHERE id LIKE 'seg\\_cluster\\_%' ESCAPE '\\' AND id NOT IN (SELECT value FROM json_each(?))", args: [JSON.stringify(defs.map((d) => d.id))] },
  ], 'write');
}
