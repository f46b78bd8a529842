/**
 * The bench's table, printed and as markdown: each figure with its spread, its ratio to
 * PyTorch's step at the same n and, for parts of a step, its share of the Node WASM step.
 */
import type { BenchRow } from './rows';

const headers = [
  'where',
  'what',
  'n',
  'median ms',
  'IQR ms',
  'min–max ms',
  'k',
  '× PyTorch',
  'share of step',
  'note',
];

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

function cells(row: BenchRow): string[] {
  const s = row.summary;
  return [
    row.where,
    row.what,
    row.hidden === null ? '' : String(row.hidden),
    s ? ms(s.medianMs) : '—',
    s && s.count > 1 ? `${ms(s.q1Ms)}–${ms(s.q3Ms)}` : '',
    s && s.count > 1 ? `${ms(s.minMs)}–${ms(s.maxMs)}` : '',
    s ? String(s.count) : '',
    row.ratioToTorch === undefined
      ? ''
      : `${row.ratioToTorch.toFixed(row.ratioToTorch < 10 ? 2 : 0)}×`,
    row.shareOfStep === undefined ? '' : `${(100 * row.shareOfStep).toFixed(1)}%`,
    row.note,
  ];
}

/** Fixed-width text table for the terminal. */
export function textTable(rows: BenchRow[]): string {
  const body = [headers, ...rows.map(cells)];
  const widths = headers.map((_, i) => Math.max(...body.map((r) => r[i].length)));
  return body
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function markdownTable(rows: BenchRow[]): string {
  const line = (r: string[]) => `| ${r.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map((r) => line(cells(r)))].join(
    '\n',
  );
}
