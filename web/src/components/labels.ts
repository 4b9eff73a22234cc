/** Names of segment ids and churn levels for lists and the card (from the shared catalogue). */
import { segmentLabelInfo } from '../../../shared/segments/segment-catalog';
import type { Text } from '../../../shared/api/types';

export const CHURN_LEVEL: Record<string, Text> = {
  high: { zh: '高风险', en: 'High risk' },
  medium: { zh: '中风险', en: 'Medium risk' },
  low: { zh: '低风险', en: 'Low risk' },
};

/** `segmentName('lifecycle', 'sleeping')` → 沉睡客户 / Sleeping; unknown ids are shown as they are. */
export function segmentName(scheme: string, id: string | null | undefined): Text {
  if (!id) return { zh: '—', en: '—' };
  if (scheme === 'churn_level') return CHURN_LEVEL[id] ?? { zh: id, en: id };
  return segmentLabelInfo(scheme, id)?.name ?? { zh: id, en: id };
}
