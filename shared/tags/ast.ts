/**
 * The tag language's syntax tree. Every node carries `pos`, the 0-based
 * offset of its first character in the source, so later checks can point at it.
 */

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

/** A constant: numbers (durations are days, percentages fractions), strings, booleans, null. */
export interface LiteralNode { type: 'literal'; value: number | string | boolean | null; pos: number }
/** A customer field, e.g. `recency_days` or `interview.vehicle_use.cargo_share`. */
export interface FieldNode { type: 'field'; name: string; pos: number }
/** A function of the customer, e.g. `has_tag("沉睡客户")`, `events_7d("test_drive")`; arguments are constants. */
export interface CallNode { type: 'call'; name: string; args: LiteralNode[]; pos: number }

export type ValueNode = LiteralNode | FieldNode | CallNode;

export interface CompareNode { type: 'compare'; op: CompareOp; left: ValueNode; right: ValueNode; pos: number }
/** `value [not] in [a, b, …]`. */
export interface InNode { type: 'in'; value: ValueNode; list: LiteralNode[]; negated: boolean; pos: number }
/** `value [not] between low and high`, both ends inclusive. */
export interface BetweenNode { type: 'between'; value: ValueNode; low: ValueNode; high: ValueNode; negated: boolean; pos: number }
export interface AndNode { type: 'and'; left: BoolNode; right: BoolNode; pos: number }
export interface OrNode { type: 'or'; left: BoolNode; right: BoolNode; pos: number }
export interface NotNode { type: 'not'; operand: BoolNode; pos: number }
/** A value used as a condition on its own (`has_tag("x")`, a yes/no interview answer, `true`). */
export interface TestNode { type: 'test'; value: ValueNode; pos: number }

export type BoolNode = CompareNode | InNode | BetweenNode | AndNode | OrNode | NotNode | TestNode;
