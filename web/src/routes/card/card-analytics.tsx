import type { CardAnalytics } from '../../../../shared/api/types';
import { CHURN_LEVEL } from '../../components/labels';
import { dateTime, money, num, percent } from '../../format/format';
import { tx, useLang } from '../../i18n/i18n';

const L = {
  segments: { zh: '客户分群', en: 'Segments' },
  churn: { zh: '流失风险', en: 'Churn risk' },
  unscored: { zh: '暂无流失评分（没有订单的客户不评分）', en: 'No churn score (customers without orders are not scored)' },
  atRisk: { zh: '风险价值', en: 'Value at risk' },
  rfm: { zh: 'RFM 得分', en: 'RFM scores' },
  recency: { zh: '最近购买', en: 'Recency' },
  days: { zh: '天前', en: 'days ago' },
  frequency: { zh: '购买次数', en: 'Orders' },
  monetary: { zh: '累计消费', en: 'Total spend' },
  value: { zh: '价值预测', en: 'Predicted value' },
  clv: { zh: '未来12个月价值', en: '12-month CLV' },
  alive: { zh: '仍活跃概率', en: 'P(alive)' },
  exp90: { zh: '90天预计购买', en: 'Expected purchases, 90 days' },
  spend: { zh: '预计客单价', en: 'Expected order value' },
  next: { zh: '建议下一步', en: 'Next action' },
  computed: { zh: '计算于', en: 'Computed at' },
  asOf: { zh: '数据截至', en: 'as of' },
};

export function SegmentBadges({ a }: { a: CardAnalytics }) {
  const lang = useLang();
  return (
    <section class="card" aria-labelledby="h-segments">
      <h2 id="h-segments">{tx(L.segments, lang)}</h2>
      <ul class="badges">
        {a.segments.map((s) => (
          <li key={`${s.scheme}:${s.id}`} class="seg">
            <span class={`badge badge--seg badge--${s.scheme}`}>{tx(s.label, lang)}</span>
            <span class="small">{tx(s.why, lang)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A horizontal gauge (role=meter) of churn_score in [0, 1], coloured by level, with the reasons by weight. */
export function ChurnGauge({ a }: { a: CardAnalytics }) {
  const lang = useLang();
  const { score, level, reasons, value_at_risk } = a.churn;
  return (
    <section class="card" aria-labelledby="h-churn">
      <h2 id="h-churn">{tx(L.churn, lang)}</h2>
      {score === null || level === null ? <p class="muted">{tx(L.unscored, lang)}</p> : (
        <>
          <div class="gauge-row">
            <div class={`gauge gauge--${level}`} role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(score * 100)}
              aria-label={tx(L.churn, lang)} aria-valuetext={`${tx(CHURN_LEVEL[level], lang)} ${percent(score)}`}>
              <div class="gauge-fill" style={{ width: `${Math.round(score * 100)}%` }} />
            </div>
            <strong class={`level level--${level}`}>{tx(CHURN_LEVEL[level], lang)} {percent(score)}</strong>
          </div>
          {value_at_risk !== null && <p>{tx(L.atRisk, lang)} <strong>{money(value_at_risk)}</strong></p>}
          <ul class="reasons">
            {reasons.slice().sort((x, y) => y.weight - x.weight).map((r) => <li key={r.code}>{tx(r.text, lang)}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}

function Pips({ label, score }: { label: string; score: number | null }) {
  return (
    <div class="pips" aria-label={`${label} ${score ?? '—'}/5`} role="img">
      <span class="pips-label">{label}</span>
      {[1, 2, 3, 4, 5].map((i) => <span key={i} class={score !== null && i <= score ? 'pip pip--on' : 'pip'} />)}
      <span class="pips-value">{score ?? '—'}</span>
    </div>
  );
}

export function RfmAndValue({ a }: { a: CardAnalytics }) {
  const lang = useLang();
  return (
    <section class="card" aria-labelledby="h-rfm">
      <h2 id="h-rfm">{tx(L.rfm, lang)}</h2>
      <div class="rfm">
        <Pips label="R" score={a.r} />
        <Pips label="F" score={a.f} />
        <Pips label="M" score={a.m} />
      </div>
      <dl class="facts">
        <div><dt>{tx(L.recency, lang)}</dt><dd>{a.recency_days === null ? '—' : `${a.recency_days} ${tx(L.days, lang)}`}</dd></div>
        <div><dt>{tx(L.frequency, lang)}</dt><dd>{a.frequency}</dd></div>
        <div><dt>{tx(L.monetary, lang)}</dt><dd>{money(a.monetary)}</dd></div>
      </dl>
      <h3>{tx(L.value, lang)}</h3>
      <dl class="facts">
        <div><dt>{tx(L.clv, lang)}</dt><dd><strong>{money(a.clv_12m)}</strong></dd></div>
        <div><dt>{tx(L.alive, lang)}</dt><dd>{percent(a.p_alive)}</dd></div>
        <div><dt>{tx(L.exp90, lang)}</dt><dd>{num(a.expected_purchases_90d, 2)}</dd></div>
        <div><dt>{tx(L.spend, lang)}</dt><dd>{money(a.expected_avg_spend)}</dd></div>
      </dl>
    </section>
  );
}

export function NextAction({ a }: { a: CardAnalytics }) {
  const lang = useLang();
  if (!a.next_action) return null;
  return (
    <section class="card card--action" aria-labelledby="h-next">
      <h2 id="h-next">{tx(L.next, lang)}</h2>
      <p>{tx(a.next_action.text, lang)}</p>
      {a.next_action.products && a.next_action.products.length > 0 && <p class="small muted">{a.next_action.products.join(' · ')}</p>}
    </section>
  );
}

export function ComputedStamp({ a }: { a: CardAnalytics }) {
  const lang = useLang();
  return <p class="stamp muted small">{tx(L.computed, lang)} {dateTime(a.computed_at)} · {tx(L.asOf, lang)} {a.as_of}</p>;
}
