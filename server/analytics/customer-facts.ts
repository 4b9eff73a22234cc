import type { Client } from '@libsql/client';
import { readColumnArrays, readRows } from '../db/bulk-read';
import { runInWorker } from '../workers/run-in-worker';
import { readWindowColumns, type WindowColumns } from './window-columns';
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
/** From this many customers (of a database file) the windows are read on a worker thread; below, its start-up (~0.3 s) costs more than it saves. */
export const WINDOWS_WORKER_MIN_CUSTOMERS = 100_000;

export interface FactsOptions {
  /** Read the windowed counts (default true; model fits need none). */
  windows?: boolean;
  /** The database's `file:` URL, for the worker's own connection (none for `:memory:`). */
  databaseUrl?: string;
  /** Force the windows on (true) or off (false) a worker thread; default from the customer count. */
  windowsOnWorker?: boolean;
}
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

/**
 * {@link setAov} from the stats' comma-separated amounts (newest first),
 * parsed in place: the same sums in the same order as `split(',').map(Number)`,
 * without two arrays per customer.
 */
function setAovFromList(f: CustomerFacts, i: number, list: string) {
  let k = 0;
  let start = 0;
  let recent = 0;
  let prior = 0;
  for (let p = 0; p <= list.length; p++) {
    if (p < list.length && list.charCodeAt(p) !== 44) continue;
    const v = Number(list.slice(start, p));
    start = p + 1;
    if (k < 3) recent += v;
    else if (k < 6) prior += v;
    k++;
  }
  f.aovRecent[i] = recent / Math.min(k, 3);
  if (k >= 4) f.aovPrior[i] = prior / (Math.min(k, 6) - 3);
}

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
  const cols = await readColumnArrays(client, STATS_COLUMNS,
    'customers c LEFT JOIN customer_stats s ON s.customer_pk = c.pk WHERE c.pk IN (SELECT value FROM json_each(?))', [JSON.stringify(pks)], STATS_READ);
  const order = rowsInPkOrder(cols[0]);
  const f = allocate(order.length, asOfDay);
  order.forEach((r, i) => fillFromStats(f, i, cols, r, true));
  return f;
}

const STATS_COLUMNS = [
  'c.pk', 'c.customer_id', 'coalesce(c.owner_id, 0)', 's.orders', 's.monetary', 's.first_day', 's.last_day', 's.occasions',
  's.first_occasion_amount', 's.recent_amounts', 's.last_contact_day',
];
/** Every stats column but the two REAL ones (monetary, first occasion's amount) holds integers, text or NULL. */
const STATS_READ = { asIs: new Set([0, 1, 2, 3, 5, 6, 7, 9, 10]) };

/** The row indices in ascending pk order (column 0 holds the pk); rows usually already are. */
function rowsInPkOrder(pks: unknown[]): number[] {
  const order = Array.from({ length: pks.length }, (_, r) => r);
  for (let r = 1; r < pks.length; r++) {
    if (Number(pks[r - 1]) > Number(pks[r])) return order.sort((a, b) => Number(pks[a]) - Number(pks[b]));
  }
  return order;
}

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

/** Customer i of `f` from row r of the stats columns. */
function fillFromStats(f: CustomerFacts, i: number, cols: unknown[][], r: number, current: boolean) {
  f.pk[i] = Number(cols[0][r]);
  f.ids[i] = String(cols[1][r]);
  f.ownerId[i] = Number(cols[2][r]);
  const orders = cols[3][r];
  if (current && orders !== null && Number(orders) > 0) {
    f.frequency[i] = Number(orders);
    f.monetary[i] = Number(cols[4][r]);
    f.firstDay[i] = Number(cols[5][r]);
    f.lastDay[i] = Number(cols[6][r]);
    f.occasions[i] = Number(cols[7][r]);
    f.firstOccasionAmount[i] = Number(cols[8][r]);
    setAovFromList(f, i, String(cols[9][r]));
  }
  const contact = cols[10][r];
  if (current && contact !== null) f.lastContactDay[i] = Number(contact);
}

