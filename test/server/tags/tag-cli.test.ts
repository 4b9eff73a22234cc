import { beforeEach, describe, expect, it } from 'vitest';
import { CliError, type CliContext } from '../../../server/cli/cli-context';
import { tagAdd, tagPreview, tagValidate } from '../../../server/cli/commands/tag-commands';
import { makeTagTestApp, seedOrders, type TagTestApp } from './tag-test-app';

let t: TagTestApp;
let printed: unknown[];
let ctx: CliContext;
beforeEach(async () => {
  t = await makeTagTestApp();
  await seedOrders(t);
  printed = [];
  ctx = {
    config: t.deps.config, json: true, open: async () => t.database, out: (result) => printed.push(result), progress: () => {}, now: () => t.clock.now,
  };
});

describe('huaxiang tag …', () => {
  it('tag preview --expr counts every live customer', async () => {
    await tagPreview.run({ expr: 'monetary_365d > 100000' }, [], ctx);
    expect(printed).toEqual([{ count: 2, sample: ['C-1', 'C-2'] }]);
  });

  it('tag preview shows the position of a mistake under the expression', async () => {
    const err = await tagPreview.run({ expr: 'recency_days >> 3' }, [], ctx).catch((e) => e);
    expect(err).toBeInstanceOf(CliError);
    expect(err.message).toContain('\n  recency_days >> 3\n                ^\n');
    expect(err.payload.error.details.position).toBe(14);
  });

  it('tag add defines and evaluates a tag; tag validate reports on it', async () => {
    await tagAdd.run({ category: '消费行为', group: '消费特征', kind: 'rule', expr: 'frequency >= 1' }, ['有过订单'], ctx);
    expect(printed[0]).toMatchObject({ name: { zh: '有过订单' }, kind: 'rule', count: 3 });
    await expect(tagAdd.run({ category: 'a', group: 'b', kind: 'magic' }, ['x'], ctx)).rejects.toThrow(/--kind must be one of/);
    await tagValidate.run({ outcome: 'purchase', days: '30' }, ['有过订单'], ctx);
    // Assigned today: nobody's 30-day window has ended yet.
    expect(printed[1]).toMatchObject({ customers: 0, pending: 3, control_share: 0.1 });
    await expect(tagValidate.run({ outcome: 'visit', days: '30' }, ['有过订单'], ctx)).rejects.toThrow(/--outcome must be purchase/);
  });
});
