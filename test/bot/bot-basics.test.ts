import { beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, seedCustomers, type TestApp } from '../support/test-app';
import { makeBotHarness } from '../support/bot-harness';
import { createLinkCode } from '../../server/services/users';

let t: TestApp;
let h: ReturnType<typeof makeBotHarness>;
const SALES_TG = 5001;
const STRANGER_TG = 9009;

beforeEach(async () => {
  t = await makeTestApp();
  await seedCustomers(t);
  h = makeBotHarness(t);
  const code = await createLinkCode(t.database.db, 'sales1', t.clock.now);
  await h.text(SALES_TG, `/start ${code}`);
});

describe('bot: linking and access', () => {
  it('links with a one-time code; the code cannot be used twice', async () => {
    const code = await createLinkCode(t.database.db, 'manager1', t.clock.now);
    expect(h.replies(await h.text(7001, `/start ${code}`))[0]).toMatch(/绑定成功/);
    expect(h.replies(await h.text(7002, `/start ${code}`))[0]).toMatch(/绑定码无效/);
  });

  it('an unknown user gets a short explanation and nothing else', async () => {
    const replies = h.replies(await h.text(STRANGER_TG, '/find 张伟'));
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/请先绑定账号/);
    expect(replies[0]).not.toMatch(/张伟/);
  });

  it('speaks English to English Telegram users and switches with /lang', async () => {
    expect(h.replies(await h.text(SALES_TG, '/help', { lang: 'en' }))[0]).toMatch(/You can ask me/);
    await h.text(SALES_TG, '/lang en');
    expect(h.replies(await h.text(SALES_TG, '/help'))[0]).toMatch(/You can ask me/);
    await h.text(SALES_TG, '/lang zh');
    expect(h.replies(await h.text(SALES_TG, '/help', { lang: 'en' }))[0]).toMatch(/可以这样问我/);
  });

  it('a database busy with the daily refresh gets "try again in a minute", in the user\'s language', async () => {
    const original = h.services.findCustomers;
    h.services.findCustomers = async () => {
      throw Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY', rawCode: 5 });
    };
    expect(h.replies(await h.text(SALES_TG, '/find 张伟'))).toEqual(['系统正在更新数据(每日刷新或导入),这条消息没有保存,请一分钟后再发一次。']);
    expect(h.replies(await h.text(SALES_TG, '/find 张伟', { lang: 'en' }))[0]).toMatch(/updating its data.*send it again in a minute/);
    h.services.findCustomers = async () => {
      throw new Error('something else');
    };
    expect(h.replies(await h.text(SALES_TG, '/find 张伟'))).toEqual(['抱歉,处理时出错了,请稍后再试。']);
    h.services.findCustomers = original;
  });

  it('handles a redelivered update only once', async () => {
    const first = await h.text(SALES_TG, '/help', { updateId: 777 });
    const again = await h.text(SALES_TG, '/help', { updateId: 777 });
    expect(h.replies(first)).toHaveLength(1);
    expect(again).toHaveLength(0);
  });

  it('never lists customers in a group chat', async () => {
    const replies = h.replies(await h.text(SALES_TG, '/find 张伟', { chat: { id: -100, type: 'group' } }));
    expect(replies).toEqual([expect.stringMatching(/群聊里只发送周报/)]);
  });
});

describe('bot: find and notes', () => {
  it('/find shows a compact portrait with the phone masked', async () => {
    const [card] = h.replies(await h.text(SALES_TG, '/find 张伟'));
    expect(card).toContain('张伟');
    expect(card).toContain('138****1234');
    expect(card).not.toContain('13812341234');
    expect(card).toContain('/customers/C-1');
  });

  it('a salesperson cannot find another salesperson\'s customer', async () => {
    const [reply] = h.replies(await h.text(SALES_TG, '/find 李娜'));
    expect(reply).toMatch(/没有找到/);
  });

  it('free text "查一下 5678" does not leak; "查一下 1234" finds by phone tail', async () => {
    expect(h.replies(await h.text(SALES_TG, '查一下 5678'))[0]).toMatch(/没有找到/);
    expect(h.replies(await h.text(SALES_TG, '查一下 1234'))[0]).toContain('🆔 C-1');
  });

  it('/note and a reply to a card both store notes', async () => {
    expect(h.replies(await h.text(SALES_TG, '/note 张伟 下周回访,关注二手车置换'))[0]).toMatch(/笔记已保存/);
    const [card] = h.replies(await h.text(SALES_TG, '/find 王芳'));
    expect(h.replies(await h.text(SALES_TG, '客户想了解新款厢式货车', { replyTo: { text: card } }))[0]).toMatch(/笔记已保存/);
    const notes = await t.database.client.execute('SELECT c.customer_id, n.text FROM notes n JOIN customers c ON c.pk = n.customer_pk ORDER BY n.created_at, n.id');
    expect(notes.rows.map((r) => [r.customer_id, r.text])).toEqual(expect.arrayContaining([['C-1', '下周回访,关注二手车置换'], ['C-3', '客户想了解新款厢式货车']]));
  });
});
