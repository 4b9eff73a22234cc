import { tx, useLang } from '../../i18n/i18n';
import { A, fill } from './admin-text';

/**
 * `POST /api/users/:login/link-code` as served by server/routes/user-routes.ts
 * (`{code, expires_in_s, usage}`); `expires_at` (ISO) is shown when a server sends it.
 */
export interface LinkCode { code: string; expires_in_s?: number; expires_at?: string; usage?: string }

/** The one-time code and how to use it in the Telegram bot. */
export function LinkCodeBox({ name, code }: { name: string; code: LinkCode }) {
  const lang = useLang();
  const validity = code.expires_at
    ? fill(tx(A.linkValidUntil, lang), { at: new Date(code.expires_at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') })
    : code.expires_in_s
      ? fill(tx(A.linkValidHours, lang), { h: Math.round(code.expires_in_s / 3600) })
      : '';
  return (
    <div class="adm-code" role="status">
      <p><strong>{fill(tx(A.linkCodeFor, lang), { name })}</strong></p>
      <p class="adm-code-value"><code>{code.code}</code></p>
      <p>{fill(tx(A.linkHowTo, lang), { code: code.code })}</p>
      {validity && <p class="adm-note">{validity}</p>}
    </div>
  );
}
