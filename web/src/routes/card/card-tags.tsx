import type { CardTag, PortraitCard, Text } from '../../../../shared/api/types';
import { PORTRAIT_CATEGORIES } from '../../../../shared/portrait/portrait-item-types';
import { day, percent } from '../../format/format';
import { tx, useLang } from '../../i18n/i18n';
import { placeName } from './tag-place-names';
import { useEstimates } from './use-estimates';

const L = {
  tags: { zh: '标签', en: 'Tags' },
  noTags: { zh: '还没有标签', en: 'No tags yet' },
  until: { zh: '有效至', en: 'until' },
  completeness: { zh: '画像完整度', en: 'Portrait completeness' },
  estimated: { zh: '（按已知资料估算，待刷新）', en: '(estimated from known data until the next refresh)' },
  highlights: { zh: '深访要点', en: 'Interview highlights' },
  noInterview: { zh: '还没有深访记录', en: 'No interview yet' },
};

/** Tags grouped category (大类) → group (中类), each with the reason it was assigned; place names in the UI language. */
export function CardTags({ tags }: { tags: CardTag[] | undefined }) {
  const lang = useLang();
  const tree = new Map<string, Map<string, CardTag[]>>();
  for (const t of tags ?? []) {
    const groups = tree.get(t.category) ?? new Map<string, CardTag[]>();
    groups.set(t.group, [...(groups.get(t.group) ?? []), t]);
    tree.set(t.category, groups);
  }
  return (
    <section class="card" aria-labelledby="h-tags">
      <h2 id="h-tags">{tx(L.tags, lang)}</h2>
      {tree.size === 0 && <p class="muted">{tx(L.noTags, lang)}</p>}
      {[...tree].map(([category, groups]) => (
        <div class="tag-category" key={category}>
          <h3>{tx(placeName(category), lang)}</h3>
          {[...groups].map(([group, list]) => (
            <div class="tag-group" key={group}>
              <h4>{tx(placeName(group), lang)}</h4>
              <ul class="tag-list">
                {list.map((t) => (
                  <li key={t.id}>
                    <span class={`tag tag--${t.kind}`}>{tx(t.name, lang)}</span>
                    <span class="small muted">
                      {tx(t.reason, lang)}{t.expires_at ? ` · ${tx(L.until, lang)} ${day(t.expires_at)}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}

/** Server completeness when a refresh has run; otherwise estimated here from the profile, order count and latest interview. */
export function Completeness({ card }: { card: PortraitCard }) {
  const lang = useLang();
  const estimates = useEstimates(!card.completeness);
  const c = card.completeness ?? estimates?.estimatedCompleteness(card);
  if (!c) return <section class="card" aria-labelledby="h-complete" aria-busy="true"><h2 id="h-complete">{tx(L.completeness, lang)}</h2></section>;
  const overall = Math.round(c.overall * 100);
  return (
    <section class="card" aria-labelledby="h-complete">
      <h2 id="h-complete">{tx(L.completeness, lang)} <span class="big">{percent(c.overall)}</span></h2>
      {!card.completeness && <p class="small muted">{tx(L.estimated, lang)}</p>}
      <div class="bar" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={overall} aria-label={tx(L.completeness, lang)}>
        <div class="bar-fill" style={{ width: `${overall}%` }} />
      </div>
      <dl class="facts">
        {PORTRAIT_CATEGORIES.map((cat) => {
          const cell = c.by_category[cat.key];
          return cell ? <div key={cat.key}><dt>{tx(cat.label, lang)}</dt><dd>{cell.known}/{cell.total}</dd></div> : null;
        })}
      </dl>
    </section>
  );
}

/** Highlights from the server, or from the latest interview filled with the built-in template. */
export function Highlights({ card }: { card: PortraitCard }) {
  const lang = useLang();
  const estimates = useEstimates(!card.highlights);
  const lines: Text[] | undefined = card.highlights ?? estimates?.templateHighlights(card);
  return (
    <section class="card" aria-labelledby="h-highlights" aria-busy={lines ? undefined : 'true'}>
      <h2 id="h-highlights">{tx(L.highlights, lang)}</h2>
      {!lines ? null : lines.length === 0 ? <p class="muted">{tx(L.noInterview, lang)}</p> : (
        <ul class="highlights">{lines.map((l, i) => <li key={i}>{tx(l, lang)}</li>)}</ul>
      )}
    </section>
  );
}
