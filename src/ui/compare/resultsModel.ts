/**
 * What the results table and chart show, computed without the DOM: the best cell of each
 * row (every task metric here is an error, so lower is better), the chart's marks with
 * mean ± std per condition and row, and the time-left readout.
 */
import { scaleBand, scaleLinear } from 'd3';
import type { ComparisonTable } from '../../core/experiments/table';

/** Two decimals like the paper's cm errors (5.69), three below 1 (RMSE 0.111), as formatTable. */
export function tableDigits(table: ComparisonTable): number {
  const means = table.rows.flatMap((r) => r.cells.map((c) => Math.abs(c.mean ?? 0)));
  return Math.max(0, ...means) >= 1 ? 2 : 3;
}

/** Column of the lowest mean in each row (null when the row has no value). */
export function bestInRow(table: ComparisonTable): (number | null)[] {
  return table.rows.map((row) => {
    let best: number | null = null;
    row.cells.forEach((cell, i) => {
      if (cell.mean !== null && (best === null || cell.mean < (row.cells[best].mean ?? Infinity)))
        best = i;
    });
    return best;
  });
}

export interface DotMark {
  x: number;
  y: number;
  /** Ends of the ± std whisker (equal to y without a std). */
  y0: number;
  y1: number;
  /** Index into table.rows, for colour and shape. */
  row: number;
  condition: string;
  title: string;
}

export interface DotChart {
  marks: DotMark[];
  /** Condition labels at their band centres. */
  ticks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
}

/**
 * Marks for a width × height chart: one band per condition, one dot per table row inside
 * it (side by side so the whiskers do not overlap), y fitted to mean ± std.
 */
export function dotChart(
  table: ComparisonTable,
  size: { width: number; height: number; left: number; top: number; bottom: number },
): DotChart {
  const digits = tableDigits(table);
  const unit = table.metricUnit ? ` ${table.metricUnit}` : '';
  const x = scaleBand<string>()
    .domain(table.conditions)
    .range([size.left, size.width - 4])
    .padding(0.2);
  const offset = scaleBand<number>()
    .domain(table.rows.map((_, i) => i))
    .range([0, x.bandwidth()])
    .padding(0.3);
  const values = table.rows.flatMap((r) =>
    r.cells.flatMap((c) => (c.mean === null ? [] : [c.mean - (c.std ?? 0), c.mean + (c.std ?? 0)])),
  );
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 1;
  const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1;
  const y = scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([size.height - size.bottom, size.top])
    .nice(4);
  const marks: DotMark[] = [];
  table.rows.forEach((row, r) =>
    row.cells.forEach((cell, c) => {
      if (cell.mean === null) return;
      const condition = table.conditions[c];
      const std = cell.std ?? 0;
      const spread = cell.std === null ? 'no std (one seed)' : `± ${cell.std.toFixed(digits)}`;
      marks.push({
        x: (x(condition) ?? 0) + (offset(r) ?? 0) + offset.bandwidth() / 2,
        y: y(cell.mean),
        y0: y(cell.mean - std),
        y1: y(cell.mean + std),
        row: r,
        condition,
        title: `${condition} · ${row.label}: ${cell.mean.toFixed(digits)}${unit} ${spread}, n = ${cell.n}`,
      });
    }),
  );
  return {
    marks,
    ticks: table.conditions.map((c) => ({ x: (x(c) ?? 0) + x.bandwidth() / 2, label: c })),
    yTicks: y.ticks(4).map((v) => ({ y: y(v), label: y.tickFormat(4)(v) })),
  };
}

/** "1 h 05 min", "12 min 30 s", "45 s"; "estimating…" before the first steps. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return 'estimating…';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}
