import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fork } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/db/client';
import { addUser } from '../../../server/services/users';
import { sendWeeklyDigest } from '../../../server/digest/send-digest';
import { loadConfig } from '../../../server/config';

const MONDAY_9 = new Date('2026-11-23T01:00:00Z'); // Monday 09:00 in Asia/Shanghai

async function freshDb() {
  const dir = mkdtempSync(join(tmpdir(), 'hx-digest-'));
  const url = `file:${join(dir, 'hx.db')}`;
  const database = await openDatabase(url);
  const manager = await addUser(database.db, { login: 'mgr', role: 'manager', password: 'long-password' });
  await database.client.execute({ sql: 'UPDATE users SET telegram_user_id = 555 WHERE id = ?', args: [manager.id] });
  return { url, database };
}

describe('weekly digest is sent once per ISO week', () => {
  it('two app instances on one database file: one sends, the other sees the claim', async () => {
    const { url, database } = await freshDb();
    const other = await openDatabase(url);
    const config = { ...loadConfig({}), demo: false };
    const sent: number[] = [];
    const send = async (chatId: number) => { sent.push(chatId); };
    const results = await Promise.all([
      sendWeeklyDigest({ database, config, now: MONDAY_9, send, hooks: [], claimant: 'a' }),
      sendWeeklyDigest({ database: other, config, now: MONDAY_9, send, hooks: [], claimant: 'b' }),
    ]);
    expect(results.filter((r) => r.sent)).toHaveLength(1);
    expect(sent).toEqual([555]);
    // Later in the same week: nothing more. Next week: sent again.
    expect((await sendWeeklyDigest({ database, config, now: new Date('2026-11-25T01:00:00Z'), send, hooks: [] })).sent).toBe(false);
    expect((await sendWeeklyDigest({ database, config, now: new Date('2026-11-30T01:00:00Z'), send, hooks: [] })).week).toBe('2026-W49');
    expect(sent).toEqual([555, 555]);
  });

  it('two processes racing on one file: exactly one claims the week', async () => {
    const { url } = await freshDb();
    const script = join(import.meta.dirname, 'claim-digest-child.ts');
    const run = (name: string) => new Promise<string>((resolve, reject) => {
      const child = fork(script, [url, name], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
      let out = '';
      child.stdout!.on('data', (d) => { out += d; });
      child.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`child ${name} exited ${code}`))));
    });
    const outcomes = await Promise.all([run('p1'), run('p2'), run('p3')]);
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'skipped')).toHaveLength(2);
  });
});
