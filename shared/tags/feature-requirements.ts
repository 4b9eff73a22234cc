import type { BoolNode, CallNode, FieldNode, ValueNode } from './ast';
import { defaultCatalogue, type FieldCatalogue, type FieldSource } from './field-catalogue';

/** One value an expression reads per customer: a field, or a function with its constant arguments. */
export type FeatureRequirement =
  | { key: string; kind: 'field'; name: string; source: FieldSource }
  | { key: string; kind: 'call'; name: string; args: string[]; source: 'events' | 'tags' };

/**
 * The key a feature is stored under: the field name, or the call written
 * canonically, e.g. `events_7d("test_drive")`, `max_view_s_1d()`.
 */
export function featureKey(node: FieldNode | CallNode): string {
  return node.type === 'field' ? node.name : callKey(node.name, node.args.map((a) => String(a.value)));
}

export function callKey(name: string, args: readonly string[]): string {
  return `${name}(${args.map((a) => JSON.stringify(a)).join(',')})`;
}

/**
 * Every feature a (checked) expression reads, each once, in first-use order,
 * so the server loads only those columns (and touches events or tags only
 * when a function needs them).
 * Example: `recency_days > 90 and events_7d("call") = 0` → recency_days (stats), events_7d("call") (events).
 */
export function requiredFeatures(node: BoolNode, catalogue: FieldCatalogue = defaultCatalogue()): FeatureRequirement[] {
  const out = new Map<string, FeatureRequirement>();
  const visitValue = (v: ValueNode) => {
    if (v.type === 'literal') return;
    const key = featureKey(v);
    if (out.has(key)) return;
    if (v.type === 'field') {
      const spec = catalogue.field(v.name);
      if (spec) out.set(key, { key, kind: 'field', name: v.name, source: spec.source });
    } else {
      const spec = catalogue.fn(v.name);
      if (spec) out.set(key, { key, kind: 'call', name: v.name, args: v.args.map((a) => String(a.value)), source: spec.source });
    }
  };
  const visit = (n: BoolNode) => {
    switch (n.type) {
      case 'and': case 'or': visit(n.left); visit(n.right); return;
      case 'not': visit(n.operand); return;
      case 'test': visitValue(n.value); return;
      case 'compare': visitValue(n.left); visitValue(n.right); return;
      case 'in': visitValue(n.value); return;
      case 'between': visitValue(n.value); visitValue(n.low); visitValue(n.high); return;
    }
  };
  visit(node);
  return [...out.values()];
}

/** Tag names (or ids) an expression reads through `has_tag`, for ordering tags that depend on tags. */
export function referencedTags(node: BoolNode): string[] {
  return requiredFeatures(node).flatMap((r) => (r.kind === 'call' && r.name === 'has_tag' ? [r.args[0]] : []));
}
