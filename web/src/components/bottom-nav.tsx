import { useLocation } from 'preact-iso';
import type { Role } from '../../../shared/api/types';
import { canSeeAdmin, canSeeDashboard } from '../auth/session';
import { tx, useLang } from '../i18n/i18n';

interface Tab { href: string; label: { zh: string; en: string }; icon: string; show: (r: Role) => boolean }

/** 24×24 outline icons (single paths). */
const TABS: Tab[] = [
  { href: '/', label: { zh: '今日', en: 'Today' }, show: () => true,
    icon: 'M4 5h16v15H4zM4 9h16M8 3v4M16 3v4' },
  { href: '/customers', label: { zh: '客户', en: 'Customers' }, show: () => true,
    icon: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21a7 7 0 0 1 14 0M16 3.5a4 4 0 0 1 0 7.5M18 14a6 6 0 0 1 4 7' },
  { href: '/dashboard', label: { zh: '看板', en: 'Dashboard' }, show: canSeeDashboard,
    icon: 'M4 20V10M10 20V4M16 20v-7M22 20H2' },
  { href: '/admin', label: { zh: '管理', en: 'Admin' }, show: canSeeAdmin,
    icon: 'M4 6h9M17 6h3M15 4v4M4 12h3M11 12h9M9 10v4M4 18h11M19 18h1M17 16v4' },
];

/** Role-aware navigation: a bottom bar on phones, a side column on wide screens (CSS). */
export function BottomNav({ role }: { role: Role }) {
  const lang = useLang();
  const { path } = useLocation();
  const active = (href: string) => (href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`));
  return (
    <nav class="bottom-nav" aria-label={tx({ zh: '主导航', en: 'Main navigation' }, lang)}>
      {TABS.filter((t) => t.show(role)).map((t) => (
        <a href={t.href} class={active(t.href) ? 'tab tab--active' : 'tab'} aria-current={active(t.href) ? 'page' : undefined}>
          <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path d={t.icon} /></svg>
          <span>{tx(t.label, lang)}</span>
        </a>
      ))}
    </nav>
  );
}
