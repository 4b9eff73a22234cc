import type { PortraitCard } from '../../../../shared/api/types';
import { tx, useLang } from '../../i18n/i18n';
import type { OutboxItem } from '../../offline/offline-types';
import { ChurnGauge, ComputedStamp, NextAction, RfmAndValue, SegmentBadges } from './card-analytics';
import { CardHeader } from './card-header';
import { CardTags, Completeness, Highlights } from './card-tags';
import { SegmentHistory, Timeline } from './card-timeline';

const NO_ANALYTICS = {
  zh: '分析结果尚未生成：下一次数据刷新后，这里会显示分群、流失风险、RFM 得分和价值预测。',
  en: 'No analytics yet: segments, churn risk, RFM scores and predicted value appear after the next data refresh.',
};

/** The portrait card (SPEC §8), most actionable first: who, what to do, how at risk, who they are, what happened. */
export function PortraitCardView({ card, pending = [] }: { card: PortraitCard; pending?: OutboxItem[] }) {
  const lang = useLang();
  const a = card.analytics ?? null;
  return (
    <div class="portrait">
      <CardHeader card={card} />
      {a ? (
        <>
          <NextAction a={a} />
          <ChurnGauge a={a} />
          <SegmentBadges a={a} />
          <RfmAndValue a={a} />
        </>
      ) : (
        <p class="notice" data-testid="no-analytics">{tx(NO_ANALYTICS, lang)}</p>
      )}
      <CardTags tags={card.tags} />
      <Highlights card={card} />
      <Completeness card={card} />
      <Timeline card={card} pending={pending} />
      {a && <SegmentHistory a={a} />}
      {a && <ComputedStamp a={a} />}
    </div>
  );
}
