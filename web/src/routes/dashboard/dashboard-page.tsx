import type { ComponentChildren } from 'preact';
import type { SegmentCounts } from '../../../../shared/api/types';
import { tx, useLang } from '../../i18n/i18n';
import { AtRiskByOwner } from './at-risk-by-owner';
import { ChurnTrend } from './churn-trend';
import { T } from './dashboard-text';
import type { DashboardSummary } from './dashboard-types';
import { RepCoverage } from './rep-coverage';
import { SegmentSection } from './segment-section';
import { TagUsage } from './tag-usage';
import { useResource, type Resource } from './use-resource';
import { useStagedReveal } from '../../components/use-staged-reveal';
import './dashboard.css';

/**
 * Manager dashboard (route `/dashboard`): segments and migrations from
 * `GET /api/segments`, churn, owners, reps and tag usage from `GET /api/dashboard`.
 * Each source fails on its own: a 404 or an empty refresh shows a plain message.
 */
export function DashboardPage() {
  const lang = useLang();
  const [segments, reloadSegments] = useResource<SegmentCounts>('/api/segments');
  const [summary, reloadSummary] = useResource<DashboardSummary>('/api/dashboard');
  const reload = () => {
    reloadSegments();
    reloadSummary();
  };
  const asOf = segments.status === 'ready' ? segments.data.as_of : summary.status === 'ready' ? summary.data.as_of : null;
  const week = segments.status === 'ready' ? segments.data.week : null;
  const settling = segments.status === 'loading' || summary.status === 'loading';

  if (segments.status === 'forbidden' || summary.status === 'forbidden') {
    return <div class="dash"><h1>{tx(T.title, lang)}</h1><p class="dash-empty" role="alert">{tx(T.forbidden, lang)}</p></div>;
  }

  return (
    <div class="dash" aria-busy={settling}>
      <header class="dash-head">
        <div>
          <h1>{tx(T.title, lang)}</h1>
          {asOf && !settling && <p class="dash-note">{tx(T.asOf, lang)} {asOf}{week ? ` · ${week}` : ''}</p>}
        </div>
        <button type="button" class="dash-button" onClick={reload}>{tx(T.reload, lang)}</button>
      </header>

      {/* One placeholder until both answers are in: a section that arrived first would be pushed down by the other (a layout shift of 0.57 measured). */}
      {settling
        ? <p class="dash-empty dash-card">{tx(T.loading, lang)}</p>
        : <DashboardSections segments={segments} summary={summary} reloadSegments={reloadSegments} reloadSummary={reloadSummary} />}
    </div>
  );
}

/**
 * Both answers, once both are in. The first screen (segments) is built at
 * once and the cards below it one per idle period, so each is its own short
 * task rather than one long one (Lighthouse counted ~80 ms of blocking).
 */
function DashboardSections({ segments, summary, reloadSegments, reloadSummary }: {
  segments: Resource<SegmentCounts>;
  summary: Resource<DashboardSummary>;
  reloadSegments: () => void;
  reloadSummary: () => void;
}) {
  const lang = useLang();
  const shown = useStagedReveal(3, true, 'dashboard');
  return (
    <>
      <Section state={segments} onRetry={reloadSegments} missing={T.noRefresh}>
        {(data) => (data.as_of === null || data.schemes.length === 0
          ? <p class="dash-empty dash-card">{tx(T.noRefresh, lang)}</p>
          : <SegmentSection data={data} />)}
      </Section>

      <Section state={summary} onRetry={reloadSummary} missing={T.notServed}>
        {(data) => (data.as_of === null
          ? <p class="dash-empty dash-card">{tx(T.noRefresh, lang)}</p>
          : (
            <>
              {shown >= 2 && <ChurnTrend trend={data.churn_trend} />}
              {shown >= 2 && <AtRiskByOwner owners={data.at_risk_by_owner} />}
              {shown >= 3 && <RepCoverage reps={data.reps} />}
              {shown >= 3 && <TagUsage usage={data.tag_usage} />}
            </>
          ))}
      </Section>
    </>
  );
}

function Section<T>({ state, onRetry, missing, children }: {
  state: Resource<T>;
  onRetry: () => void;
  missing: { zh: string; en: string };
  children: (data: T) => ComponentChildren;
}) {
  const lang = useLang();
  if (state.status === 'loading') return null; // the page shows one placeholder for both
  if (state.status === 'missing') return <p class="dash-empty dash-card">{tx(missing, lang)}</p>;
  if (state.status === 'error' || state.status === 'forbidden') {
    return (
      <div class="dash-card dash-error" role="alert">
        <p>{tx(T.loadFailed, lang)}{state.status === 'error' ? `: ${state.message}` : ''}</p>
        <button type="button" class="dash-button" onClick={onRetry}>{tx(T.retry, lang)}</button>
      </div>
    );
  }
  return <>{children(state.data)}</>;
}
