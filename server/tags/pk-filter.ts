import type { InValue } from '@libsql/client';

/** ` AND <column> IN (…)` for a scope limited to some customers (`pks`), else nothing; the pks are bound as one JSON value. */
export function pkFilter(scope: { pks?: readonly number[] }, column = 'customer_pk'): { sql: string; args: InValue[] } {
  return scope.pks ? { sql: ` AND ${column} IN (SELECT value FROM json_each(?))`, args: [JSON.stringify(scope.pks)] } : { sql: '', args: [] };
}
