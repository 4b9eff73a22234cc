import { tx, useLang } from '../../i18n/i18n';
import { fill, T } from './dashboard-text';
import type { DashboardSummary } from './dashboard-types';
import { formatShare } from './format';

/** Tags used in the last 30 days / tags defined, against the seed's 60 % target. */
export function TagUsage({ usage }: { usage: DashboardSummary['tag_usage'] }) {
  const lang = useLang();
  return (
    <section class="dash-card" aria-labelledby="dash-tags">
      <h2 id="dash-tags">{tx(T.tagUsage, lang)}</h2>
      {usage.rate === null || usage.defined === 0 ? (
        <p class="dash-empty">{tx(T.noTags, lang)}</p>
      ) : (
        <>
          <p class="dash-big">{formatShare(usage.rate, lang)}</p>
          <meter class="dash-wide" min={0} max={1} low={0.6} optimum={1} value={usage.rate} aria-label={tx(T.tagUsage, lang)} />
          <p class="dash-note">{fill(tx(T.tagUsageDetail, lang), { used: usage.used, defined: usage.defined })}</p>
        </>
      )}
    </section>
  );
}
