import type { BoolNode, CallNode, LiteralNode, ValueNode } from './ast';
import type { FieldCatalogue, ValueType } from './field-catalogue';
import { languageError } from './tag-language-error';

type Typed = ValueType | 'null';

const TYPE_ZH: Record<Typed, string> = { number: '数值', string: '文本', boolean: '是/否', list: '多选列表', null: '空值' };

export interface CheckOptions {
  /** Names and ids of existing tags; when given, `has_tag` must name one of them. */
  knownTags?: ReadonlySet<string>;
}

/**
 * Type-checks a parsed expression against a field catalogue and throws
 * TagLanguageError at the first problem: unknown fields or functions, wrong
 * argument counts, comparisons of different types, ordering on text, a
 * value of a coded field that does not exist (`lifecycle = "sleep"`), a
 * number used as a condition on its own.
 */
export function checkTagExpression(node: BoolNode, catalogue: FieldCatalogue, options: CheckOptions = {}): void {
  new Checker(catalogue, options).bool(node);
}

class Checker {
  constructor(private readonly catalogue: FieldCatalogue, private readonly options: CheckOptions) {}

  bool(node: BoolNode): void {
    switch (node.type) {
      case 'and':
      case 'or':
        this.bool(node.left);
        this.bool(node.right);
        return;
      case 'not':
        this.bool(node.operand);
        return;
      case 'test': {
        const t = this.value(node.value);
        if (t !== 'boolean') {
          throw languageError(node.pos, ['=', '!=', '<', '<=', '>', '>=', 'in', 'between'],
            `${TYPE_ZH[t]}不能单独作为条件，请加比较，例如 recency_days > 90`,
            `a ${t} is not a condition on its own; compare it, e.g. recency_days > 90`);
        }
        return;
      }
      case 'compare':
        this.compare(node.op, node.left, node.right);
        return;
      case 'in': {
        const t = this.value(node.value);
        if (t !== 'number' && t !== 'string' && t !== 'list') {
          throw languageError(node.value.pos, ['number field', 'text field'], `${TYPE_ZH[t]}不能用 in`, `in needs a number or text value, not ${t}`);
        }
        const want = t === 'number' ? 'number' : 'string';
        for (const item of node.list) {
          const it = literalType(item);
          if (it !== want) throw typeMismatch(item.pos, want, it);
          this.checkCode(node.value, item);
        }
        return;
      }
      case 'between':
        for (const part of [node.value, node.low, node.high]) {
          const t = this.value(part);
          if (t !== 'number') throw typeMismatch(part.pos, 'number', t);
        }
        return;
    }
  }

  private compare(op: string, left: ValueNode, right: ValueNode) {
    const lt = this.value(left);
    const rt = this.value(right);
    if (lt === 'null' || rt === 'null') {
      if (op !== '=' && op !== '!=') {
        throw languageError(lt === 'null' ? left.pos : right.pos, ['number', 'string', 'field'], '空值只能用 = 或 != 比较', 'null can only be compared with = or !=');
      }
      return;
    }
    const ordered = op !== '=' && op !== '!=';
    const a = lt === 'list' ? 'string' : lt;
    const b = rt === 'list' ? 'string' : rt;
    if (lt === 'list' && rt === 'list') throw typeMismatch(right.pos, 'string', 'list');
    if (a !== b) throw typeMismatch(right.pos, a, b);
    if (ordered && a !== 'number') {
      throw languageError(left.pos, ['=', '!='], `${TYPE_ZH[lt]}只能用 = 或 != 比较`, `a ${lt} can only be compared with = or !=`);
    }
    if (right.type === 'literal') this.checkCode(left, right);
    if (left.type === 'literal') this.checkCode(right, left);
  }

  /** A string constant compared with a coded field must be one of its values. */
  private checkCode(value: ValueNode, literal: LiteralNode) {
    if (value.type !== 'field' || typeof literal.value !== 'string') return;
    const values = this.catalogue.field(value.name)?.values;
    if (values && !values.includes(literal.value)) {
      throw languageError(literal.pos, values, `${value.name} 没有取值「${literal.value}」，可选：${values.join('、')}`,
        `${value.name} has no value '${literal.value}'; expected one of ${values.join(', ')}`);
    }
  }

  private value(node: ValueNode): Typed {
    if (node.type === 'literal') return literalType(node);
    if (node.type === 'field') {
      const spec = this.catalogue.field(node.name);
      if (!spec) {
        const hint = suggest(node.name, this.catalogue.fields.map((x) => x.name));
        throw languageError(node.pos, hint ? [hint] : ['field'],
          `未知字段「${node.name}」${hint ? `，是否想用 ${hint}？` : ''}`, `unknown field '${node.name}'${hint ? `; did you mean ${hint}?` : ''}`);
      }
      return spec.type;
    }
    return this.call(node);
  }

  private call(node: CallNode): Typed {
    const spec = this.catalogue.fn(node.name);
    if (!spec) {
      const hint = suggest(node.name, this.catalogue.functions.map((x) => x.name));
      throw languageError(node.pos, hint ? [hint] : this.catalogue.functions.map((x) => x.name),
        `未知函数「${node.name}」${hint ? `，是否想用 ${hint}？` : ''}`, `unknown function '${node.name}'${hint ? `; did you mean ${hint}?` : ''}`);
    }
    const required = spec.params.filter((p) => !p.optional).length;
    if (node.args.length < required || node.args.length > spec.params.length) {
      const at = node.args[spec.params.length]?.pos ?? node.pos;
      const count = required === spec.params.length ? `${required}` : `${required}–${spec.params.length}`;
      throw languageError(at, spec.params.map((p) => p.name), `${node.name} 需要 ${count} 个参数`, `${node.name} takes ${count} argument(s)`);
    }
    for (const arg of node.args) {
      if (typeof arg.value !== 'string') throw typeMismatch(arg.pos, 'string', literalType(arg));
    }
    const known = this.options.knownTags;
    if (spec.name === 'has_tag' && known && !known.has(String(node.args[0].value))) {
      throw languageError(node.args[0].pos, ['tag name'], `没有名为「${node.args[0].value}」的标签`, `no tag named '${node.args[0].value}'`);
    }
    return spec.returns;
  }
}

function literalType(node: LiteralNode): Typed {
  const v = node.value;
  return v === null ? 'null' : typeof v === 'number' ? 'number' : typeof v === 'string' ? 'string' : 'boolean';
}

function typeMismatch(pos: number, want: Typed, got: Typed) {
  return languageError(pos, [want], `类型不符：应为${TYPE_ZH[want]}，实为${TYPE_ZH[got]}`, `type mismatch: expected ${want}, got ${got}`);
}

/** The closest known name within edit distance 2 (Levenshtein), for "did you mean". */
function suggest(name: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = 3;
  for (const c of candidates) {
    if (Math.abs(c.length - name.length) >= bestD) continue;
    const d = editDistance(name, c);
    if (d < bestD && d < name.length / 2) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
