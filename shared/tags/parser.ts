import type { BoolNode, CallNode, CompareOp, LiteralNode, ValueNode } from './ast';
import { tokenize, type Token } from './lexer';
import { languageError } from './tag-language-error';

/** Longest expression accepted, in characters; longer input is refused, not parsed. */
export const MAX_EXPRESSION_LENGTH = 4000;
/** Deepest nesting of parentheses and `not`, so hostile input cannot exhaust the stack. */
export const MAX_NESTING = 64;

const VALUE_START = ['field', 'number', 'string', 'function call'];
const COMPARE_OPS = ['=', '!=', '<', '<=', '>', '>='];

/**
 * Parses a tag expression into a syntax tree by recursive descent:
 *
 *     expr      := and ('or' and)*
 *     and       := not ('and' not)*
 *     not       := 'not' not | predicate
 *     predicate := '(' expr ')'
 *                | value [ op value | ['not'] 'in' list | ['not'] 'between' value 'and' value ]
 *     list      := '[' literal (',' literal)* ']' | '(' … ')'
 *     value     := literal | name | name '(' [literal (',' literal)*] ')'
 *     literal   := ['-'] number | string | true | false | null
 *
 * so `not` binds tighter than `and`, which binds tighter than `or`. Throws
 * TagLanguageError (position + what was expected) and nothing else.
 * Example: `parseTagExpression('a = 1 or b = 2 and c = 3')` → or(a = 1, and(b = 2, c = 3)).
 */
export function parseTagExpression(source: string): BoolNode {
  if (source.length > MAX_EXPRESSION_LENGTH) {
    throw languageError(MAX_EXPRESSION_LENGTH, ['end of expression'], `表达式过长（最多 ${MAX_EXPRESSION_LENGTH} 个字符）`,
      `expression too long (at most ${MAX_EXPRESSION_LENGTH} characters)`);
  }
  return new Parser(tokenize(source)).parseAll();
}

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  parseAll(): BoolNode {
    if (this.peek().kind === 'end') {
      throw languageError(0, VALUE_START, '表达式为空', 'empty expression');
    }
    const node = this.parseOr();
    const t = this.peek();
    if (t.kind !== 'end') throw this.unexpected(t, ['and', 'or', 'end of expression']);
    return node;
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)];
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'end') this.i++;
    return t;
  }

  private isKeyword(word: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'keyword' && t.value === word;
  }

  private unexpected(t: Token, expected: string[]) {
    const what = t.kind === 'end' ? '表达式结尾' : `「${String(t.kind === 'string' ? JSON.stringify(t.value) : t.value)}」`;
    const whatEn = t.kind === 'end' ? 'end of expression' : `'${String(t.kind === 'string' ? JSON.stringify(t.value) : t.value)}'`;
    return languageError(t.pos, expected, `此处不应出现${what}，应为：${expected.join('、')}`, `unexpected ${whatEn}; expected ${expected.join(', ')}`);
  }

  private enter(pos: number) {
    if (++this.depth > MAX_NESTING) {
      throw languageError(pos, ['simpler expression'], `嵌套过深（最多 ${MAX_NESTING} 层）`, `nesting too deep (at most ${MAX_NESTING} levels)`);
    }
  }

  private parseOr(): BoolNode {
    let left = this.parseAnd();
    while (this.isKeyword('or')) {
      const pos = this.next().pos;
      left = { type: 'or', left, right: this.parseAnd(), pos };
    }
    return left;
  }

  private parseAnd(): BoolNode {
    let left = this.parseNot();
    while (this.isKeyword('and')) {
      const pos = this.next().pos;
      left = { type: 'and', left, right: this.parseNot(), pos };
    }
    return left;
  }

  private parseNot(): BoolNode {
    if (!this.isKeyword('not')) return this.parsePredicate();
    const pos = this.next().pos;
    this.enter(pos);
    const operand = this.parseNot();
    this.depth--;
    return { type: 'not', operand, pos };
  }

  private parsePredicate(): BoolNode {
    const t = this.peek();
    if (t.kind === '(') {
      this.next();
      this.enter(t.pos);
      const inner = this.parseOr();
      this.depth--;
      const close = this.peek();
      if (close.kind !== ')') throw this.unexpected(close, ['and', 'or', ')']);
      this.next();
      return inner;
    }
    const value = this.parseValue();
    const op = this.peek();
    if (op.kind === 'op') {
      this.next();
      return { type: 'compare', op: op.value as CompareOp, left: value, right: this.parseValue(), pos: value.pos };
    }
    let negated = false;
    if (this.isKeyword('not') && (this.isKeyword('in', 1) || this.isKeyword('between', 1))) {
      this.next();
      negated = true;
    }
    if (this.isKeyword('in')) {
      this.next();
      return { type: 'in', value, list: this.parseList(), negated, pos: value.pos };
    }
    if (this.isKeyword('between')) {
      this.next();
      const low = this.parseValue();
      if (!this.isKeyword('and')) throw this.unexpected(this.peek(), ['and']);
      this.next();
      return { type: 'between', value, low, high: this.parseValue(), negated, pos: value.pos };
    }
    return { type: 'test', value, pos: value.pos };
  }

  private parseList(): LiteralNode[] {
    const open = this.peek();
    if (open.kind !== '[' && open.kind !== '(') throw this.unexpected(open, ['[', '(']);
    this.next();
    const close = open.kind === '[' ? ']' : ')';
    const items: LiteralNode[] = [this.parseLiteral()];
    for (;;) {
      const t = this.peek();
      if (t.kind === close) {
        this.next();
        return items;
      }
      if (t.kind !== ',') throw this.unexpected(t, [',', close]);
      this.next();
      items.push(this.parseLiteral());
    }
  }

  private parseLiteral(): LiteralNode {
    const t = this.peek();
    if (t.kind === 'number' || t.kind === 'string') {
      this.next();
      return { type: 'literal', value: t.value, pos: t.pos };
    }
    if (t.kind === '-') {
      const num = this.peek(1);
      if (num.kind !== 'number') throw this.unexpected(num, ['number']);
      this.i += 2;
      return { type: 'literal', value: -(num.value as number), pos: t.pos };
    }
    if (t.kind === 'keyword' && (t.value === 'true' || t.value === 'false' || t.value === 'null')) {
      this.next();
      return { type: 'literal', value: t.value === 'null' ? null : t.value === 'true', pos: t.pos };
    }
    throw this.unexpected(t, ['number', 'string', 'true', 'false', 'null']);
  }

  private parseValue(): ValueNode {
    const t = this.peek();
    if (t.kind !== 'name') {
      if (t.kind === 'number' || t.kind === 'string' || t.kind === '-' || (t.kind === 'keyword' && ['true', 'false', 'null'].includes(String(t.value)))) {
        return this.parseLiteral();
      }
      throw this.unexpected(t, VALUE_START);
    }
    this.next();
    if (this.peek().kind !== '(') return { type: 'field', name: String(t.value), pos: t.pos };
    this.next();
    const call: CallNode = { type: 'call', name: String(t.value), args: [], pos: t.pos };
    if (this.peek().kind === ')') {
      this.next();
      return call;
    }
    call.args.push(this.parseLiteral());
    for (;;) {
      const s = this.peek();
      if (s.kind === ')') {
        this.next();
        return call;
      }
      if (s.kind !== ',') throw this.unexpected(s, [',', ')']);
      this.next();
      call.args.push(this.parseLiteral());
    }
  }
}

export { COMPARE_OPS };
