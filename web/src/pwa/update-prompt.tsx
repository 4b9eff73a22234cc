import { useRegisterSW } from 'virtual:pwa-register/preact';
import { tx, useLang } from '../i18n/i18n';

/**
 * Registers the service worker (registerType "prompt") once the page has
 * loaded (`immediate: false`, so its precache downloads do not compete with
 * the first view) and, when a new version is waiting, offers to activate it;
 * the page reloads under the new worker.
 */
export function UpdatePrompt() {
  const lang = useLang();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: false });
  if (!needRefresh && !offlineReady) return null;
  return (
    <div class="toast" role="status" aria-live="polite">
      {needRefresh ? (
        <button type="button" class="toast-action" onClick={() => void updateServiceWorker(true)}>
          {tx({ zh: '有新版本，点击刷新', en: 'A new version is available — tap to refresh' }, lang)}
        </button>
      ) : (
        <span>{tx({ zh: '已可离线使用', en: 'Ready to work offline' }, lang)}</span>
      )}
      <button type="button" class="toast-close" aria-label={tx({ zh: '关闭', en: 'Dismiss' }, lang)}
        onClick={() => { setNeedRefresh(false); setOfflineReady(false); }}>×</button>
    </div>
  );
}
