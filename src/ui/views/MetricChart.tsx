/**
 * A canvas line chart over training steps. It reads its series' column stores in its own
 * animation frame and repaints only when a store's version, the size or the theme changes;
 * hovering reports a step upward so every chart can show the same step. Its text size comes
 * from the CSS custom property --mv-chart-font-size (views.css; classroom.css raises it), and
 * the canvas is drawn at that size on a devicePixelRatio backing store, so the text is crisp.
 */
import { useId, useRef, type PointerEvent } from 'react';
import { format as d3format } from 'd3';
import { lowerBound, nearestIndex } from '../data/columnStore';
import { buildChart, type ChartModel, type ChartOptions, type ChartSeries } from './chartModel';
import { chartMargin, drawAxes, drawCrosshair, drawLine, type ChartStyle } from './chartDraw';
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

const defaultFormat = d3format('.3~g');

/** Row of the last point at or before `step` (so sparse series show their latest value). */
function valueAt(s: ChartSeries, step: number | null): number {
  const n = s.source.length;
  const i = step === null ? n - 1 : lowerBound(s.xs(), n, step + 1e-9) - 1;
  return i >= 0 && i < n ? s.ys()[i] : NaN;
}

/** The chart's colours and text size from the theme's CSS custom properties on `el`. */
function readChartStyle(el: Element): ChartStyle {
  const size = Number.parseFloat(cssVar(el, '--mv-chart-font-size', '10px'));
  const fontSize = size > 0 ? size : 10;
  return {
    fg: cssVar(el, '--mv-fg', '#ddd'),
    muted: cssVar(el, '--mv-muted', '#999'),
    grid: cssVar(el, '--mv-grid', '#333'),
    font: `${fontSize}px ${cssVar(el, '--mv-font', 'system-ui, sans-serif')}`,
    fontSize,
  };
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

  const styleRef = useRef<{ key: string; style: ChartStyle | null }>({ key: '', style: null });
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
      // Read when the scheme or the size changes (a new layout), not on every data update:
      // getComputedStyle after the legends' text changed forces a style recalculation, and four
      // charts doing it every frame made long main-thread tasks.
      const styleKey = `${scheme}:${width}:${height}`;
      let style = styleRef.current.style;
      if (styleRef.current.key !== styleKey || !style) {
        style = readChartStyle(base);
        styleRef.current = { key: styleKey, style };
      }
      const margin = chartMargin(style.fontSize);
      const area = {
        left: margin.left,
        right: width - margin.right,
        top: margin.top,
        bottom: height - margin.bottom,
      };
      const model = buildChart(series, area, props, window.devicePixelRatio || 1);
      modelRef.current = model;
      if (!model) {
        ctx.fillStyle = style.muted;
        ctx.font = style.font;
        ctx.fillText(
          'no steps yet: press Train',
          area.left + style.fontSize * 0.8,
          (area.top + area.bottom) / 2,
        );
        return;
      }
      drawAxes(ctx, model, style, fmt, { x: props.xLabel ?? 'step', y: yLabel });
      model.lines.forEach((d, i) => drawLine(ctx, model, d, series[i], style.fontSize));
    }
    const overlayKey = `${drawn.current.base}|${hoverStep}`;
    if (!baseChanged && overlayKey === drawn.current.overlay) return;
    drawn.current.overlay = overlayKey;
    const values = series.map((s) => ({ value: valueAt(s, hoverStep), color: s.color }));
    const octx = prepareCanvas(overlay, width, height);
    const model = modelRef.current;
    const style = styleRef.current.style;
    if (octx && model && style && hoverStep !== null) {
      drawCrosshair(octx, model, hoverStep, values, style.fg, style.fontSize);
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
