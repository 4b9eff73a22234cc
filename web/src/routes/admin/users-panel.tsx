import { useEffect, useState } from 'preact/hooks';
import type { ApiUser, Role } from '../../../../shared/api/types';
import { apiGet, apiPost } from '../../api/client';
import { tx, useLang } from '../../i18n/i18n';
import { A, fill } from './admin-text';
import { LinkCodeBox, type LinkCode } from './link-code-box';

const ROLES: readonly Role[] = ['sales', 'field', 'manager', 'admin'];
const blank = { login: '', name: '', role: 'sales' as Role, password: '' };

/** Users (`GET /api/users`), adding one (`POST /api/users`) and bot link codes. */
export function UsersPanel() {
  const lang = useLang();
  const [users, setUsers] = useState<ApiUser[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [form, setForm] = useState(blank);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [code, setCode] = useState<{ user: ApiUser; code: LinkCode } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const ctl = new AbortController();
    apiGet<{ items: ApiUser[] }>('/api/users', ctl.signal).then(
      (r) => setUsers(r.items),
      (err: unknown) => { if (!ctl.signal.aborted) setLoadError((err as Error).message); },
    );
    return () => ctl.abort();
  }, []);

  const add = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const body = { login: form.login.trim().toLowerCase(), role: form.role, password: form.password, ...(form.name.trim() ? { name: form.name.trim() } : {}) };
      const user = await apiPost<ApiUser>('/api/users', body);
      setUsers((list) => [...(list ?? []), user].sort((a, b) => a.login.localeCompare(b.login)));
      setForm(blank);
      setMessage({ ok: true, text: fill(tx(A.userAdded, lang), { login: user.login }) });
    } catch (err) {
      setMessage({ ok: false, text: `${tx(A.failed, lang)}: ${(err as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  const createCode = async (user: ApiUser) => {
    setMessage(null);
    try {
      setCode({ user, code: await apiPost<LinkCode>(`/api/users/${encodeURIComponent(user.login)}/link-code`) });
    } catch (err) {
      setMessage({ ok: false, text: `${tx(A.failed, lang)}: ${(err as Error).message}` });
    }
  };

  const set = (k: keyof typeof blank) => (e: Event) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });

  return (
    <div class="adm-form">
      <section class="adm-card" aria-labelledby="adm-users">
        <h3 id="adm-users">{tx(A.users, lang)}</h3>
        {loadError && <p class="adm-bad" role="alert">{tx(A.failed, lang)}: {loadError}</p>}
        {!users && !loadError && <p class="adm-note">{tx(A.loading, lang)}</p>}
        {users && (
          <div class="adm-scroll">
            <table class="adm-table">
              <thead>
                <tr>
                  <th scope="col">{tx(A.login, lang)}</th>
                  <th scope="col">{tx(A.userName, lang)}</th>
                  <th scope="col">{tx(A.role, lang)}</th>
                  <th scope="col">{tx(A.telegram, lang)}</th>
                </tr>
              </thead>
              <tbody>
                {users.map((u) => (
                  <tr key={u.login}>
                    <th scope="row"><code>{u.login}</code></th>
                    <td>{u.name}</td>
                    <td>{tx(A.roles[u.role], lang)}</td>
                    <td>
                      {u.telegramUserId ? tx(A.linked, lang) : tx(A.notLinked, lang)}{' '}
                      <button type="button" class="adm-link" aria-label={`${tx(A.linkCode, lang)}: ${u.login}`} onClick={() => void createCode(u)}>
                        {tx(A.linkCode, lang)}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {code && <LinkCodeBox name={code.user.name || code.user.login} code={code.code} />}
      </section>

      <form class="adm-card" onSubmit={add} aria-labelledby="adm-add-user">
        <h3 id="adm-add-user">{tx(A.addUser, lang)}</h3>
        <div class="adm-grid">
          <label class="adm-field"><span>{tx(A.login, lang)}</span>
            <input required pattern="[a-z0-9][a-z0-9._\-]{1,39}" autocomplete="off" autocapitalize="off" value={form.login} onInput={set('login')} aria-describedby="adm-login-help" />
          </label>
          <label class="adm-field"><span>{tx(A.userName, lang)}</span><input maxLength={80} value={form.name} onInput={set('name')} /></label>
          <label class="adm-field"><span>{tx(A.role, lang)}</span>
            <select value={form.role} onChange={set('role')}>{ROLES.map((r) => <option key={r} value={r}>{tx(A.roles[r], lang)}</option>)}</select>
          </label>
          <label class="adm-field"><span>{tx(A.password, lang)}</span>
            <input type="password" required minLength={8} maxLength={200} autocomplete="new-password" value={form.password} onInput={set('password')} />
          </label>
        </div>
        <p id="adm-login-help" class="adm-note">{tx(A.loginHelp, lang)}</p>
        <button type="submit" class="adm-button" disabled={busy}>{tx(A.addUser, lang)}</button>
        {message && <p class={message.ok ? 'adm-ok' : 'adm-bad'} role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
      </form>
    </div>
  );
}
