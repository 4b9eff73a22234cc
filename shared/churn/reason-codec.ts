import type { ChurnReason } from '../api/types';
import { apiWeight, reasonArgs, textOfArgs, type ReasonArgsByCode } from './reason-text';
import type { ChurnReasonCode, ChurnReasonDetail, Text } from './types';

/**
 * The stored form of a customer's churn reasons (customer_scores.churn_reasons):
 * compact JSON, one array per reason, in the given order —
 * `[code, weight, ...args]`, where `weight` is rounded to 3 decimals as the API
 * shows it and `args` are the values the text shows, already formatted
 * (`ReasonArgsByCode` in reason-text.ts: whole days, "0.31"-style strings, whole
 * percentages, 0/1 flags, null for a part of the model reason that is not said).
 * The zh/en texts are not stored; {@link decodeChurnReasons} renders them.
 *
 * Example: rhythm (265 days, 3.7× own gap, weight 0.1742) and contact_gap (183 days,
 * weight 0.0994) → `[["rhythm",0.174,265,"3.7",1],["contact_gap",0.099,183]]`;
 * no reasons → `[]`.
 */
export function encodeChurnReasons(details: readonly ChurnReasonDetail[]): string {
  return JSON.stringify(details.map((d) => [d.code, apiWeight(d.weight), ...reasonArgs(d)]));
}

/**
 * The API's reasons (`ChurnReason[]`: code, zh/en text, weight) from a stored
 * value; for what {@link encodeChurnReasons} wrote this equals `apiChurnReasons`
 * of the same details. Also reads the format stored before it, a JSON array of
 * `{ code, text: { zh, en }, weight }` objects, whose entries are returned as
 * they are. null, '' and '[]' give `[]`.
 *
 * A reader must not fail on one bad row, so what cannot be rendered is left out
 * rather than thrown: an entry with an unknown code, a weight that is not a
 * finite number, or arguments of the wrong number or type (e.g. a non-finite
 * number, which JSON stores as null) is skipped, and a value that is not a JSON
 * array gives `[]`. Skipping keeps the remaining reasons, which are each
 * complete on their own.
 */
export function decodeChurnReasons(stored: string | null | undefined): ChurnReason[] {
  if (!stored) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const out: ChurnReason[] = [];
  for (const entry of parsed) {
    if (Array.isArray(entry)) {
      const [code, weight, ...args] = entry as unknown[];
      if (typeof code !== 'string' || !Object.hasOwn(ARG_KINDS, code) || !isFiniteNumber(weight)) continue;
      const text = render(code as ChurnReasonCode, args);
      if (text) out.push({ code, text, weight });
    } else if (isOldReason(entry)) {
      out.push(entry);
    }
  }
  return out;
}

/** What each displayed value of {@link ReasonArgsByCode} may be; `?` admits null. */
type ArgKind = 'num' | 'num?' | 'str' | 'str?' | 'flag';

const ARG_KINDS: { [C in ChurnReasonCode]: readonly ArgKind[] & { length: ReasonArgsByCode[C]['length'] } } = {
  model: ['str?', 'str?', 'num?'],
  purchase_rate: ['num', 'num', 'num'],
  rhythm: ['num', 'str', 'flag'],
  seed_rule: ['num'],
  recency_rule: ['num', 'num'],
  aov_drop: ['num', 'num'],
  contact_gap: ['num'],
};

function render<C extends ChurnReasonCode>(code: C, args: unknown[]): Text | null {
  const kinds = ARG_KINDS[code];
  if (args.length !== kinds.length || !kinds.every((k, i) => fits(k, args[i]))) return null;
  // The model reason says at least one of its parts.
  if (code === 'model' && args.every((a) => a === null)) return null;
  return textOfArgs(code, args as ReasonArgsByCode[C]);
}

function fits(kind: ArgKind, x: unknown): boolean {
  switch (kind) {
    case 'num': return isFiniteNumber(x);
    case 'num?': return x === null || isFiniteNumber(x);
    case 'str': return typeof x === 'string';
    case 'str?': return x === null || typeof x === 'string';
    case 'flag': return x === 0 || x === 1;
  }
}

function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** An entry of the format stored before the codec: `{ code, text: { zh, en }, weight }`. */
function isOldReason(x: unknown): x is ChurnReason {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Partial<ChurnReason>;
  return typeof r.code === 'string' && typeof r.weight === 'number' && typeof r.text === 'object' && r.text !== null
    && typeof r.text.zh === 'string' && typeof r.text.en === 'string';
}
