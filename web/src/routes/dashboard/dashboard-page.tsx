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

  if (segments.status === 'forbidden' || summary.status === 'forbidden') {
    return <div class="dash"><h1>{tx(T.title, lang)}</h1><p class="dash-empty" role="alert">{tx(T.forbidden, lang)}</p></div>;
  }

  return (
    <div class="dash" aria-busy={segments.status === 'loading' || summary.status === 'loading'}>
      <header class="dash-head">
        <div>
          <h1>{tx(T.title, lang)}</h1>
          {asOf && <p class="dash-note">{tx(T.asOf, lang)} {asOf}{week ? ` · ${week}` : ''}</p>}
        </div>
        <button type="button" class="dash-button" onClick={reload}>{tx(T.reload, lang)}</button>
      </header>

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
              <ChurnTrend trend={data.churn_trend} />
              <AtRiskByOwner owners={data.at_risk_by_owner} />
              <RepCoverage reps={data.reps} />
              <TagUsage usage={data.tag_usage} />
            </>
          ))}
      </Section>
    </div>
  );
}

function Section<T>({ state, onRetry, missing, children }: {
  state: Resource<T>;
  onRetry: () => void;
  missing: { zh: string; en: string };
  children: (data: T) => ComponentChildren;
}) {
  const lang = useLang();
  if (state.status === 'loading') return <p class="dash-empty dash-card">{tx(T.loading, lang)}</p>;
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
