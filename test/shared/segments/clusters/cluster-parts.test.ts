import { describe, expect, it } from 'vitest';
import { buildClusterFeatures } from '../../../../shared/segments/clusters/cluster-features';
import { clusterLabelFromCentroid, clusterWhy, disambiguateLabels, levelOf } from '../../../../shared/segments/clusters/cluster-labels';
import { hashSample } from '../../../../shared/segments/clusters/hash-sample';
import { fnv1a32 } from '../../../../shared/random/hash';
import { rfmColumns } from '../columns';

describe('buildClusterFeatures', () => {
  it('standardises log(1+x) over customers with orders; constant columns become 0', () => {
    const features = buildClusterFeatures(
      rfmColumns([
        ['a', 3, 2, 0],
        ['p', 50, 0, 0], // prospect: no row
        ['b', 3, 2, Math.E - 1],
      ]),
    );
    expect(Array.from(features.customerOfRow)).toEqual([0, 2]);
    // monetary log1p: 0 and 1 → mean 0.5, population sd 0.5 → z −1, +1; recency and frequency are constant → 0
    expect(Array.from(features.data)).toEqual([0, 0, -1, 0, 0, 1]);
    expect(features.means[2]).toBe(0.5);
    expect(features.sds[2]).toBe(0.5);
    expect(features.sds[0]).toBe(1);
  });

  it('appends extra features standardised as given', () => {
    const features = buildClusterFeatures(rfmColumns([['a', 1, 1, 1], ['b', 1, 1, 1]]), [
      { name: { zh: '车辆数', en: 'fleet size' }, values: [2, 6] },
    ]);
    // extra [2, 6] → mean 4, sd 2 → z −1, 1
    expect(features.dims).toBe(4);
    expect([features.data[3], features.data[7]]).toEqual([-1, 1]);
  });
});

describe('hashSample', () => {
  const ids = Array.from({ length: 50 }, (_, i) => `C-${i}`);
  const all = Int32Array.from(ids, (_, i) => i);

  it('takes the ids with the smallest FNV-1a hashes, in hash order', () => {
    const picked = Array.from(hashSample(ids, all, 5), (row) => ids[row]);
    const expected = [...ids].sort((a, b) => fnv1a32(a) - fnv1a32(b)).slice(0, 5);
    expect(picked).toEqual(expected);
  });

  it('does not depend on row order', () => {
    const reversed = [...ids].reverse();
    const a = Array.from(hashSample(ids, all, 7), (row) => ids[row]);
    const b = Array.from(hashSample(reversed, all, 7), (row) => reversed[row]);
    expect(b).toEqual(a);
    expect(hashSample(ids, all, 500)).toHaveLength(50);
    expect(hashSample([], new Int32Array(0), 5)).toHaveLength(0);
  });
});

describe('cluster labels', () => {
  it('levels z at ±0.5 (exclusive)', () => {
    expect([levelOf(-0.6), levelOf(-0.5), levelOf(0), levelOf(0.5), levelOf(0.51)]).toEqual(['low', 'mid', 'mid', 'mid', 'high']);
  });

  it('words a centroid; low recency means recent', () => {
    expect(clusterLabelFromCentroid(-1.2, 0.9, 1.1)).toEqual({ zh: '近期活跃·高频·高消费', en: 'recent, frequent, high spend' });
    expect(clusterLabelFromCentroid(1.5, -0.8, 0)).toEqual({ zh: '久未购买·低频·中等消费', en: 'lapsed, infrequent, mid spend' });
  });

  it('numbers repeated labels and formats the why line', () => {
    const x = { zh: '甲', en: 'x' };
    expect(disambiguateLabels([x, { zh: '乙', en: 'y' }, x])).toEqual([x, { zh: '乙', en: 'y' }, { zh: '甲（2）', en: 'x (2)' }]);
    expect(clusterWhy(12.3, 4.04, 1234567.6).zh).toBe('典型客户约 12 天前买过，共约 4.0 单，累计消费约 1,234,568');
    expect(clusterWhy(12.3, 4.04, 950).en).toBe('Typical customer: last bought ~12 days ago, ~4.0 orders, ~950 total spend');
  });
});