/**
 * Loads facts as of `asOfDay`. When no order or event is dated after it (the
 * usual weekly refresh), the kept-current aggregates in customer_stats are
 * used: O(customers). For a past date (backtests), orders are folded once per
 * (customer, day) in primary-key chunks, so memory stays bounded. The windowed
 * counts (90 days) are skipped with `windows: false` (model fits need none).
 * From {@link WINDOWS_WORKER_MIN_CUSTOMERS} customers of a database file they
 * are read on a worker thread with its own connection while this thread reads
 * the aggregates: SQLite runs on both cores.
 */
export async function loadCustomerFacts(client: Client, asOfDay: number, opts: FactsOptions = {}): Promise<CustomerFacts> {
  const maxDay = (await client.execute('SELECT max(d) AS d FROM (SELECT max(day) d FROM orders UNION ALL SELECT max(day) FROM events)')).rows[0]?.d;
  const current = maxDay === null || maxDay === undefined || Number(maxDay) <= asOfDay;
  const count = Number((await client.execute('SELECT count(*) AS n FROM customers')).rows[0].n);
  const fileUrl = opts.databaseUrl && !opts.databaseUrl.includes(':memory:') && opts.databaseUrl.startsWith('file:') ? opts.databaseUrl : null;
  const windowsOnWorker = opts.windows !== false && fileUrl !== null && (opts.windowsOnWorker ?? count >= WINDOWS_WORKER_MIN_CUSTOMERS);
  const windowsPending = windowsOnWorker
    ? runInWorker<{ url: string; asOfDay: number }, WindowColumns>(new URL('./window-worker.ts', import.meta.url), { url: fileUrl!, asOfDay })
    : null;
  windowsPending?.catch(() => {}); // awaited below
  const f = allocate(count, asOfDay);
  const index = new Map<number, number>();
  let i = 0;
  let lastPk = 0;
  for (;;) {
    const cols = await readColumnArrays(client, STATS_COLUMNS,
      `(SELECT pk, customer_id, owner_id FROM customers WHERE pk > ? ORDER BY pk LIMIT ${CHUNK}) c LEFT JOIN customer_stats s ON s.customer_pk = c.pk`,
      [lastPk], STATS_READ);
    if (cols[0].length === 0) break;
    for (const r of rowsInPkOrder(cols[0])) {
      fillFromStats(f, i, cols, r, current);
      index.set(f.pk[i], i);
      lastPk = f.pk[i];
      i++;
    }
  }
  f.n = i;
  if (!current) await foldOrders(client, f, index);
  if (windowsPending) applyWindows(f, index, await windowsPending);
  else if (opts.windows !== false) applyWindows(f, index, await readWindowColumns(client, asOfDay));
  return f;
}

/** One pass over orders up to as-of, grouped by (customer, day). */
async function foldOrders(client: Client, f: CustomerFacts, index: Map<number, number>) {
  let from = 0;
  const maxPk = f.n ? f.pk[f.n - 1] : 0;
  while (from <= maxPk) {
    const to = from + CHUNK;
    // Per (customer, day): the occasion's total and its orders' amounts in pk order (the AOV is per order, as in customer_stats).
    const rows = await readRows(client, ['customer_pk', 'day', 'amount', 'n', 'json(amounts)'],
      `(SELECT customer_pk, day, sum(amount) amount, count(*) n, json_group_array(json(printf('%!.17g', amount)) ORDER BY pk) amounts FROM orders
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
      for (const a of row[4] as number[]) amounts.push(a);
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

/** Puts the windowed figures into the facts' rows. */
function applyWindows(f: CustomerFacts, index: Map<number, number>, w: WindowColumns) {
  for (let k = 0; k < w.orderPk.length; k++) {
    const i = index.get(w.orderPk[k])!;
    f.orders90d[i] = w.orders90d[k];
    f.monetary365d[i] = w.monetary365d[k];
  }
  for (let k = 0; k < w.eventPk.length; k++) f.events90d[index.get(w.eventPk[k])!] = w.events90d[k];
}
