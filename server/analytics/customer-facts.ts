import type { Client } from '@libsql/client';
import { readRows } from '../db/bulk-read';
import { CONTACT_EVENT_TYPES } from '../services/customer-stats';

/**
 * Per-customer raw facts as of a day, in columnar typed arrays (index i is one
 * customer; customers are in primary-key order). Missing days are -1, missing
 * amounts NaN. This is the only place the refresh reads orders and events.
 */
export interface CustomerFacts {
  n: number;
  asOfDay: number;
  pk: Int32Array;
  ids: string[];
  ownerId: Int32Array;
  frequency: Int32Array;
  monetary: Float64Array;
  firstDay: Int32Array;
  lastDay: Int32Array;
  occasions: Int32Array;
  firstOccasionAmount: Float64Array;
  /** Mean amount of the last 3 orders, and of up to 3 orders before them. */
  aovRecent: Float64Array;
  aovPrior: Float64Array;
  lastContactDay: Int32Array;
  orders90d: Int32Array;
  /** Spend in the last 365 days (as-of included); 0 when none. */
  monetary365d: Float64Array;
  events90d: Int32Array;
}

const CHUNK = 50_000;
const contactList = CONTACT_EVENT_TYPES.map((t) => `'${t}'`).join(',');

function allocate(n: number, asOfDay: number): CustomerFacts {
  const days = () => new Int32Array(n).fill(-1);
  return {
    n, asOfDay, pk: new Int32Array(n), ids: new Array<string>(n), ownerId: new Int32Array(n),
    frequency: new Int32Array(n), monetary: new Float64Array(n), firstDay: days(), lastDay: days(),
    occasions: new Int32Array(n), firstOccasionAmount: new Float64Array(n),
    aovRecent: new Float64Array(n).fill(NaN), aovPrior: new Float64Array(n).fill(NaN),
    lastContactDay: days(), orders90d: new Int32Array(n), monetary365d: new Float64Array(n), events90d: new Int32Array(n),
  };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Sets aovRecent/aovPrior from amounts ordered newest first. */
function setAov(f: CustomerFacts, i: number, newestFirst: number[]) {
  if (newestFirst.length >= 1) f.aovRecent[i] = mean(newestFirst.slice(0, 3));
  if (newestFirst.length >= 4) f.aovPrior[i] = mean(newestFirst.slice(3, 6));
}

/**
 * Facts of a few customers (the incremental path after new orders or events)
 * from their kept-current aggregates, as of `asOfDay`; windowed counts are
 * left at 0 (only the full refresh uses them).
 */
export async function loadFactsFor(client: Client, pks: number[], asOfDay: number): Promise<CustomerFacts> {
  const rows = await readRows(client, STATS_COLUMNS,
    'customers c LEFT JOIN customer_stats s ON s.customer_pk = c.pk WHERE c.pk IN (SELECT value FROM json_each(?))', [JSON.stringify(pks)]);
  inPkOrder(rows);
  const f = allocate(rows.length, asOfDay);
  rows.forEach((row, i) => fillFromStats(f, i, row, true));
  return f;
}

const STATS_COLUMNS = [
  'c.pk', 'c.customer_id', 'coalesce(c.owner_id, 0)', 's.orders', 's.monetary', 's.first_day', 's.last_day', 's.occasions',
  's.first_occasion_amount', 's.recent_amounts', 's.last_contact_day',
];

/** Sorts rows by their first column, then the second (pk, day), unless they already are. */
function inPkOrder(rows: unknown[][]) {
  const cmp = (a: unknown[], b: unknown[]) => (Number(a[0]) - Number(b[0])) || (Number(a[1]) - Number(b[1]) || 0);
  for (let k = 1; k < rows.length; k++) {
    if (cmp(rows[k - 1], rows[k]) > 0) {
      rows.sort(cmp);
      return;
    }
  }
}

function fillFromStats(f: CustomerFacts, i: number, row: unknown[], current: boolean) {
  f.pk[i] = Number(row[0]);
  f.ids[i] = String(row[1]);
  f.ownerId[i] = Number(row[2]);
  if (current && row[3] !== null && Number(row[3]) > 0) {
    f.frequency[i] = Number(row[3]);
    f.monetary[i] = Number(row[4]);
    f.firstDay[i] = Number(row[5]);
    f.lastDay[i] = Number(row[6]);
    f.occasions[i] = Number(row[7]);
    f.firstOccasionAmount[i] = Number(row[8]);
    setAov(f, i, String(row[9]).split(',').map(Number));
  }
  if (current && row[10] !== null) f.lastContactDay[i] = Number(row[10]);
}

/**
 * Loads facts as of `asOfDay`. When no order or event is dated after it (the
 * usual weekly refresh), the kept-current aggregates in customer_stats are
 * used: O(customers). For a past date (backtests), orders are folded once per
 * (customer, day) in primary-key chunks, so memory stays bounded. The windowed
 * counts (90 days) are skipped with `windows: false` (model fits need none).
 */
export async function loadCustomerFacts(client: Client, asOfDay: number, opts: { windows?: boolean } = {}): Promise<CustomerFacts> {
  const maxDay = (await client.execute('SELECT max(d) AS d FROM (SELECT max(day) d FROM orders UNION ALL SELECT max(day) FROM events)')).rows[0]?.d;
  const current = maxDay === null || maxDay === undefined || Number(maxDay) <= asOfDay;
  const count = Number((await client.execute('SELECT count(*) AS n FROM customers')).rows[0].n);
  const f = allocate(count, asOfDay);
  const index = new Map<number, number>();
  let i = 0;
  let lastPk = 0;
  for (;;) {
    const rows = await readRows(client, STATS_COLUMNS,
      `(SELECT pk, customer_id, owner_id FROM customers WHERE pk > ? ORDER BY pk LIMIT ${CHUNK}) c LEFT JOIN customer_stats s ON s.customer_pk = c.pk`,
      [lastPk]);
    if (rows.length === 0) break;
    inPkOrder(rows);
    for (const row of rows) {
      const pk = Number(row[0]);
      fillFromStats(f, i, row, current);
      index.set(pk, i);
      lastPk = pk;
      i++;
    }
  }
  f.n = i;
  if (!current) await foldOrders(client, f, index);
  if (opts.windows !== false) await windows(client, f, index);
  return f;
}

/** One pass over orders up to as-of, grouped by (customer, day). */
async function foldOrders(client: Client, f: CustomerFacts, index: Map<number, number>) {
  let from = 0;
  const maxPk = f.n ? f.pk[f.n - 1] : 0;
  while (from <= maxPk) {
    const to = from + CHUNK;
    const rows = await readRows(client, ['customer_pk', 'day', 'amount', 'n'],
      `(SELECT customer_pk, day, sum(amount) amount, count(*) n FROM orders
        WHERE customer_pk >= ? AND customer_pk < ? AND day <= ? GROUP BY customer_pk, day ORDER BY customer_pk, day)`,
      [from, to, f.asOfDay]);
    inPkOrder(rows);
    let cur = -1;
    let amounts: number[] = [];
    const close = () => { if (cur >= 0) setAov(f, cur, amounts.reverse()); };
    for (const row of rows) {
      const i = index.get(Number(row[0]))!;
      const day = Number(row[1]);
      const amount = Number(row[2]);
      if (i !== cur) { close(); cur = i; amounts = []; f.firstDay[i] = day; f.firstOccasionAmount[i] = amount; }
      f.lastDay[i] = day;
      f.occasions[i]++;
      f.frequency[i] += Number(row[3]);
      f.monetary[i] += amount;
      amounts.push(amount);
    }
    close();
    from = to;
  }
  const contacts = await client.execute({
    sql: `SELECT customer_pk, max(day) FROM events WHERE day <= ? AND type IN (${contactList}) GROUP BY customer_pk`,
    args: [f.asOfDay],
  });
  for (const row of contacts.rows) f.lastContactDay[index.get(Number(row[0]))!] = Number(row[1]);
}

/**
 * Windowed figures: orders in the last 90 days and spend in the last 365
 * (as-of included), events in the last 90. Each is one walk of the table's
 * (customer_pk, day[, amount]) index, which covers the query: no table row
 * is read, and the groups come out in customer order with no temporary
 * B-tree (a day-range search instead reads a table row per order).
 */
async function windows(client: Client, f: CustomerFacts, index: Map<number, number>) {
  const d = f.asOfDay;
  const orders = await readRows(client, ['pk', 'n', 'm'],
    `(SELECT customer_pk pk, sum(day > ?) n, sum(amount) m FROM orders INDEXED BY orders_customer_day_idx
      WHERE day > ? AND day <= ? GROUP BY customer_pk)`, [d - 90, d - 365, d]);
  for (const row of orders) {
    const i = index.get(Number(row[0]))!;
    f.orders90d[i] = Number(row[1]);
    f.monetary365d[i] = Number(row[2]);
  }
  const events = await readRows(client, ['pk', 'n'],
    `(SELECT customer_pk pk, count(*) n FROM events INDEXED BY events_customer_day_idx WHERE day > ? AND day <= ? GROUP BY customer_pk)`, [d - 90, d]);
  for (const row of events) f.events90d[index.get(Number(row[0]))!] = Number(row[1]);
}
