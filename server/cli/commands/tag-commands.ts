import { TagLanguageError, TAG_KINDS, type TagKind } from '../../../shared/tags/index';
import { localDate } from '../../local-time';
import { createTag } from '../../tags/create-tag';
import { previewTag } from '../../tags/preview-tag';
import { validateTag } from '../../tags/validate-tag';
import { CliError } from '../cli-context';
import { asOfFlag } from './analytics-commands';
import { str, type Command } from './command';

/** A language error as a CLI failure: the expression with a caret under the position, and --json gets the details. */
function languageFailure(e: TagLanguageError, source: string): CliError {
  const caret = `${' '.repeat(e.position)}^`;
  return new CliError(`${e.text.zh} / ${e.text.en}\n  ${source}\n  ${caret}\nexpected: ${e.expected.join(', ')}`, 1, { error: { code: 'validation', details: e.toDetails() } });
}

export const tagPreview: Command = {
  usage: '--expr EXPRESSION [--as-of DATE] [--sample N]',
  summary: 'Counts the customers a tag expression would tag now (e.g. --expr \'recency_days > 90 and aov_trend < -0.2\'), with a sample of ids.',
  options: { expr: { type: 'string' }, 'as-of': { type: 'string' }, sample: { type: 'string' } },
  async run(flags, _p, ctx) {
    const source = str(flags.expr);
    if (!source) throw new CliError('usage: huaxiang tag preview --expr EXPRESSION', 2);
    const sample = str(flags.sample) === undefined ? 20 : Number(flags.sample);
    if (!Number.isInteger(sample) || sample < 0 || sample > 1000) throw new CliError('--sample must be a whole number from 0 to 1000', 2);
    const asOf = asOfFlag(flags['as-of'], ctx);
    const database = await ctx.open();
    try {
      const result = await previewTag(database, source, null, { asOf, nowIso: ctx.now().toISOString() }, sample);
      ctx.out(result, () => `${result.count} customers${result.sample.length ? `: ${result.sample.join(', ')}${result.count > result.sample.length ? ', …' : ''}` : ''}`);
    } catch (e) {
      if (e instanceof TagLanguageError) throw languageFailure(e, source);
      throw e;
    }
  },
};

export const tagAdd: Command = {
  usage: 'NAME_ZH --category C --group G --kind rule|statistical|predictive|manual|event [--expr E] [--name-en N] [--ttl-days D] [--description T]',
  summary: 'Defines a tag in the taxonomy; expression tags are evaluated at once and the count is printed.',
  options: {
    category: { type: 'string' }, group: { type: 'string' }, kind: { type: 'string' }, expr: { type: 'string' },
    'name-en': { type: 'string' }, 'ttl-days': { type: 'string' }, description: { type: 'string' },
  },
  async run(flags, [name], ctx) {
    const kind = str(flags.kind) as TagKind | undefined;
    const category = str(flags.category);
    const group = str(flags.group);
    if (!name || !kind || !category || !group) throw new CliError(`usage: huaxiang tag add ${tagAdd.usage}`, 2);
    if (!TAG_KINDS.includes(kind)) throw new CliError(`--kind must be one of ${TAG_KINDS.join(', ')}`, 2);
    const ttl = str(flags['ttl-days']) === undefined ? null : Number(flags['ttl-days']);
    if (ttl !== null && (!Number.isInteger(ttl) || ttl < 1)) throw new CliError('--ttl-days must be a whole number ≥ 1', 2);
    const source = str(flags.expr) ?? null;
    const database = await ctx.open();
    try {
      const tag = await createTag(database, { name_zh: name, name_en: str(flags['name-en']), category, group, kind, expression: source, ttl_days: ttl,
        description: str(flags.description) }, null, { asOf: localDate(ctx.now(), ctx.config.timeZone), nowIso: ctx.now().toISOString() });
      ctx.out(tag, () => `added ${tag.kind} tag ${tag.name.zh} (${tag.id}) under ${tag.category} → ${tag.group}; ${tag.count} customers carry it`);
    } catch (e) {
      if (e instanceof TagLanguageError) throw languageFailure(e, source ?? '');
      throw e;
    }
  },
};

export const tagValidate: Command = {
  usage: 'TAG --outcome purchase --days N [--control-share S] [--cost C]',
  summary: 'A/B validation of a tag (id or Chinese name): outcome rates, lift, 95 % CI, p-value, and ROI when the campaign cost is given.',
  options: { outcome: { type: 'string' }, days: { type: 'string' }, 'control-share': { type: 'string' }, cost: { type: 'string' } },
  async run(flags, [tag], ctx) {
    if (!tag) throw new CliError(`usage: huaxiang tag validate ${tagValidate.usage}`, 2);
    if ((str(flags.outcome) ?? 'purchase') !== 'purchase') throw new CliError('--outcome must be purchase', 2);
    const days = Number(str(flags.days) ?? 30);
    const share = Number(str(flags['control-share']) ?? 0.1);
    const cost = str(flags.cost) === undefined ? null : Number(flags.cost);
    if (!Number.isInteger(days) || days < 1) throw new CliError('--days must be a whole number ≥ 1', 2);
    if (!(share > 0 && share < 1)) throw new CliError('--control-share must be between 0 and 1', 2);
    if (cost !== null && !(cost >= 0)) throw new CliError('--cost must be a number ≥ 0', 2);
    const database = await ctx.open();
    const r = await validateTag(database, tag, { outcome: 'purchase', days, controlShare: share, cost }, { nowIso: ctx.now().toISOString(), timeZone: ctx.config.timeZone });
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    ctx.out(r, () => [
      `${r.tag.name.zh} (${r.tag.id}): purchase within ${r.days} days, ${r.customers} customers (${r.pending} still in their window)`,
      `treatment ${r.treatment.successes}/${r.treatment.n} = ${pct(r.treatment.rate)} · control ${r.control.successes}/${r.control.n} = ${pct(r.control.rate)}`,
      `lift ${pct(r.absolute_lift)}${r.relative_lift === null ? '' : ` (relative ${pct(r.relative_lift)})`}, 95% CI [${pct(r.ci95[0])}, ${pct(r.ci95[1])}], p = ${r.p_value.toPrecision(3)}${r.significant ? ' (significant)' : ''}`,
      ...(r.roi === null ? [] : [`ROI = (${r.incremental_revenue!.toFixed(2)} − ${r.cost}) / ${r.cost} = ${pct(r.roi)}`]),
    ].join('\n'));
  },
};
