import { createHmac } from 'node:crypto';

/** A group-robot webhook: WeCom (企业微信), Feishu/Lark (飞书) or DingTalk (钉钉). */
export interface GroupWebhook {
  kind: 'wecom' | 'feishu' | 'dingtalk';
  url: string;
  /** Signing secret (Feishu and DingTalk "加签"); WeCom puts its key in the URL. */
  secret?: string;
}

export function groupWebhooksFromEnv(env: NodeJS.ProcessEnv = process.env): GroupWebhook[] {
  const out: GroupWebhook[] = [];
  if (env.HUAXIANG_WECOM_WEBHOOK) out.push({ kind: 'wecom', url: env.HUAXIANG_WECOM_WEBHOOK });
  if (env.HUAXIANG_FEISHU_WEBHOOK) out.push({ kind: 'feishu', url: env.HUAXIANG_FEISHU_WEBHOOK, secret: env.HUAXIANG_FEISHU_SECRET || undefined });
  if (env.HUAXIANG_DINGTALK_WEBHOOK) out.push({ kind: 'dingtalk', url: env.HUAXIANG_DINGTALK_WEBHOOK, secret: env.HUAXIANG_DINGTALK_SECRET || undefined });
  return out;
}

/**
 * The request for one platform. Formats and signatures follow each platform's
 * custom-robot documentation:
 * - WeCom: `{msgtype:'markdown', markdown:{content}}`.
 * - Feishu: `{timestamp, sign, msg_type:'interactive', card}`; sign =
 *   base64(HMAC-SHA256(key = `${timestamp}\n${secret}`, message = '')), timestamp in seconds.
 * - DingTalk: `{msgtype:'markdown', markdown:{title, text}}`; `&timestamp=&sign=` on the URL,
 *   sign = urlencode(base64(HMAC-SHA256(key = secret, message = `${timestamp}\n${secret}`))), timestamp in ms.
 */
export function webhookRequest(hook: GroupWebhook, title: string, markdown: string, now: Date): { url: string; body: unknown } {
  if (hook.kind === 'wecom') return { url: hook.url, body: { msgtype: 'markdown', markdown: { content: markdown } } };
  if (hook.kind === 'feishu') {
    const timestamp = String(Math.floor(now.getTime() / 1000));
    const card = {
      header: { title: { tag: 'plain_text', content: title } },
      elements: [{ tag: 'markdown', content: markdown }],
    };
    const signed = hook.secret ? { timestamp, sign: createHmac('sha256', `${timestamp}\n${hook.secret}`).update('').digest('base64') } : {};
    return { url: hook.url, body: { ...signed, msg_type: 'interactive', card } };
  }
  let url = hook.url;
  if (hook.secret) {
    const timestamp = String(now.getTime());
    const sign = encodeURIComponent(createHmac('sha256', hook.secret).update(`${timestamp}\n${hook.secret}`).digest('base64'));
    url += `${url.includes('?') ? '&' : '?'}timestamp=${timestamp}&sign=${sign}`;
  }
  return { url, body: { msgtype: 'markdown', markdown: { title, text: markdown } } };
}

/** Posts to every configured group; failures are reported per hook, never thrown. */
export async function postToGroups(hooks: GroupWebhook[], title: string, markdown: string, now: Date, fetchFn: typeof fetch = fetch) {
  const results: { kind: string; ok: boolean; status?: number; error?: string }[] = [];
  for (const hook of hooks) {
    const req = webhookRequest(hook, title, markdown, now);
    try {
      const res = await fetchFn(req.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(req.body), signal: AbortSignal.timeout(10_000) });
      results.push({ kind: hook.kind, ok: res.ok, status: res.status });
    } catch (err) {
      results.push({ kind: hook.kind, ok: false, error: (err as Error).name });
    }
  }
  return results;
}
