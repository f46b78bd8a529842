/**
 * A canvas line chart over training steps. It reads its series' column stores in its own
 * animation frame and repaints only when a store's version, the size or the theme changes;
 * hovering reports a step upward so every chart can show the same step.
 */
import { useId, useRef, type PointerEvent } from 'react';
import { format as d3format } from 'd3';
import { lowerBound, nearestIndex } from '../data/columnStore';
import { buildChart, type ChartModel, type ChartOptions, type ChartSeries } from './chartModel';
import { drawAxes, drawCrosshair, drawLine } from './chartDraw';
import {
  cssVar,
  prepareCanvas,
  useAnimationFrame,
  usePrefersDark,
  useElementSize,
} from './canvasHooks';
import './views.css';

export interface MetricChartProps extends ChartOptions {
  /** Heading, e.g. "Loss". */
  title: string;
  /** What the chart shows, on hover. */
  description: string;
  series: readonly ChartSeries[];
  /** y axis label with its unit, e.g. "error (cm)". */
  yLabel: string;
  xLabel?: string;
  /** Tick and readout format; default 3 significant digits. */
  format?: (value: number) => string;
  /** Appended to readout values, e.g. " cm". */
  unit?: string;
  /** The step hovered in any chart (null: none); shared by all charts. */
  hoverStep: number | null;
  onHoverStep: (step: number | null) => void;
  /** Plot height in CSS pixels. */
  height?: number;
}

const MARGIN = { left: 52, right: 8, top: 6, bottom: 30 };
const defaultFormat = d3format('.3~g');

/** Row of the last point at or before `step` (so sparse series show their latest value). */
function valueAt(s: ChartSeries, step: number | null): number {
  const n = s.source.length;
  const i = step === null ? n - 1 : lowerBound(s.xs(), n, step + 1e-9) - 1;
  return i >= 0 && i < n ? s.ys()[i] : NaN;
}

export function MetricChart(props: MetricChartProps) {
  const { title, description, series, yLabel, hoverStep, onHoverStep, height = 140 } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const baseRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<HTMLCanvasElement>(null);
  const legendRef = useRef<HTMLUListElement>(null);
  const stepRef = useRef<HTMLSpanElement>(null);
  const modelRef = useRef<ChartModel | null>(null);
  const textId = useId();
  const drawn = useRef({ base: '', overlay: '' });
  const { width } = useElementSize(boxRef);
  const scheme = usePrefersDark();

  const colorsRef = useRef({ scheme: null as unknown, fg: '', muted: '', grid: '', font: '' });
  useAnimationFrame(() => {
    const base = baseRef.current;
    const overlay = overlayRef.current;
    if (!base || !overlay || width <= 0) return;
    const fmt = props.format ?? defaultFormat;
    const opts = `${props.logY}:${props.yDomain}:${props.zeroBased}:${yLabel}`;
    const data = series.map(
      (s) => `${s.source.version}:${s.source.length}:${s.label}:${s.color}:${s.dashed}`,
    );
    const baseKey = [width, height, scheme, opts, ...data].join();
    const baseChanged = baseKey !== drawn.current.base || modelRef.current === null;
    if (baseChanged) {
      drawn.current.base = baseKey;
      const ctx = prepareCanvas(base, width, height);
      if (!ctx) return;
      const area = {
        left: MARGIN.left,
        right: width - MARGIN.right,
        top: MARGIN.top,
        bottom: height - MARGIN.bottom,
      };
      const model = buildChart(series, area, props, window.devicePixelRatio || 1);
      modelRef.current = model;
      // Read once per colour scheme: getComputedStyle after the legends' text changed forces a
      // style recalculation, and four charts doing it every frame made long main-thread tasks.
      if (colorsRef.current.scheme !== scheme) {
        colorsRef.current = {
          scheme,
          fg: cssVar(base, '--mv-fg', '#ddd'),
          muted: cssVar(base, '--mv-muted', '#999'),
          grid: cssVar(base, '--mv-grid', '#333'),
          font: `10px ${cssVar(base, '--mv-font', 'system-ui, sans-serif')}`,
        };
      }
      const colors = colorsRef.current;
      if (!model) {
        ctx.fillStyle = colors.muted;
        ctx.font = colors.font;
        ctx.fillText('no steps yet: press Train', area.left + 8, (area.top + area.bottom) / 2);
        return;
      }
      drawAxes(ctx, model, colors, fmt, { x: props.xLabel ?? 'step', y: yLabel });
      model.lines.forEach((d, i) => drawLine(ctx, model, d, series[i]));
    }
    const overlayKey = `${drawn.current.base}|${hoverStep}`;
    if (!baseChanged && overlayKey === drawn.current.overlay) return;
    drawn.current.overlay = overlayKey;
    const values = series.map((s) => ({ value: valueAt(s, hoverStep), color: s.color }));
    const octx = prepareCanvas(overlay, width, height);
    const model = modelRef.current;
    if (octx && model && hoverStep !== null) {
      drawCrosshair(octx, model, hoverStep, values, colorsRef.current.fg);
    }
    legendRef.current?.querySelectorAll<HTMLElement>('[data-value]').forEach((el, i) => {
      const v = values[i]?.value;
      el.textContent = v === undefined || !Number.isFinite(v) ? '–' : fmt(v) + (props.unit ?? '');
    });
    if (stepRef.current) {
      const first = series.find((s) => s.source.length > 0);
      const latest = first ? `latest, step ${first.xs()[first.source.length - 1]}` : 'latest';
      stepRef.current.textContent = hoverStep === null ? latest : `step ${hoverStep}`;
    }
  });

  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const model = modelRef.current;
    const first = series.find((s) => s.source.length > 0);
    if (!model || !first) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const step = model.x.invert(e.clientX - rect.left);
    const i = nearestIndex(first.xs(), first.source.length, step);
    onHoverStep(i >= 0 ? first.xs()[i] : null);
  };

  return (
    <figure className="mv-chart" title={description}>
      <figcaption className="mv-chart-head">
        <span className="mv-chart-title">{title}</span>
        <span
          className="mv-chart-step"
          id={`${textId}-step`}
          ref={stepRef}
          title="Values below are at this step (latest when not hovering)"
        />
      </figcaption>
      {/* The plot's text alternative is the step and the legend's values beside it. */}
      <div
        className="mv-chart-plot"
        ref={boxRef}
        style={{ height }}
        role="img"
        aria-label={`${title} chart over training steps`}
        aria-describedby={`${textId}-step ${textId}-values`}
      >
        <canvas ref={baseRef} className="mv-layer" />
        <canvas
          ref={overlayRef}
          className="mv-layer mv-interactive"
          onPointerMove={onPointerMove}
          onPointerLeave={() => onHoverStep(null)}
        />
      </div>
      <ul className="mv-legend" id={`${textId}-values`} ref={legendRef}>
        {series.map((s) => (
          <li key={s.label} title={s.title ?? s.label}>
            <i
              className="mv-swatch"
              style={{ borderTopColor: s.color, borderTopStyle: s.dashed ? 'dashed' : 'solid' }}
            />
            {s.label} <span className="mv-value" data-value />
          </li>
        ))}
      </ul>
    </figure>
  );
}
