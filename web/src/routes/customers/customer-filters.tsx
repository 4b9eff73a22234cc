import type { Role } from '../../../../shared/api/types';
import { segmentCatalog } from '../../../../shared/segments/segment-catalog';
import { LIFECYCLE_LABELS } from '../../../../shared/segments/lifecycle';
import { useApi } from '../../components/use-api';
import { tx, useLang } from '../../i18n/i18n';
import { tagSuggestions, type TagTaxonomy } from './tag-suggestions';

export interface CustomerQuery { q: string; segment: string; tag: string; owner: string; lifecycle: string }
export const QUERY_KEYS = ['q', 'segment', 'tag', 'owner', 'lifecycle'] as const;

const L = {
  filters: { zh: '筛选', en: 'Filters' },
  segment: { zh: '分群', en: 'Segment' },
  lifecycle: { zh: '生命周期', en: 'Lifecycle' },
  tag: { zh: '标签', en: 'Tag' },
  owner: { zh: '负责人（账号）', en: 'Owner (login)' },
  any: { zh: '全部', en: 'Any' },
  clear: { zh: '清除筛选', en: 'Clear filters' },
};

/**
 * The filters of `GET /api/customers` (segment as `scheme:id`, tag, owner,
 * lifecycle); every change goes to the URL so a filtered list can be shared.
 */
export function CustomerFilters({ query, role, onChange }: { query: CustomerQuery; role: Role; onChange: (patch: Partial<CustomerQuery>) => void }) {
  const lang = useLang();
  const taxonomy = useApi<TagTaxonomy>('/api/tags?counts=0');
  const suggestions = taxonomy.state === 'ok' ? tagSuggestions(taxonomy.data, lang) : [];
  const active = query.segment || query.tag || query.owner || query.lifecycle;
  return (
    <details class="filters" open={Boolean(active)}>
      <summary>{tx(L.filters, lang)}{active ? ' •' : ''}</summary>
      <div class="filter-grid">
        <label for="f-segment">{tx(L.segment, lang)}</label>
        <select id="f-segment" value={query.segment} onChange={(e) => onChange({ segment: e.currentTarget.value })}>
          <option value="">{tx(L.any, lang)}</option>
          {segmentCatalog.filter((s) => s.scheme !== 'lifecycle' && s.labels.length > 0).map((s) => (
            <optgroup label={tx(s.name, lang)} key={s.scheme}>
              {s.labels.map((l) => <option value={`${s.scheme}:${l.id}`} key={l.id}>{tx(l.name, lang)}</option>)}
            </optgroup>
          ))}
        </select>
        <label for="f-lifecycle">{tx(L.lifecycle, lang)}</label>
        <select id="f-lifecycle" value={query.lifecycle} onChange={(e) => onChange({ lifecycle: e.currentTarget.value })}>
          <option value="">{tx(L.any, lang)}</option>
          {LIFECYCLE_LABELS.map((l) => <option value={l.id} key={l.id}>{tx(l.name, lang)}</option>)}
        </select>
        <label for="f-tag">{tx(L.tag, lang)}</label>
        <input id="f-tag" list="f-tag-names" value={query.tag} onChange={(e) => onChange({ tag: e.currentTarget.value.trim() })} />
        <datalist id="f-tag-names">{suggestions.map((s) => <option value={s.value} label={s.label} key={s.value} />)}</datalist>
        {(role === 'manager' || role === 'admin') && (
          <>
            <label for="f-owner">{tx(L.owner, lang)}</label>
            <input id="f-owner" autocapitalize="none" value={query.owner} onChange={(e) => onChange({ owner: e.currentTarget.value.trim() })} />
          </>
        )}
      </div>
      {active && (
        <button type="button" class="btn-link" onClick={() => onChange({ segment: '', tag: '', owner: '', lifecycle: '' })}>{tx(L.clear, lang)}</button>
      )}
    </details>
  );
}
