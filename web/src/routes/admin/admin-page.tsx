import { useRef, useState } from 'preact/hooks';
import { tx, useLang } from '../../i18n/i18n';
import { A } from './admin-text';
import { ImportPanel } from './import-panel';
import { TagEditor } from './tag-editor';
import { ThresholdsForm } from './thresholds-form';
import { UsersPanel } from './users-panel';
import './admin.css';

const TABS = [
  { id: 'import', label: A.tabImport, Panel: ImportPanel },
  { id: 'tags', label: A.tabTags, Panel: TagEditor },
  { id: 'thresholds', label: A.tabThresholds, Panel: ThresholdsForm },
  { id: 'users', label: A.tabUsers, Panel: UsersPanel },
] as const;

/**
 * Admin screens (route `/admin`, admins only; the server enforces it too):
 * CSV import with a mapping preview, tag editor, thresholds, users and bot
 * link codes — as ARIA tabs (arrow keys move between them).
 */
export function AdminPage() {
  const lang = useLang();
  const [current, setCurrent] = useState(0);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const select = (i: number) => {
    const n = (i + TABS.length) % TABS.length;
    setCurrent(n);
    tabs.current[n]?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight') select(current + 1);
    else if (e.key === 'ArrowLeft') select(current - 1);
    else if (e.key === 'Home') select(0);
    else if (e.key === 'End') select(TABS.length - 1);
    else return;
    e.preventDefault();
  };
  const { id, Panel } = TABS[current];
  return (
    <div class="adm">
      <h1>{tx(A.title, lang)}</h1>
      <div role="tablist" class="adm-tabs" aria-label={tx(A.title, lang)} onKeyDown={onKey}>
        {TABS.map((t, i) => (
          <button key={t.id} type="button" role="tab" id={`adm-tab-${t.id}`} aria-controls={`adm-panel-${t.id}`}
            aria-selected={i === current} tabIndex={i === current ? 0 : -1}
            ref={(el) => { tabs.current[i] = el; }} onClick={() => setCurrent(i)}>
            {tx(t.label, lang)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`adm-panel-${id}`} aria-labelledby={`adm-tab-${id}`}>
        <Panel />
      </div>
    </div>
  );
}
