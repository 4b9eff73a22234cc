import type { ApiUser } from '../../../shared/api/types';
import { logout } from '../auth/session';
import { setLang, tx, useLang } from '../i18n/i18n';
import { useOutbox } from '../offline/use-outbox';
import { useOnline } from './use-online';
import { BrandMark } from './brand-mark';

const ROLE = {
  sales: { zh: '销售顾问', en: 'Sales' },
  field: { zh: '外勤', en: 'Field rep' },
  manager: { zh: '销售经理', en: 'Manager' },
  admin: { zh: '管理员', en: 'Admin' },
} as const;

/** Top bar: app name, who is signed in, network and outbox state, language switch, logout. */
export function AppHeader({ user, offline }: { user: ApiUser; offline: boolean }) {
  const lang = useLang();
  const online = useOnline() && !offline;
  const { items } = useOutbox();
  const waiting = items.filter((i) => i.status !== 'synced').length;
  return (
    <header class="app-header">
      <a class="brand" href="/" aria-label={tx({ zh: '画像 首页', en: 'Huaxiang home' }, lang)}>
        <BrandMark size={28} />
        <span>{tx({ zh: '画像', en: 'Huaxiang' }, lang)}</span>
      </a>
      <span class="who">{user.name || user.login} · {tx(ROLE[user.role], lang)}</span>
      <span class="header-status" role="status" aria-live="polite">
        {!online && <span class="pill pill--offline">{tx({ zh: '离线', en: 'Offline' }, lang)}</span>}
        {waiting > 0 && <span class="pill pill--pending">{tx({ zh: `${waiting} 条待同步`, en: `${waiting} to sync` }, lang)}</span>}
      </span>
      <button type="button" class="btn-link" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} lang={lang === 'zh' ? 'en' : 'zh-CN'}>
        {lang === 'zh' ? 'EN' : '中文'}
      </button>
      <button type="button" class="btn-link" onClick={() => void logout()}>
        {tx({ zh: '退出', en: 'Log out' }, lang)}
      </button>
    </header>
  );
}
