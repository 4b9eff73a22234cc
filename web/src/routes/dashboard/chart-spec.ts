/**
 * A library-free description of a small categorical chart: one x category per
 * point, one or more numeric series. `UplotChart` turns it into uPlot options;
 * keeping the description plain lets it be built and tested without a canvas.
 */
export interface ChartSeries {
  label: string;
  values: (number | null)[];
  /** CSS colour; the palette below passes 3:1 contrast on white. */
  color: string;
}

export interface ChartSpec {
  /** `bars`: grouped bars (at most two series side by side); `lines`: one line per series. */
  kind: 'bars' | 'lines';
  categories: string[];
  series: ChartSeries[];
  height: number;
}

export const PALETTE = {
  primary: '#1d4ed8',
  muted: '#94a3b8',
  high: '#b91c1c',
  medium: '#b45309',
  low: '#15803d',
};
