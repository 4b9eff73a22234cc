/**
 * Canonical import columns per kind (SPEC §8, same as the CLI), guessing a
 * mapping from a file's header, and the request URL of `POST /api/import/:kind`.
 */
export type ImportKind = 'customers' | 'orders' | 'events';
export const IMPORT_KINDS: readonly ImportKind[] = ['customers', 'orders', 'events'];

export const CANONICAL_COLUMNS: Record<ImportKind, readonly string[]> = {
  customers: ['customer_id', 'name', 'phone', 'email', 'gender', 'birth_year', 'region', 'city', 'source', 'platform', 'owner'],
  orders: ['customer_id', 'order_id', 'ordered_at', 'amount', 'quantity', 'unit_price', 'channel', 'product'],
  events: ['customer_id', 'type', 'occurred_at', 'product', 'duration_s'],
};

/** Header names (compared without case, spaces, `_` and `-`) that usually mean a canonical column. */
const ALIASES: Record<string, readonly string[]> = {
  customer_id: ['customerid', 'custid', 'memberid', '客户id', '客户编号', '客户号', '会员id', '会员编号'],
  name: ['姓名', '客户名称', '客户姓名', '名称'],
  phone: ['mobile', 'tel', 'telephone', '手机', '手机号', '手机号码', '电话', '联系电话'],
  email: ['mail', '邮箱', '电子邮箱'],
  gender: ['sex', '性别'],
  birth_year: ['birthyear', '出生年份', '出生年'],
  region: ['province', '省份', '省', '地区', '区域'],
  city: ['城市', '市'],
  source: ['来源', '来源一级', '客户来源'],
  platform: ['平台', '终端'],
  owner: ['负责人', '销售', '销售顾问', '归属销售'],
  order_id: ['invoiceno', 'invoice', 'orderno', '订单号', '订单编号', '订单id', '单号'],
  ordered_at: ['invoicedate', 'orderdate', 'date', '下单时间', '订单日期', '订单时间', '日期'],
  amount: ['total', '金额', '订单金额', '实付金额', '成交金额'],
  quantity: ['qty', '数量'],
  unit_price: ['unitprice', 'price', '单价'],
  channel: ['渠道', '销售渠道'],
  product: ['stockcode', 'sku', '商品', '产品', '商品编码', '车型'],
  type: ['event', 'eventtype', '事件', '事件类型', '行为', '行为类型'],
  occurred_at: ['time', 'timestamp', 'occurredat', '时间', '发生时间', '行为时间'],
  duration_s: ['duration', 'durations', '时长', '停留时长', '停留秒数'],
};

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s_\-]/g, '');

/** target column → source header (`''` = not imported). */
export type ColumnMap = Record<string, string>;

/** First header matching each canonical column by name or alias; a header is used once. */
export function guessMapping(kind: ImportKind, header: readonly string[]): ColumnMap {
  const used = new Set<string>();
  const map: ColumnMap = {};
  for (const target of CANONICAL_COLUMNS[kind]) {
    const names = new Set([norm(target), ...(ALIASES[target] ?? []).map(norm)]);
    const hit = header.find((h) => !used.has(h) && names.has(norm(h)));
    map[target] = hit ?? '';
    if (hit) used.add(hit);
  }
  return map;
}

/** Required targets that are not mapped; orders need `amount`, or `quantity` and `unit_price`. */
export function missingColumns(kind: ImportKind, map: ColumnMap): string[] {
  const required: Record<ImportKind, string[]> = {
    customers: ['customer_id'],
    orders: ['customer_id', 'order_id', 'ordered_at'],
    events: ['customer_id', 'type', 'occurred_at'],
  };
  const missing = required[kind].filter((t) => !map[t]);
  if (kind === 'orders' && !map.amount && !(map.quantity && map.unit_price)) missing.push('amount');
  return missing;
}

export interface ImportOptions { dateFormat: string; skipBad: boolean; dryRun: boolean }

/**
 * `/api/import/:kind?map=target=source,…&date_format=…&skip_bad=1&dry_run=1`.
 * Every mapped column is listed (identity pairs too), in canonical order.
 */
export function importUrl(kind: ImportKind, map: ColumnMap, opts: ImportOptions): string {
  const params = new URLSearchParams();
  const pairs = CANONICAL_COLUMNS[kind].filter((t) => map[t]).map((t) => `${t}=${map[t]}`);
  if (pairs.length) params.set('map', pairs.join(','));
  if (opts.dateFormat.trim()) params.set('date_format', opts.dateFormat.trim());
  if (opts.skipBad) params.set('skip_bad', '1');
  if (opts.dryRun) params.set('dry_run', '1');
  const q = params.toString();
  return `/api/import/${kind}${q ? `?${q}` : ''}`;
}
