import type { BoolNode, CompareOp, ValueNode } from './ast';
import { compareValues, isMissing, type FeatureValue } from './evaluator';
import { featureKey } from './feature-requirements';

/**
 * Features of many customers, columnar: `column(key)[i]` is customer i's
 * value (number columns are usually Float64Array with NaN = unknown; yes/no
 * columns may be Uint8Array 0/1). A missing column reads as unknown.
 */
export interface FeatureTable {
  n: number;
  column(key: string): ArrayLike<FeatureValue> | undefined;
}

type Get = (i: number) => FeatureValue;
export type Predicate = (i: number) => boolean;

/**
 * Turns a checked expression into a closure over the table's columns, the
 * fast path of a refresh (no per-row lookups by key, no allocation per
 * row). Same semantics as `evaluateTagExpression`; the common
 * `number field <op> constant` comparison is specialised.
 * Example: `compileTagPredicate(ast, table)(0)` → whether customer 0 matches.
 */
export function compileTagPredicate(node: BoolNode, table: FeatureTable): Predicate {
  switch (node.type) {
    case 'and': {
      const a = compileTagPredicate(node.left, table);
      const b = compileTagPredicate(node.right, table);
      return (i) => a(i) && b(i);
    }
    case 'or': {
      const a = compileTagPredicate(node.left, table);
      const b = compileTagPredicate(node.right, table);
      return (i) => a(i) || b(i);
    }
    case 'not': {
      const a = compileTagPredicate(node.operand, table);
      return (i) => !a(i);
    }
    case 'test': {
      const g = getter(node.value, table);
      return (i) => {
        const v = g(i);
        return v === true || v === 1;
      };
    }
    case 'compare': return compileCompare(node.op, node.left, node.right, table);
    case 'in': {
      const g = getter(node.value, table);
      const items = new Set<unknown>(node.list.map((x) => x.value));
      const negated = node.negated;
      const col = node.value.type === 'literal' ? undefined : table.column(featureKey(node.value));
      if (col && !negated) {
        return (i) => {
          const v = col[i];
          return items.has(v) || (Array.isArray(v) && v.some((x) => items.has(x)));
        };
      }
      return (i) => {
        const v = g(i);
        if (isMissing(v)) return false;
        const hit = Array.isArray(v) ? v.some((x) => items.has(x)) : items.has(v);
        return negated ? !hit : hit;
      };
    }
    case 'between': {
      if (node.value.type !== 'literal' && node.low.type === 'literal' && node.high.type === 'literal' && !node.negated) {
        const col = table.column(featureKey(node.value)) as ArrayLike<number | null> | undefined;
        const lo = node.low.value as number;
        const hi = node.high.value as number;
        if (!col) return FALSE;
        return (i) => { const v = col[i]; return v !== null && v >= lo && v <= hi; };
      }
      const g = getter(node.value, table);
      const lo = getter(node.low, table);
      const hi = getter(node.high, table);
      const negated = node.negated;
      return (i) => {
        const v = g(i);
        const a = lo(i);
        const b = hi(i);
        if (isMissing(v) || isMissing(a) || isMissing(b)) return false;
        const inside = (v as number) >= (a as number) && (v as number) <= (b as number);
        return negated ? !inside : inside;
      };
    }
  }
}

const FALSE: Predicate = () => false;

function compileCompare(op: CompareOp, left: ValueNode, right: ValueNode, table: FeatureTable): Predicate {
  const leftNull = left.type === 'literal' && left.value === null;
  const rightNull = right.type === 'literal' && right.value === null;
  if (leftNull || rightNull) {
    if (leftNull && rightNull) return op === '=' ? () => true : FALSE;
    const g = getter(leftNull ? right : left, table);
    return op === '=' ? (i) => isMissing(g(i)) : (i) => !isMissing(g(i));
  }
  if (left.type !== 'literal' && right.type === 'literal' && typeof right.value === 'number') {
    const col = table.column(featureKey(left));
    if (!col) return FALSE;
    return numberVsConstant(op, col as ArrayLike<number | null>, right.value);
  }
  if (left.type !== 'literal' && right.type === 'literal' && typeof right.value === 'string' && (op === '=' || op === '!=')) {
    const col = table.column(featureKey(left));
    if (!col) return FALSE;
    const c = right.value;
    // Text columns compare directly; a list (multi-select) cell falls back to membership.
    if (op === '=') return (i) => { const v = col[i]; return v === c || (Array.isArray(v) && v.includes(c)); };
    return (i) => { const v = col[i]; return typeof v === 'string' ? v !== c : Array.isArray(v) ? !v.includes(c) : false; };
  }
  const l = getter(left, table);
  const r = getter(right, table);
  return (i) => compareValues(op, l(i), r(i));
}

/** `col[i] <op> c` where unknown (null, undefined, NaN) is false; NaN comparisons are already false. */
function numberVsConstant(op: CompareOp, col: ArrayLike<number | null>, c: number): Predicate {
  switch (op) {
    case '<': return (i) => { const v = col[i]; return v !== null && v < c; };
    case '<=': return (i) => { const v = col[i]; return v !== null && v <= c; };
    case '>': return (i) => { const v = col[i]; return v !== null && v > c; };
    case '>=': return (i) => { const v = col[i]; return v !== null && v >= c; };
    case '=': return (i) => col[i] === c;
    case '!=': return (i) => { const v = col[i]; return v !== null && v !== undefined && v === v && v !== c; };
  }
}

function getter(node: ValueNode, table: FeatureTable): Get {
  if (node.type === 'literal') {
    const v = node.value;
    return () => v;
  }
  const col = table.column(featureKey(node));
  if (!col) return () => null;
  return (i) => col[i];
}
