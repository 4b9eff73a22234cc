import type { BoolNode, CompareOp, ValueNode } from './ast';
import { featureKey } from './feature-requirements';

/** A feature value: numbers (NaN = unknown), text, yes/no, a list (multi-select) or nothing. */
export type FeatureValue = number | string | boolean | readonly string[] | null | undefined;

/** Reads one customer's feature by key (see featureKey). */
export type FeatureAccessor = (key: string) => FeatureValue;

/** Unknown: undefined, null or NaN. */
export const isMissing = (v: FeatureValue): v is null | undefined => v === null || v === undefined || (typeof v === 'number' && v !== v);

/**
 * Evaluates a checked expression for one customer (the reference
 * interpreter; `compileTagPredicate` is the fast columnar twin and must agree).
 * Null-safe two-valued logic: any comparison, `in` or `between` with an
 * unknown value is false — also in their `not in` / `not between` forms —
 * while `not (…)` simply negates. `x = null` / `x != null` test for unknown.
 * A list compared with `=` means "includes"; `list in [...]` means "any overlap".
 * Example: `evaluateTagExpression(parse('recency_days > 90'), k => ({ recency_days: 120 })[k])` → true.
 */
export function evaluateTagExpression(node: BoolNode, get: FeatureAccessor): boolean {
  switch (node.type) {
    case 'and': return evaluateTagExpression(node.left, get) && evaluateTagExpression(node.right, get);
    case 'or': return evaluateTagExpression(node.left, get) || evaluateTagExpression(node.right, get);
    case 'not': return !evaluateTagExpression(node.operand, get);
    case 'test': {
      const v = valueOf(node.value, get);
      return v === true || v === 1;
    }
    case 'compare': {
      const l = valueOf(node.left, get);
      const r = valueOf(node.right, get);
      if (isNullLiteral(node.right) || isNullLiteral(node.left)) {
        const other = isNullLiteral(node.right) ? l : r;
        return node.op === '=' ? isMissing(other) : !isMissing(other);
      }
      return compareValues(node.op, l, r);
    }
    case 'in': {
      const v = valueOf(node.value, get);
      if (isMissing(v)) return false;
      const items = node.list.map((x) => x.value);
      const hit = Array.isArray(v) ? v.some((x) => items.includes(x)) : items.includes(v as number | string);
      return node.negated ? !hit : hit;
    }
    case 'between': {
      const v = valueOf(node.value, get);
      const lo = valueOf(node.low, get);
      const hi = valueOf(node.high, get);
      if (isMissing(v) || isMissing(lo) || isMissing(hi)) return false;
      const inside = (v as number) >= (lo as number) && (v as number) <= (hi as number);
      return node.negated ? !inside : inside;
    }
  }
}

const isNullLiteral = (v: ValueNode) => v.type === 'literal' && v.value === null;

function valueOf(node: ValueNode, get: FeatureAccessor): FeatureValue {
  return node.type === 'literal' ? node.value : get(featureKey(node));
}

/** `=`/`!=` on a list and a string test membership; every other pair compares as is. Unknown → false. */
export function compareValues(op: CompareOp, l: FeatureValue, r: FeatureValue): boolean {
  if (isMissing(l) || isMissing(r)) return false;
  // Yes/no columns may be stored as 0/1 (typed arrays).
  if (typeof l === 'boolean' && typeof r === 'number') r = r === 1;
  if (typeof r === 'boolean' && typeof l === 'number') l = l === 1;
  if (Array.isArray(l) || Array.isArray(r)) {
    const list = (Array.isArray(l) ? l : r) as readonly string[];
    const item = Array.isArray(l) ? r : l;
    const has = list.includes(item as string);
    return op === '=' ? has : op === '!=' ? !has : false;
  }
  switch (op) {
    case '=': return l === r;
    case '!=': return l !== r;
    case '<': return (l as number) < (r as number);
    case '<=': return (l as number) <= (r as number);
    case '>': return (l as number) > (r as number);
    case '>=': return (l as number) >= (r as number);
  }
}
