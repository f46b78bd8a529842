/**
 * The table at a glance: per condition, each row's mean as a dot with a ± std whisker;
 * filled dots for the sparse runs, open ones for their lottery tickets. A few dozen marks,
 * so SVG (hover titles come free) rather than canvas.
 */
import type { ComparisonTable } from '../../core/experiments/table';
import { dotChart } from './resultsModel';

const SIZE = { width: 480, height: 190, left: 44, top: 20, bottom: 22 };
/** One colour per target sparsity; Sparse and Lottery rows share it and differ by fill. */
const COLORS = ['#4e79a7', '#e15759', '#59a14f', '#b07aa1', '#f28e2b', '#76b7b2'];

export function ResultsChart({ table }: { table: ComparisonTable }) {
  const chart = dotChart(table, SIZE);
  const sparsities = [...new Set(table.rows.map((r) => r.sparsity))];
  const colorOf = (row: number) => COLORS[sparsities.indexOf(table.rows[row].sparsity) % 6];
  const unit = table.metricUnit ? ` (${table.metricUnit})` : '';
  return (
    <figure
      className="cmp-chart"
      title={`${table.metricLabel}${unit} per condition: dot = mean over seeds, whisker = ± sample std; lower is better`}
    >
      <svg viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} role="img" aria-label="Results chart">
        {chart.yTicks.map((t) => (
          <g key={t.label}>
            <line className="cmp-grid" x1={SIZE.left} x2={SIZE.width - 4} y1={t.y} y2={t.y} />
            <text className="cmp-axis" x={SIZE.left - 4} y={t.y + 3} textAnchor="end">
              {t.label}
            </text>
          </g>
        ))}
        <text className="cmp-axis" x={4} y={10}>
          {table.metricLabel}
          {unit}
        </text>
        {chart.ticks.map((t) => (
          <text key={t.label} className="cmp-axis" x={t.x} y={SIZE.height - 6} textAnchor="middle">
            {t.label}
          </text>
        ))}
        {chart.marks.map((m) => {
          const color = colorOf(m.row);
          const lottery = table.rows[m.row].kind === 'Lottery';
          return (
            <g key={`${m.condition}/${m.row}`}>
              <title>{m.title}</title>
              <line x1={m.x} x2={m.x} y1={m.y0} y2={m.y1} stroke={color} strokeWidth={1.5} />
              <circle
                cx={m.x}
                cy={m.y}
                r={4}
                stroke={color}
                strokeWidth={1.5}
                fill={lottery ? 'var(--mv-bg)' : color}
              />
            </g>
          );
        })}
      </svg>
      <figcaption className="mv-legend">
        {table.rows.map((row, r) => (
          <span
            key={row.label}
            title={row.kind === 'Sparse' ? 'Filled: trained while pruning' : 'Open: lottery ticket'}
          >
            <svg width="10" height="10" aria-hidden>
              <circle
                cx={5}
                cy={5}
                r={3.5}
                stroke={colorOf(r)}
                strokeWidth={1.5}
                fill={row.kind === 'Lottery' ? 'none' : colorOf(r)}
              />
            </svg>
            {row.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
