import type { Text } from '../../shared/api/types';
import { segmentLabelInfo, segmentScheme } from '../../shared/segments';

const CHURN_SCHEME: Text = { zh: '流失风险', en: 'Churn risk' };
const CHURN_LEVELS: Record<string, Text> = {
  high: { zh: '高风险', en: 'High risk' },
  medium: { zh: '中风险', en: 'Medium risk' },
  low: { zh: '低风险', en: 'Low risk' },
};

/** Display name of a scheme (zh/en), from the shared segment catalogue; churn_level is added here. */
export function schemeLabel(scheme: string): Text {
  if (scheme === 'churn_level') return CHURN_SCHEME;
  return segmentScheme(scheme)?.name ?? { zh: scheme, en: scheme };
}

/**
 * Display name of a label. Cluster labels are generated per refresh; without
 * the run's names (pass `clusterNames`) they read "客群 3" / "Cluster 3".
 */
export function segmentLabel(scheme: string, id: string | null, clusterNames?: Map<string, Text>): Text {
  if (id === null || id === '') return { zh: '—', en: '—' };
  if (scheme === 'churn_level') return CHURN_LEVELS[id] ?? { zh: id, en: id };
  if (scheme === 'cluster') return clusterNames?.get(id) ?? { zh: `客群 ${id}`, en: `Cluster ${id}` };
  return segmentLabelInfo(scheme, id)?.name ?? { zh: id, en: id };
}

/** The one-line why of a label, when the catalogue has one. */
export function segmentWhy(scheme: string, id: string): Text | null {
  return segmentLabelInfo(scheme, id)?.why ?? null;
}
