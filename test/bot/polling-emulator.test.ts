import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import TelegramServer from 'telegram-test-api';
import { makeTestApp, seedCustomers, type TestApp } from '../support/test-app';
import { seedWeeklyChurn } from '../support/bot-harness';
import { createLinkCode } from '../../server/services/users';
import { startBackgroundJobs } from '../../server/jobs/scheduler';

/**
 * End to end over real HTTP: the server's own bot start-up (polling mode,
 * TELEGRAM_API_ROOT pointing at the telegram-test-api emulator on loopback),
 * a user who links with a code and asks /churn. The emulator does not accept
 * port 0, so this file uses a fixed port.
 */
const PORT = 18931;
const TOKEN = '424242:POLLING-TEST';
const USER = 5001;

let server: TelegramServer;
let t: TestApp;
let jobs: Awaited<ReturnType<typeof startBackgroundJobs>>;

beforeAll(async () => {
  server = new TelegramServer({ port: PORT, host: '127.0.0.1', storeTimeout: 60 });
  await server.start();
  t = await makeTestApp();
  await seedCustomers(t);
  await seedWeeklyChurn(t, [
    { customerId: 'C-1', level: 'high', score: 0.81, valueAtRisk: 8000, reason: '距上次购买 97 天', previousLevel: 'low' },
    { customerId: 'C-2', level: 'high', score: 0.9, valueAtRisk: 9000, previousLevel: 'low' },
  ]);
  process.env.HUAXIANG_SCHEDULER = '0';
  delete process.env.TELEGRAM_WEBHOOK_SECRET;
  const config = { ...t.deps.config, telegramToken: TOKEN, telegramApiRoot: server.config.apiURL };
  jobs = await startBackgroundJobs({ ...t.deps, config }, t.app);
});

afterAll(async () => {
  jobs?.stop();
  await new Promise((r) => setTimeout(r, 200)); // let the last getUpdates return
  await server?.stop();
});

describe('bot in polling mode against the telegram-test-api emulator', () => {
  it('links with /start CODE and answers /churn with the salesperson\'s own list', async () => {
    expect(jobs.bot).toBeDefined();
    const client = server.getClient(TOKEN, { userId: USER, chatId: USER, timeout: 5000, interval: 50 });
    const code = await createLinkCode(t.database.db, 'sales1', t.clock.now);
    await client.sendCommand(client.makeCommand(`/start ${code}`));
    const linked = await client.getUpdates();
    expect(linked.result.map((u) => u.message.text)).toEqual([expect.stringMatching(/^绑定成功,sales1/)]);

    await client.sendCommand(client.makeCommand('/churn'));
    const churn = await client.getUpdates();
    expect(churn.result).toHaveLength(1);
    const msg = churn.result[0].message;
    expect(msg.text).toContain('本周(2026-W48)高流失风险客户共 1 位');
    expect(msg.text).toContain('张伟');
    expect(msg.text).toContain('距上次购买 97 天');
    expect(msg.text).not.toContain('李娜');
    expect(msg.parse_mode).toBe('HTML');
    const keyboard = (typeof msg.reply_markup === 'string' ? JSON.parse(msg.reply_markup) : msg.reply_markup) as { inline_keyboard: { callback_data: string }[][] };
    expect(keyboard.inline_keyboard.flat().map((b) => b.callback_data)).toEqual(['ct:C-1', 'nt:C-1']);
  });
});
