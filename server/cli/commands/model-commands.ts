import { CliError } from '../cli-context';
import { fitModelsAt } from '../../analytics/model-fit';
import { runBacktest } from '../../analytics/backtest';
import { asOfFlag } from './analytics-commands';
import { str, type Command } from './command';

const required = (value: string | boolean | undefined, name: string, usage: string) => {
  if (str(value) === undefined) throw new CliError(`${name} is required\nusage: huaxiang ${usage}`, 2);
  return value;
};
const fmt = (v: number | null | undefined, digits = 4) => (v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits));

export const modelFit: Command = {
  usage: '--calibration-end DATE [--unit week|day] [--first-purchase-from DATE] [--first-purchase-to DATE]',
  summary: 'Fits BG/NBD and Gamma-Gamma on the orders up to the calibration end and prints the parameters and any warnings.',
  options: { 'calibration-end': { type: 'string' }, unit: { type: 'string' }, 'first-purchase-from': { type: 'string' }, 'first-purchase-to': { type: 'string' } },
  async run(flags, _p, ctx) {
    const calibrationEnd = asOfFlag(required(flags['calibration-end'], '--calibration-end', `model fit ${modelFit.usage}`), ctx, '--calibration-end');
    const unit = str(flags.unit) ?? 'week';
    if (unit !== 'week' && unit !== 'day') throw new CliError(`--unit must be week or day, got ${JSON.stringify(unit)}`, 2);
    const from = flags['first-purchase-from'] === undefined ? undefined : asOfFlag(flags['first-purchase-from'], ctx, '--first-purchase-from');
    const to = flags['first-purchase-to'] === undefined ? undefined : asOfFlag(flags['first-purchase-to'], ctx, '--first-purchase-to');
    if (from && to && from > to) throw new CliError('--first-purchase-from is after --first-purchase-to', 2);
    const database = await ctx.open();
    ctx.progress('model fit: reading orders and fitting…');
    const r = await fitModelsAt(database.client, { calibrationEnd, unit, firstPurchaseFrom: from, firstPurchaseTo: to });
    ctx.out(r, () => [
      `calibration end ${r.calibration_end}, unit ${r.unit}${from || to ? `, first purchase ${from ?? '…'} to ${to ?? '…'}` : ''}`,
      r.bgnbd ? `BG/NBD (n ${r.bgnbd.n}): r ${fmt(r.bgnbd.r)}  α ${fmt(r.bgnbd.alpha)}  a ${fmt(r.bgnbd.a)}  b ${fmt(r.bgnbd.b)}  LL ${fmt(r.bgnbd.loglik, 2)}` : 'BG/NBD: not fitted',
      r.gamma_gamma ? `Gamma-Gamma (n ${r.gamma_gamma.n}): p ${fmt(r.gamma_gamma.p)}  q ${fmt(r.gamma_gamma.q)}  γ ${fmt(r.gamma_gamma.gamma)}  LL ${fmt(r.gamma_gamma.loglik, 2)}` : 'Gamma-Gamma: not fitted',
      ...r.warnings.map((w) => `warning: ${w}`),
    ].join('\n'));
  },
};

export const backtest: Command = {
  usage: '--calibration-end DATE --holdout-end DATE',
  summary: 'Scores churn risk as of the calibration end and checks it against who bought in the holdout (AUC, top-decile lift, predicted vs actual purchases, recency baseline).',
  options: { 'calibration-end': { type: 'string' }, 'holdout-end': { type: 'string' } },
  async run(flags, _p, ctx) {
    const calibrationEnd = asOfFlag(required(flags['calibration-end'], '--calibration-end', `backtest ${backtest.usage}`), ctx, '--calibration-end');
    const holdoutEnd = asOfFlag(required(flags['holdout-end'], '--holdout-end', `backtest ${backtest.usage}`), ctx, '--holdout-end');
    if (holdoutEnd <= calibrationEnd) throw new CliError('--holdout-end must be after --calibration-end', 2);
    const database = await ctx.open();
    ctx.progress('backtest: fitting and scoring as of the calibration end…');
    const r = await runBacktest(database.client, { calibrationEnd, holdoutEnd });
    const m = r.baselines.model_expected_purchases;
    ctx.out(r, () => [
      `backtest: calibration to ${r.calibration_end}, holdout ${r.holdout_days} days to ${r.holdout_end}`,
      `customers ${r.customers}, no purchase in the holdout ${r.no_purchase} (${(100 * r.no_purchase_rate).toFixed(1)} %)`,
      `churn score:            AUC ${fmt(r.auc, 3)}  top-decile lift ${fmt(r.top_decile_lift, 2)}`,
      `recency only:           AUC ${fmt(r.baselines.recency.auc, 3)}  top-decile lift ${fmt(r.baselines.recency.top_decile_lift, 2)}`,
      `model purchases only:   AUC ${fmt(m?.auc, 3)}  top-decile lift ${fmt(m?.top_decile_lift, 2)}`,
      `holdout purchases: predicted ${fmt(r.predicted_purchases, 1)}, actual ${r.actual_purchases}`,
      ...r.by_level.map((l) => `  ${l.level.padEnd(6)} ${String(l.customers).padStart(8)} customers, ${(100 * l.no_purchase_rate).toFixed(1)} % made no purchase`),
      ...r.models.warnings.map((w) => `warning: ${w}`),
    ].join('\n'));
  },
};
