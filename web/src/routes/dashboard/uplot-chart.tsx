import { useEffect, useRef } from 'preact/hooks';
import type uPlot from 'uplot';
import type { ChartSpec } from './chart-spec';

/**
 * Canvas chart drawn by uPlot, loaded on first use so the dashboard's own chunk
 * stays small and its tables show at once. Without a 2D canvas (old browsers,
 * test DOMs) nothing is drawn: every chart has a data table beside it, which is
 * also what screen readers read (the canvas is `aria-hidden`).
 */
export function UplotChart({ spec }: { spec: ChartSpec }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || !canvasAvailable()) return;
    let plot: uPlot | null = null;
    let observer: ResizeObserver | undefined;
    let cancelled = false;
    void Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([mod]) => {
      if (cancelled) return;
      const UPlot = mod.default;
      plot = new UPlot(toOptions(UPlot, spec, el.clientWidth || 320), toData(spec), el);
      observer = new ResizeObserver(() => plot?.setSize({ width: el.clientWidth || 320, height: spec.height }));
      observer.observe(el);
    }, () => {
      /* chunk unavailable (offline before it was cached): the data table still shows the figures */
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      plot?.destroy();
    };
  }, [spec]);
  return (
    <>
      {/* Exactly the canvas's height, before and after uPlot draws, so nothing below it moves. */}
      <div ref={box} class="dash-chart" style={{ height: `${spec.height}px` }} aria-hidden="true" />
      {spec.series.length > 1 && <ChartLegend series={spec.series} />}
    </>
  );
}

/** The series' names and colours, drawn with the page (uPlot's own legend would appear, and push the table down, only once its chunk loaded). */
function ChartLegend({ series }: { series: ChartSpec['series'] }) {
  return (
    <ul class="dash-legend" aria-hidden="true">
      {series.map((s) => <li key={s.label}><span class="dash-swatch" style={{ background: s.color }} />{s.label}</li>)}
    </ul>
  );
}

function canvasAvailable(): boolean {
  if (typeof ResizeObserver === 'undefined') return false;
  try {
    return !!document.createElement('canvas').getContext('2d');
  } catch {
    return false;
  }
}

function toData(spec: ChartSpec): uPlot.AlignedData {
  return [spec.categories.map((_, i) => i), ...spec.series.map((s) => s.values)];
}

function toOptions(UPlot: typeof uPlot, spec: ChartSpec, width: number): uPlot.Options {
  const n = spec.categories.length;
  const bars = spec.kind === 'bars';
  const twoBars = bars && spec.series.length > 1;
  const font = '12px system-ui, sans-serif';
  return {
    width,
    height: spec.height,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: false, range: [-0.5, n - 0.5] }, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] } },
    axes: [
      {
        font,
        splits: () => spec.categories.map((_, i) => i),
        values: (_u, splits) => splits.map((i) => spec.categories[i] ?? ''),
        rotate: n > 4 ? -40 : 0,
        size: n > 4 ? 70 : 30,
        grid: { show: false },
      },
      { font, size: 48, grid: { stroke: '#e2e8f0', width: 1 } },
    ],
    series: [
      {},
      ...spec.series.map((s, i) => ({
        label: s.label,
        stroke: s.color,
        width: bars ? 0 : 2,
        fill: bars ? s.color : undefined,
        points: { show: !bars },
        paths: bars ? UPlot.paths.bars!({ size: [twoBars ? 0.4 : 0.7, 48], align: twoBars ? (i === 0 ? -1 : 1) : 0 }) : undefined,
      })),
    ],
  };
}
