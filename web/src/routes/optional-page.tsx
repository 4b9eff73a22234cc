import type { ComponentType } from 'preact';
import { tx, useLang } from '../i18n/i18n';

/**
 * Loads a page module found by import.meta.glob and picks its named export;
 * when the module is not there (yet) the route shows a short notice instead.
 */
export async function optionalPage(load: (() => Promise<unknown>) | undefined, exportName: string): Promise<ComponentType> {
  if (!load) return NotAvailable;
  const mod = (await load()) as Record<string, ComponentType | undefined>;
  return mod[exportName] ?? NotAvailable;
}

function NotAvailable() {
  const lang = useLang();
  return (
    <section class="page">
      <h1>{tx({ zh: '此页面尚未开放', en: 'This page is not available yet' }, lang)}</h1>
    </section>
  );
}
