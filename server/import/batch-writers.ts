import type { Transaction } from '@libsql/client';

/** SQLite's limit on bound parameters per statement (SQLITE_MAX_VARIABLE_NUMBER). */
const MAX_PARAMS = 32_766;

export interface OrderRecord {
  customer_id: string;
  order_id: string;
  ordered_at: string;
  day: number;
  amount: number;
  quantity: number | null;
  channel: string | null;
  product: string | null;
}

export interface EventRecord {
  customer_id: string;
  client_id: string;
  type: string;
  occurred_at: string;
  day: number;
  product: string | null;
  duration_s: number | null;
}

export interface CustomerRecord {
  customer_id: string;
  /** Only the columns present in the file, keyed by database column name. */
  columns: Record<string, string | number | null>;
  attributes: Record<string, string> | null;
}

const placeholders = (cols: number, rows: number) => {
  const one = `(${new Array(cols).fill('?').join(',')})`;
  return new Array(rows).fill(one).join(',');
};

/** Splits rows into chunks that fit in one statement. */
function* chunks<T>(rows: T[], paramsPerRow: number): Generator<T[]> {
  const size = Math.max(1, Math.floor(MAX_PARAMS / paramsPerRow));
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** Creates id-only customers for ids not seen yet (transaction exports carry no customer file). */
export async function ensureCustomers(tx: Transaction, ids: string[]) {
  for (const part of chunks([...new Set(ids)], 1)) {
    await tx.execute({ sql: `INSERT INTO customers (customer_id) VALUES ${placeholders(1, part.length)} ON CONFLICT(customer_id) DO NOTHING`, args: part });
  }
}

/**
 * Multi-row upsert of orders. Lines of one order in the same import add up;
 * an order seen in an earlier import is replaced, so re-importing a file
 * changes nothing.
 */
export async function writeOrders(tx: Transaction, importId: string, rows: OrderRecord[]) {
  await ensureCustomers(tx, rows.map((r) => r.customer_id));
  for (const part of chunks(rows, 9)) {
    const args: (string | number | null)[] = [];
    for (const r of part) args.push(r.order_id, r.customer_id, r.ordered_at, r.day, r.amount, r.quantity, r.channel, r.product, importId);
    await tx.execute({
      sql: `INSERT INTO orders (order_id, customer_pk, ordered_at, day, amount, quantity, channel, product, import_id)
            SELECT v.column1, c.pk, v.column3, v.column4, v.column5, v.column6, v.column7, v.column8, v.column9
            FROM (VALUES ${placeholders(9, part.length)}) v JOIN customers c ON c.customer_id = v.column2
            WHERE true
            ON CONFLICT(order_id) DO UPDATE SET
              customer_pk = excluded.customer_pk,
              ordered_at = CASE WHEN orders.import_id = excluded.import_id THEN min(orders.ordered_at, excluded.ordered_at) ELSE excluded.ordered_at END,
              day = CASE WHEN orders.import_id = excluded.import_id THEN min(orders.day, excluded.day) ELSE excluded.day END,
              amount = CASE WHEN orders.import_id = excluded.import_id THEN round(orders.amount + excluded.amount, 2) ELSE excluded.amount END,
              quantity = CASE WHEN orders.import_id = excluded.import_id THEN orders.quantity + excluded.quantity ELSE excluded.quantity END,
              channel = coalesce(excluded.channel, orders.channel),
              product = CASE WHEN orders.import_id = excluded.import_id THEN coalesce(orders.product, excluded.product) ELSE excluded.product END,
              import_id = excluded.import_id`,
      args,
    });
  }
}

/** Multi-row insert of events; an event already imported (same content key) is skipped. */
export async function writeEvents(tx: Transaction, rows: EventRecord[]) {
  await ensureCustomers(tx, rows.map((r) => r.customer_id));
  for (const part of chunks(rows, 7)) {
    const args: (string | number | null)[] = [];
    for (const r of part) args.push(r.client_id, r.customer_id, r.type, r.occurred_at, r.day, r.product, r.duration_s);
    await tx.execute({
      sql: `INSERT INTO events (client_id, customer_pk, type, occurred_at, day, product, duration_s)
            SELECT v.column1, c.pk, v.column3, v.column4, v.column5, v.column6, v.column7
            FROM (VALUES ${placeholders(7, part.length)}) v JOIN customers c ON c.customer_id = v.column2
            WHERE true ON CONFLICT(client_id) DO NOTHING`,
      args,
    });
  }
}

const CUSTOMER_COLUMNS = ['name', 'phone', 'phone_tail', 'email', 'gender', 'birth_year', 'region', 'city', 'source', 'source_2', 'source_3', 'platform', 'owner_id'] as const;

/** Upserts customers: only the columns the file carries are set; attributes are merged. */
export async function writeCustomers(tx: Transaction, rows: CustomerRecord[], nowIso: string) {
  const cols = CUSTOMER_COLUMNS.filter((c) => rows.some((r) => c in r.columns));
  const all = ['customer_id', ...cols, 'attributes', 'updated_at'];
  for (const part of chunks(rows, all.length)) {
    const args: (string | number | null)[] = [];
    for (const r of part) {
      args.push(r.customer_id);
      for (const c of cols) args.push(r.columns[c] ?? null);
      args.push(JSON.stringify(r.attributes ?? {}), nowIso);
    }
    const updates = cols.map((c) => `${c} = excluded.${c}`);
    updates.push('attributes = json_patch(customers.attributes, excluded.attributes)', 'updated_at = excluded.updated_at');
    await tx.execute({
      sql: `INSERT INTO customers (${all.join(',')}) VALUES ${placeholders(all.length, part.length)}
            ON CONFLICT(customer_id) DO UPDATE SET ${updates.join(', ')}`,
      args,
    });
  }
}
