import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApiError, isNetworkError } from '../../api/client';
import { login, useSession } from '../../auth/session';
import { setLang, tx, useLang } from '../../i18n/i18n';
import { BrandMark } from '../../components/brand-mark';

const L = {
  title: { zh: '登录画像', en: 'Sign in to Huaxiang' },
  tagline: { zh: '客户画像 · 分层 · 流失预警', en: 'Customer portraits · segments · churn alerts' },
  login: { zh: '账号', en: 'Login' },
  password: { zh: '密码', en: 'Password' },
  submit: { zh: '登录', en: 'Sign in' },
  busy: { zh: '正在登录…', en: 'Signing in…' },
  wrong: { zh: '账号或密码不正确', en: 'Wrong login or password' },
  limited: { zh: '尝试次数过多，请稍后再试', en: 'Too many attempts, please try again later' },
  offline: { zh: '现在离线，联网后才能登录', en: 'You are offline; signing in needs a connection' },
  failed: { zh: '登录失败，请重试', en: 'Sign-in failed, please try again' },
};

/** `next` must be a path of this app (no `//host` open redirect). */
export function safeNext(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

export function LoginPage() {
  const lang = useLang();
  const session = useSession();
  const { query, route } = useLocation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(name.trim(), password);
      route(safeNext(query.next), true);
    } catch (err) {
      setError(tx(
        err instanceof ApiError && err.status === 401 ? L.wrong
          : err instanceof ApiError && err.status === 429 ? L.limited
          : isNetworkError(err) ? L.offline : L.failed, lang));
    } finally {
      setBusy(false);
    }
  };

  // Signed in (a live session found, or just logged in), the shell leaves this page; the router keeps it
  // shown until the next page's chunk has loaded, under the header that appears meanwhile, which would
  // shift the whole form down (a layout shift of ≈ 0.1). Nothing is shown for that moment instead.
  if (session.status === 'signed-in') return null;

  return (
    <section class="login">
      <BrandMark size={64} />
      <h1>{tx(L.title, lang)}</h1>
      <p class="muted">{tx(L.tagline, lang)}</p>
      <form class="card login-form" onSubmit={onSubmit} noValidate>
        <label for="login-name">{tx(L.login, lang)}</label>
        <input id="login-name" name="username" autocomplete="username" autocapitalize="none" required
          value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <label for="login-password">{tx(L.password, lang)}</label>
        <input id="login-password" name="password" type="password" autocomplete="current-password" required
          value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        {error && <p class="error" role="alert">{error}</p>}
        <button class="btn btn--primary" type="submit" disabled={busy || !name.trim() || !password}>
          {tx(busy ? L.busy : L.submit, lang)}
        </button>
      </form>
      <button type="button" class="btn-link" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
        {lang === 'zh' ? 'English' : '中文'}
      </button>
    </section>
  );
}
