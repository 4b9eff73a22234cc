import type { Text } from '../types';

/** Standardised distance from the population mean beyond which a centroid counts as high or low. */
export const LEVEL_CUTOFF_SD = 0.5;

type Level = 'low' | 'mid' | 'high';

/** low when z < −0.5, high when z > 0.5, else mid (z in population standard deviations). */
export function levelOf(z: number): Level {
  return z < -LEVEL_CUTOFF_SD ? 'low' : z > LEVEL_CUTOFF_SD ? 'high' : 'mid';
}

const RECENCY_WORDS: Record<Level, Text> = {
  low: { zh: '近期活跃', en: 'recent' },
  mid: { zh: '有段时间没买', en: 'a while ago' },
  high: { zh: '久未购买', en: 'lapsed' },
};
const FREQUENCY_WORDS: Record<Level, Text> = {
  low: { zh: '低频', en: 'infrequent' },
  mid: { zh: '中频', en: 'occasional' },
  high: { zh: '高频', en: 'frequent' },
};
const MONETARY_WORDS: Record<Level, Text> = {
  low: { zh: '低消费', en: 'low spend' },
  mid: { zh: '中等消费', en: 'mid spend' },
  high: { zh: '高消费', en: 'high spend' },
};

/**
 * Plain-language label of a cluster from its standardised centroid (z of log recency,
 * log frequency, log monetary): each is low/mid/high by {@link levelOf}; a LOW recency z
 * means recent. Example: z (−1.2, 0.9, 1.1) → 近期活跃·高频·高消费 / "recent, frequent, high spend".
 */
export function clusterLabelFromCentroid(zRecency: number, zFrequency: number, zMonetary: number): Text {
  const words = [RECENCY_WORDS[levelOf(zRecency)], FREQUENCY_WORDS[levelOf(zFrequency)], MONETARY_WORDS[levelOf(zMonetary)]];
  return { zh: words.map((w) => w.zh).join('·'), en: words.map((w) => w.en).join(', ') };
}

/** Labels made unique by numbering repeats: the second "低频·…" becomes "低频·…（2）" / "… (2)". */
export function disambiguateLabels(labels: readonly Text[]): Text[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const times = (seen.get(label.zh) ?? 0) + 1;
    seen.set(label.zh, times);
    return times === 1 ? label : { zh: `${label.zh}（${times}）`, en: `${label.en} (${times})` };
  });
}

/** Integer with thousands separators, no locale data needed: 35000.4 → "35,000". */
function groupThousands(value: number): string {
  return Math.round(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * One-line "why" for a cluster from its centroid in original units.
 * Example: (12.3, 4.04, 35000) → 典型客户约 12 天前买过，共约 4.0 单，累计消费约 35,000.
 */
export function clusterWhy(recencyDays: number, frequency: number, monetary: number): Text {
  const days = Math.round(recencyDays);
  const orders = frequency.toFixed(1);
  const spend = groupThousands(monetary);
  return {
    zh: `典型客户约 ${days} 天前买过，共约 ${orders} 单，累计消费约 ${spend}`,
    en: `Typical customer: last bought ~${days} days ago, ~${orders} orders, ~${spend} total spend`,
  };
}
