import { tx, useLang } from '../i18n/i18n';

export function NotFoundPage() {
  const lang = useLang();
  return (
    <section class="page">
      <h1>{tx({ zh: '找不到这个页面', en: 'Page not found' }, lang)}</h1>
      <p><a href="/">{tx({ zh: '返回今日', en: 'Back to Today' }, lang)}</a></p>
    </section>
  );
}

export function ForbiddenPage() {
  const lang = useLang();
  return (
    <section class="page">
      <h1>{tx({ zh: '没有权限查看此页面', en: 'You do not have access to this page' }, lang)}</h1>
      <p><a href="/">{tx({ zh: '返回今日', en: 'Back to Today' }, lang)}</a></p>
    </section>
  );
}
