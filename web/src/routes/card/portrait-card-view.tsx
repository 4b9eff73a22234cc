import type { PortraitCard } from '../../../../shared/api/types';
import { tx, useLang } from '../../i18n/i18n';
import type { OutboxItem } from '../../offline/offline-types';
import { ChurnGauge, ComputedStamp, NextAction, RfmAndValue, SegmentBadges } from './card-analytics';
import { CardHeader } from './card-header';
import { CardTags, Completeness, Highlights } from './card-tags';
import { SegmentHistory, Timeline } from './card-timeline';
import { useStagedReveal } from '../../components/use-staged-reveal';

const NO_ANALYTICS = {
  zh: '分析结果尚未生成：下一次数据刷新后，这里会显示分群、流失风险、RFM 得分和价值预测。',
  en: 'No analytics yet: segments, churn risk, RFM scores and predicted value appear after the next data refresh.',
};

/** Parts of the card in the order they are shown: the first screen, then what lies below it. */
const STAGES = 4;

/**
 * The portrait card (SPEC §8), most actionable first: who, what to do, how at risk, who they are, what happened.
 * `staged`: the first screen (header, next action, churn gauge, segments) is built at once and the parts below
 * it one per idle period (see `useStagedReveal`); without it, everything is built at once.
 */
export function PortraitCardView({ card, pending = [], staged = false }: { card: PortraitCard; pending?: OutboxItem[]; staged?: boolean }) {
  const lang = useLang();
  const a = card.analytics ?? null;
  const shown = useStagedReveal(STAGES, staged, card.profile.customer_id);
  return (
    <div class="portrait">
      <CardHeader card={card} />
      {a ? (
        <>
          <NextAction a={a} />
          <ChurnGauge a={a} />
          <SegmentBadges a={a} />
          {shown >= 2 && <RfmAndValue a={a} />}
        </>
      ) : (
        <p class="notice" data-testid="no-analytics">{tx(NO_ANALYTICS, lang)}</p>
      )}
      {shown >= 2 && <CardTags tags={card.tags} />}
      {shown >= 3 && <Highlights card={card} />}
      {shown >= 3 && <Completeness card={card} />}
      {shown >= 4 && <Timeline card={card} pending={pending} />}
      {shown >= 4 && a && <SegmentHistory a={a} />}
      {shown >= 4 && a && <ComputedStamp a={a} />}
    </div>
  );
}
