import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postToGroups } from '../../../server/digest/group-webhooks';

interface Received { path: string; query: URLSearchParams; body: Record<string, any> }
const received: Received[] = [];
let base = '';
const server = createServer((req: IncomingMessage, res) => {
  let data = '';
  req.on('data', (c) => { data += c; });
  req.on('end', () => {
    const url = new URL(req.url!, 'http://x');
    received.push({ path: url.pathname, query: url.searchParams, body: JSON.parse(data) });
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0}');
  });
});
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const NOW = new Date('2026-11-23T01:00:00Z');
const MD = '**客户分层周报 · 2026-W48**\n本周新进入高流失风险: 7位';

describe('group webhooks (WeCom, Feishu, DingTalk)', () => {
  it('posts each platform\'s markdown format with the right signature', async () => {
    const results = await postToGroups([
      { kind: 'wecom', url: `${base}/cgi-bin/webhook/send?key=abc` },
      { kind: 'feishu', url: `${base}/open-apis/bot/v2/hook/xyz`, secret: 'fs-secret' },
      { kind: 'dingtalk', url: `${base}/robot/send?access_token=tok`, secret: 'SECdd' },
    ], '画像周报 2026-W48', MD, NOW);
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);

    const wecom = received.find((r) => r.path === '/cgi-bin/webhook/send')!;
    expect(wecom.query.get('key')).toBe('abc');
    expect(wecom.body).toEqual({ msgtype: 'markdown', markdown: { content: MD } });

    const feishu = received.find((r) => r.path.startsWith('/open-apis'))!;
    const ts = String(NOW.getTime() / 1000);
    expect(feishu.body.timestamp).toBe(ts);
    // Feishu: base64(HMAC-SHA256 with key "timestamp\nsecret" over an empty message).
    expect(feishu.body.sign).toBe(createHmac('sha256', `${ts}\nfs-secret`).update('').digest('base64'));
    expect(feishu.body.msg_type).toBe('interactive');
    expect(feishu.body.card.elements[0]).toEqual({ tag: 'markdown', content: MD });
    expect(feishu.body.card.header.title.content).toBe('画像周报 2026-W48');

    const ding = received.find((r) => r.path === '/robot/send')!;
    const ms = String(NOW.getTime());
    expect(ding.query.get('access_token')).toBe('tok');
    expect(ding.query.get('timestamp')).toBe(ms);
    // DingTalk: base64(HMAC-SHA256 with key secret over "timestamp\nsecret"), URL-encoded on the query.
    expect(ding.query.get('sign')).toBe(createHmac('sha256', 'SECdd').update(`${ms}\nSECdd`).digest('base64'));
    expect(ding.body).toEqual({ msgtype: 'markdown', markdown: { title: '画像周报 2026-W48', text: MD } });
  });

  it('reports an unreachable hook instead of throwing', async () => {
    const [r] = await postToGroups([{ kind: 'wecom', url: 'http://127.0.0.1:1/nothing' }], 't', 'x', NOW);
    expect(r.ok).toBe(false);
  });
});
