import type { Client, InValue } from '@libsql/client';

/**
 * Fast bulk reads. @libsql/client builds a Row object with named and indexed
 * properties per row, and each value crossing the driver costs ~1–3 µs (at
 * 11 columns, ~20 µs a row). Here SQLite packs the whole result into JSON
 * text (`json_group_array`), which crosses the driver as one value and is
 * parsed by V8: 50,000 customers ⋈ stats went from 1,007 ms to 220 ms.
 *
 * Values: REAL is written with `printf('%!.17g')`, which round-trips every
 * double (SQLite's own JSON text keeps only 15 digits); integers and text come
 * back exactly; NULL is null. An expression starting with `json(` is embedded
 * as a JSON value (e.g. `json(attributes)` arrives as an object).
 */
function exact(expr: string): string {
  return expr.startsWith('json(') ? expr : `CASE WHEN typeof(${expr}) = 'real' THEN json(printf('%!.17g', ${expr})) ELSE ${expr} END`;
}

/**
 * The rows of `SELECT columns FROM from` as arrays. `columns` are plain
 * (non-aggregate) expressions; grouping and `ORDER BY … LIMIT` belong in a
 * subquery in `from`. Row order is the order SQLite feeds the aggregate, so
 * callers that need an order check or sort. Read column by column (one
 * `json_group_array` each, see {@link readColumns}) and transposed here:
 * 2.5× faster in SQLite than one `json_array` per row (1M customers'
 * windowed order figures: 5.4 s → 2.2 s).
 */
export async function readRows(client: Client, columns: readonly string[], from: string, args: InValue[] = []): Promise<unknown[][]> {
  // A json(…) column keeps being embedded as a JSON value: json() again outside the subquery (its subtype does not cross it).
  const embed = columns.map((c) => c.startsWith('json('));
  const cols = await readColumnsOf(client, `SELECT ${columns.map((c, k) => `${c} AS c${k}`).join(', ')} FROM ${from}`, args, embed);
  const n = cols[0]?.length ?? 0;
  const rows = new Array<unknown[]>(n);
  for (let r = 0; r < n; r++) {
    const row = new Array<unknown>(columns.length);
    for (let k = 0; k < columns.length; k++) row[k] = cols[k][r];
    rows[r] = row;
  }
  return rows;
}

/**
 * The result of `sql` (whose result columns are named c0 … c<columns − 1>)
 * as columns: one array per result column, in the query's row order.
 */
export async function readColumns(client: Client, sql: string, args: InValue[], columns: number): Promise<unknown[][]> {
  return readColumnsOf(client, sql, args, new Array<boolean>(columns).fill(false));
}

/** {@link readColumns} where `embed[k]` marks a column holding JSON text to embed as a JSON value. */
async function readColumnsOf(client: Client, sql: string, args: InValue[], embed: readonly boolean[]): Promise<unknown[][]> {
  const cols = embed.map((json, k) => `json_group_array(${json ? `json(c${k})` : exact(`c${k}`)})`);
  const rs = await client.execute({ sql: `SELECT ${cols.join(', ')} FROM (${sql})`, args });
  const row = rs.rows[0];
  return embed.map((_, k) => JSON.parse(String(row[k])) as unknown[]);
}
