import { beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, seedCustomers, type TestApp } from '../support/test-app';
import { makeBotHarness, type ApiCall } from '../support/bot-harness';
import { createLinkCode } from '../../server/services/users';

let t: TestApp;
let h: ReturnType<typeof makeBotHarness>;
const SALES_TG = 5001;

beforeEach(async () => {
  t = await makeTestApp();
  await seedCustomers(t);
  h = makeBotHarness(t);
  const code = await createLinkCode(t.database.db, 'sales1', t.clock.now);
  await h.text(SALES_TG, `/start ${code}`);
});

/** The callback data of the button labelled `label` in the last keyboard of `calls`. */
function data(calls: ApiCall[], label: string): string {
  const b = h.buttons(calls).find(([text]) => text === label || text === `✓ ${label}`);
  if (!b) throw new Error(`no button "${label}" in ${JSON.stringify(h.buttons(calls).map((x) => x[0]))}`);
  return b[1];
}
const last = (calls: ApiCall[]) => h.replies(calls).at(-1) ?? '';
const interviews = async () => (await t.database.client.execute(
  'SELECT i.id, c.customer_id, i.answers, i.template_id, i.template_version FROM interviews i JOIN customers c ON c.pk = i.customer_pk',
)).rows;
const chatState = async () => {
  const rs = await t.database.client.execute({ sql: 'SELECT state FROM bot_chats WHERE telegram_user_id = ?', args: [SALES_TG] });
  return rs.rows[0]?.[0] ? JSON.parse(String(rs.rows[0][0])) : null;
};

