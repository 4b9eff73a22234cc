import type { ImportKind, ImportRowError } from './records';
import { rowError } from './row-errors';

/** Canonical columns ("targets") of each kind (SPEC §8). */
export const IMPORT_TARGETS = {
  customers: {
    required: ['customer_id'],
    optional: ['name', 'phone', 'email', 'gender', 'birth_year', 'region', 'city', 'source', 'source_2', 'source_3', 'platform', 'owner', 'field_rep'],
  },
  orders: { required: ['customer_id', 'order_id', 'ordered_at'], optional: ['amount', 'quantity', 'unit_price', 'channel', 'product'] },
  events: { required: ['customer_id', 'type', 'occurred_at'], optional: ['product', 'duration_s', 'event_id'] },
} as const satisfies Record<ImportKind, { required: readonly string[]; optional: readonly string[] }>;

/** Where each target sits in a row: column index, or -1 when the file lacks it. */
export interface ColumnLayout {
  header: string[];
  index: Record<string, number>;
  /** Columns no target uses (customers keep them as attributes), by index. */
  extra: number[];
}

/**
 * Parses `--map target=source,…` into target → source header name. Names
 * are trimmed; a source name may not contain `,` (rename such a header first).
 * Unknown targets are refused with the list of known ones.
 */
export function parseColumnMap(kind: ImportKind, spec: string | undefined): { ok: true; map: Map<string, string> } | { ok: false; errors: ImportRowError[] } {
  const map = new Map<string, string>();
  const errors: ImportRowError[] = [];
  if (spec === undefined || spec.trim() === '') return { ok: true, map };
  const known: readonly string[] = [...IMPORT_TARGETS[kind].required, ...IMPORT_TARGETS[kind].optional];
  for (const part of spec.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const target = eq > 0 ? part.slice(0, eq).trim() : '';
    const source = eq > 0 ? part.slice(eq + 1).trim() : '';
    if (!target || !source) errors.push(rowError(1, null, 'bad_map', part));
    else if (!known.includes(target)) errors.push(rowError(1, target, 'unknown_target', known.join(', ')));
    else map.set(target, source);
  }
  return errors.length ? { ok: false, errors } : { ok: true, map };
}

/**
 * Finds each target's column in the header: the `--map` source name if
 * mapped (it must exist), else a header with the target's own name (exact,
 * then case-insensitive). Required targets must be found; orders need
 * `amount` or both `quantity` and `unit_price`. A header used twice is refused.
 */
export function resolveColumns(kind: ImportKind, rawHeader: string[], map: Map<string, string>): { ok: true; layout: ColumnLayout } | { ok: false; errors: ImportRowError[] } {
  const header = rawHeader.map((h) => h.trim());
  const errors: ImportRowError[] = [];
  if (header.length === 0 || header.every((h) => h === '')) return { ok: false, errors: [rowError(1, null, 'no_header')] };
  const find = (name: string) => {
    const exact = header.indexOf(name);
    if (exact >= 0) return exact;
    const lower = name.toLowerCase();
    return header.findIndex((h) => h.toLowerCase() === lower);
  };
  const { required, optional } = IMPORT_TARGETS[kind];
  const index: Record<string, number> = {};
  for (const target of [...required, ...optional] as string[]) {
    const source = map.get(target);
    const i = find(source ?? target);
    if (source !== undefined && i < 0) errors.push(rowError(1, source, 'unknown_column', `${target}=${source}`));
    index[target] = i;
  }
  for (const target of required as readonly string[]) {
    if (index[target] < 0 && !map.has(target)) errors.push(rowError(1, target, 'missing_column', 'use --map target=source'));
  }
  if (kind === 'orders' && index.amount < 0 && (index.quantity < 0 || index.unit_price < 0) && !map.has('amount')) {
    errors.push(rowError(1, 'amount', 'missing_column', 'or quantity and unit_price'));
  }
  const used = new Set(Object.values(index).filter((i) => i >= 0));
  for (const i of used) {
    if (header.indexOf(header[i]) !== header.lastIndexOf(header[i])) errors.push(rowError(1, header[i], 'duplicate_column'));
  }
  if (errors.length) return { ok: false, errors };
  const extra = header.map((_, i) => i).filter((i) => !used.has(i) && header[i] !== '');
  return { ok: true, layout: { header, index, extra } };
}
