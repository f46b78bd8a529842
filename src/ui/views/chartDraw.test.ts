/**
 * Where the axes' labels land, through a canvas context that records them: the x labels stay
 * inside the canvas even when the last tick sits on the plot's right edge.
 */
import { describe, expect, it } from 'vitest';
import { createMetricSeries } from '../data/metricSeries';
import { chartMargin, drawAxes } from './chartDraw';
import { buildChart, chartSeries } from './chartModel';

/** Enough of a 2D context for drawAxes, with text 6 px a character. */
function recordingContext() {
  const texts: { text: string; x: number; align: string }[] = [];
  const ctx = {
    textAlign: 'left',
    fillText(text: string, x: number) {
      texts.push({ text, x, align: this.textAlign });
    },
    measureText: (text: string) => ({ width: 6 * text.length }),
    beginPath() {},
    moveTo() {},
    lineTo() {},
    stroke() {},
    save() {},
    restore() {},
    translate() {},
    rotate() {},
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts };
}

describe('chart axes', () => {
  it('keeps the last step label ("1.2k") inside the canvas', () => {
    const margin = chartMargin(10);
    const width = 300;
    const area = { left: margin.left, right: width - margin.right, top: 6, bottom: 70 };
    const m = createMetricSeries();
    m.append([0, 600, 1200].map((step) => ({ step, taskLoss: 1 + step / 1200 })));
    const model = buildChart(
      [chartSeries(m, 'taskLoss', { label: 'x', color: '#000' })],
      area,
      {},
      1,
    )!;
    const { ctx, texts } = recordingContext();
    const style = {
      fg: '#000',
      muted: '#555',
      grid: '#ddd',
      font: '10px sans-serif',
      fontSize: 10,
    };
    drawAxes(ctx, model, style, String, { x: 'step', y: 'loss' });
    const xLabels = texts.filter((t) => t.align === 'center' && t.text !== 'step');
    expect(xLabels.map((t) => t.text)).toContain('1.2k');
    for (const t of xLabels) expect(t.x + (6 * t.text.length) / 2).toBeLessThanOrEqual(width);
    // Labels away from the edge stay centred on their tick.
    expect(xLabels.find((t) => t.text === '0.6k')!.x).toBeCloseTo(model.x(600) + 0.5);
  });
});