describe('bot: /interview, a guided conversation from the template', () => {
  it('walks the template with buttons and text, re-asks on a validation error, skips, pauses, survives a restart, and saves once', async () => {
    let c = await h.text(SALES_TG, '/interview 张伟');
    expect(h.replies(c)[0]).toMatch(/开始为 张伟 填写客户深访\(共 7 个部分\)/);
    expect(last(c)).toContain('【1/7】基本信息');
    expect(last(c)).toContain('年龄 (必填)');
    expect(last(c)).toContain('16岁–100岁');

    // A validation error from the shared validator: the question is asked again with the reason.
    c = await h.text(SALES_TG, '12岁');
    expect(last(c)).toMatch(/❗「年龄」不能小于16岁/);
    expect(last(c)).toContain('年龄 (必填)');
    // A required field cannot be skipped.
    c = await h.text(SALES_TG, '/skip');
    expect(last(c)).toMatch(/「年龄」是必填项,不能跳过/);

    c = await h.text(SALES_TG, '大概35岁');
    expect(last(c)).toContain('✓ 年龄:35岁');
    expect(last(c)).toContain('性别');
    const genderQuestion = c;
    c = await h.press(SALES_TG, data(c, '男'));
    expect(last(c)).toContain('✓ 性别:男');
    expect(last(c)).toContain('学历');
    c = await h.press(SALES_TG, data(c, '跳过'));
    expect(last(c)).toContain('↷ 已跳过:学历');
    expect(last(c)).toContain('户口所在地');
    c = await h.text(SALES_TG, '本市');
    // Skip the rest of 基本信息 → 职业信息.
    c = await h.press(SALES_TG, data(c, '跳过本部分'));
    expect(last(c)).toContain('【2/7】职业信息');

    // Pause: free text is no longer taken as an answer.
    c = await h.press(SALES_TG, data(c, '稍后继续'));
    expect(last(c)).toMatch(/已暂停,发送 \/interview 可继续/);
    expect(last(await h.text(SALES_TG, '今天天气不错'))).toMatch(/没太明白/);
    expect((await chatState()).answers).toEqual({ basic: { age: 35, gender: 'male', hukou: '本市' } });

    // A restart: a new bot instance over the same database resumes where we were.
    h = makeBotHarness(t, { firstUpdateId: 10_000 });
    c = await h.text(SALES_TG, '/interview');
    expect(last(c)).toMatch(/继续 张伟 的深访/);
    expect(last(c)).toContain('【2/7】职业信息');
    c = await h.press(SALES_TG, data(c, '跳过本部分')); // → 兴趣爱好
    expect(last(c)).toContain('【3/7】兴趣爱好');
    c = await h.press(SALES_TG, data(c, '跳过本部分')); // → 媒介习惯
    c = await h.press(SALES_TG, data(c, '跳过本部分')); // → 车辆购买
    expect(last(c)).toContain('【5/7】车辆购买');
    expect(last(c)).toContain('是否首购 (必填)');
    c = await h.press(SALES_TG, data(c, '增购'));
    expect(last(c)).toContain('首购车型'); // shown only for 增购 (showIf)
    c = await h.press(SALES_TG, data(c, '跳过本部分')); // leaves 汽车总量 (required) unanswered
    expect(last(c)).toContain('【6/7】车辆用途');

    c = await h.text(SALES_TG, '60%');
    expect(last(c)).toContain('✓ 载人比例:60%');
    c = await h.text(SALES_TG, '50%');
    expect(last(c)).toMatch(/❗「载人比例」与「拉货比例」之和不能超过100%/);
    c = await h.text(SALES_TG, '4成');
    expect(last(c)).toContain('✓ 拉货比例:40%');
    expect(last(c)).toContain('货物类型'); // cargo share > 0
    const before = c;
    c = await h.press(SALES_TG, data(before, '商品'));
    expect(c.map((x) => x.method)).toContain('editMessageReplyMarkup');
    expect(h.buttons(c).map((b) => b[0])).toContain('✓ 商品');
    c = await h.press(SALES_TG, data(c, '工具设备'));
    // A button of an already answered question does nothing.
    const stale = await h.press(SALES_TG, data(genderQuestion, '女'));
    expect(h.toasts(stale)).toEqual(['这个问题已经回答过了。']);
    expect(h.replies(stale)).toEqual([]);
    c = await h.press(SALES_TG, data(c, '完成'));
    expect(last(c)).toContain('✓ 货物类型:商品、工具设备');
    c = await h.press(SALES_TG, data(c, '跳过本部分')); // → 车辆评价
    expect(last(c)).toContain('【7/7】车辆评价');
    c = await h.press(SALES_TG, data(c, '跳过本部分')); // end: the validator finds 汽车总量 missing
    expect(last(c)).toMatch(/保存前还需要补充:请填写「汽车总量」/);
    expect(last(c)).toContain('汽车总量 (必填)');
    c = await h.text(SALES_TG, '3辆');
    expect(last(c)).toContain('张伟 的深访汇总');
    expect(last(c)).toContain('年龄: 35岁');
    expect(last(c)).toContain('汽车总量: 3辆');

    const save = data(c, '💾 保存');
    expect(last(await h.press(SALES_TG, save))).toMatch(/深访已保存到 张伟 的画像/);
    const again = await h.press(SALES_TG, save);
    expect(h.toasts(again)).toEqual(['这份深访已经保存或结束了。']);
    expect(h.replies(again)).toEqual([]);

    const rows = await interviews();
    expect(rows).toHaveLength(1);
    expect(rows[0][1]).toBe('C-1');
    expect([rows[0][3], rows[0][4]]).toEqual(['customer_interview', 1]);
    expect(JSON.parse(String(rows[0][2]))).toEqual({
      basic: { age: 35, gender: 'male', hukou: '本市' },
      purchase: { purchase_type: 'additional', fleet_size: 3 },
      vehicle_use: { passenger_share: 0.6, cargo_share: 0.4, cargo_types: ['goods', 'tools'] },
    });
    expect(await chatState()).toBeNull();
  });

  it('stores one interview when the same save is delivered twice concurrently', async () => {
    let c = await h.text(SALES_TG, '/interview 王芳物流');
    c = await h.text(SALES_TG, '40');
    c = await h.press(SALES_TG, data(c, '女'));
    for (let i = 0; i < 4; i++) c = await h.press(SALES_TG, data(c, '跳过本部分'));
    c = await h.press(SALES_TG, data(c, '首次购车'));
    for (let i = 0; i < 3; i++) c = await h.press(SALES_TG, data(c, '跳过本部分'));
    expect(last(c)).toContain('王芳物流 的深访汇总');
    const save = data(c, '💾 保存');
    await Promise.all([h.press(SALES_TG, save), h.press(SALES_TG, save)]);
    const rows = await interviews();
    expect(rows.map((r) => r[1])).toEqual(['C-3']);
    expect(JSON.parse(String(rows[0][2]))).toEqual({ basic: { age: 40, gender: 'female' }, purchase: { purchase_type: 'first' } });
  });

  it('creates a new prospect on the way, owned by the salesperson', async () => {
    const c = await h.text(SALES_TG, '/interview 新客户 赵六 13800001234');
    expect(h.replies(c)[0]).toMatch(/已新建潜在客户 赵六\(C-\d+\),负责人是您/);
    expect(last(c)).toContain('年龄');
    const rs = await t.database.client.execute("SELECT c.customer_id, c.phone, u.login FROM customers c JOIN users u ON u.id = c.owner_id WHERE c.name = '赵六'");
    expect(rs.rows.map((r) => [r[1], r[2]])).toEqual([['13800001234', 'sales1']]);
    expect((await chatState()).customerId).toBe(rs.rows[0][0]);
  });

  it('offers to create a prospect when nobody matches, and never reveals another salesperson\'s customer', async () => {
    // 李娜 belongs to sales2: to sales1 she does not exist.
    let c = await h.text(SALES_TG, '/interview 李娜');
    expect(last(c)).toMatch(/没有找到「李娜」。要新建潜在客户「李娜」并开始深访吗/);
    expect(last(c)).not.toContain('1390000');
    c = await h.press(SALES_TG, data(c, '新建并开始'));
    expect(last(c)).toContain('年龄');
    const rs = await t.database.client.execute("SELECT c.customer_id, u.login FROM customers c LEFT JOIN users u ON u.id = c.owner_id WHERE c.name = '李娜' ORDER BY c.pk");
    expect(rs.rows.map((r) => [r[0], r[1]])).toEqual([['C-2', 'sales2'], [expect.stringMatching(/^C-\d{6}$/), 'sales1']]);

    // A hand-made button for C-2 is refused like an unknown customer.
    const forged = await h.press(SALES_TG, 'ivc:C-2');
    expect(h.replies(forged)).toEqual([expect.stringMatching(/没有找到/)]);
    expect((await chatState()).customerId).not.toBe('C-2');
  });

  it('a note from the churn list or a card reply does not disturb an interview in progress', async () => {
    await h.text(SALES_TG, '/interview 张伟');
    await h.text(SALES_TG, '35');
    const prompt = await h.press(SALES_TG, 'nt:C-3');
    expect(last(prompt)).toMatch(/写下关于 王芳物流 的笔记/);
    expect(last(await h.text(SALES_TG, '想换一台冷藏车', { replyTo: { text: last(prompt) } }))).toMatch(/笔记已保存/);
    const notes = await t.database.client.execute("SELECT n.text FROM notes n JOIN customers c ON c.pk = n.customer_pk WHERE c.customer_id = 'C-3'");
    expect(notes.rows.map((r) => r[0])).toEqual(['想换一台冷藏车']);
    const state = await chatState();
    expect([state.customerId, state.answers]).toEqual(['C-1', { basic: { age: 35 } }]);
    // The interview still takes the next plain answer (性别).
    expect(last(await h.text(SALES_TG, '女'))).toContain('✓ 性别:女');
  });

  it('cancelling a new-prospect offer keeps the interview that was open', async () => {
    await h.text(SALES_TG, '/interview 张伟');
    await h.text(SALES_TG, '35');
    const offer = await h.text(SALES_TG, '/interview 周八');
    expect(last(await h.press(SALES_TG, data(offer, '取消')))).toBe('已取消。');
    expect((await chatState()).answers).toEqual({ basic: { age: 35 } });
    const resumed = await h.text(SALES_TG, '/interview');
    expect(last(resumed)).toMatch(/继续 张伟 的深访/);
    expect(last(resumed)).toContain('性别');
  });

  it('speaks English to English users, with the template\'s English labels', async () => {
    let c = await h.text(SALES_TG, '/interview 张伟', { lang: 'en' });
    expect(last(c)).toContain('[1/7] Basic information');
    expect(last(c)).toContain('Age (required)');
    c = await h.text(SALES_TG, 'about 150', { lang: 'en' });
    expect(last(c)).toMatch(/❗"Age" must be at most 100 years/);
  });
});
