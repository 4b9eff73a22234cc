import type { Client, InValue } from '@libsql/client';

/**
 * Reads many rows as plain arrays, fast: SQLite packs them into one JSON
 * array text (`json_group_array(json_array(…))`), which crosses the binding
 * as a single value and is parsed by V8. @libsql/client otherwise builds a
 * Row object with named and indexed properties per row, ~20 µs a row at
 * 11 columns; this path measured 4.5× faster (50,000 customers ⋈ stats:
 * 1,007 ms → 220 ms).
 *
 * `columns` are plain (non-aggregate) SQL expressions over the `FROM`
 * clause `from`, which may hold `WHERE` or a subquery; grouping and
 * `ORDER BY … LIMIT` belong in a subquery. Row
 * order is the order SQLite feeds the aggregate; callers that need an order
 * sort the result. Numbers come back as JSON numbers (REAL to 15
 * significant digits), text as strings, NULL as null; a column that holds
 * JSON text can be embedded as a value with `json(col)`.
 */
export async function readRows(client: Client, columns: readonly string[], from: string, args: InValue[] = []): Promise<unknown[][]> {
  const rs = await client.execute({ sql: `SELECT json_group_array(json_array(${columns.join(', ')})) FROM ${from}`, args });
  const text = rs.rows[0]?.[0];
  return text === null || text === undefined ? [] : (JSON.parse(String(text)) as unknown[][]);
}
