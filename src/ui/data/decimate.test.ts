import { describe, expect, it } from 'vitest';
import { decimate } from './decimate';
import { nearestIndex } from './columnStore';
import { createMetricSeries } from './metricSeries';

const range = (n: number) => Float64Array.from({ length: n }, (_, i) => i);

describe('decimate', () => {
  it('keeps every spike of 100k points in a few hundred columns', () => {
    const n = 100_000;
    const xs = range(n);
    const ys = new Float64Array(n).fill(1);
    ys[12_345] = 50;
    ys[87_654] = -7;
    const d = decimate(xs, ys, 0, n - 1, 400);
    expect(d.width).toBe(400);
    expect(Math.max(...d.max)).toBe(50);
    expect(Math.min(...d.min)).toBe(-7);
    expect(d.count.reduce((a, b) => a + b, 0)).toBe(n);
  });

  it('puts each point in the column of its x and leaves empty columns NaN', () => {
    const xs = Float64Array.of(0, 1, 9, 10);
    const ys = Float64Array.of(3, 5, 2, 8);
    const d = decimate(xs, ys, 0, 10, 5);
    expect(Array.from(d.count)).toEqual([2, 0, 0, 0, 2]);
    expect(d.min[0]).toBe(3);
    expect(d.max[0]).toBe(5);
    expect(d.first[0]).toBe(3);
    expect(d.last[0]).toBe(5);
    expect(d.first[4]).toBe(2);
    expect(d.last[4]).toBe(8);
    expect(Number.isNaN(d.min[2])).toBe(true);
  });

  it('only reads the visible x range and skips non-finite values', () => {
    const xs = range(10);
    const ys = Float64Array.of(100, 1, 2, NaN, Infinity, 3, 4, 5, 6, -100);
    const d = decimate(xs, ys, 1, 8, 2);
    expect(d.count.reduce((a, b) => a + b, 0)).toBe(6);
    expect(Math.max(...d.max)).toBe(6);
    expect(Math.min(...d.min)).toBe(1);
  });

  it('handles empty input, zero width and a single point', () => {
    expect(decimate([], [], 0, 1, 10).count.every((c) => c === 0)).toBe(true);
    expect(decimate(range(3), range(3), 0, 2, 0).width).toBe(0);
    const one = decimate([5], [2], 5, 5, 3);
    expect(Array.from(one.count)).toEqual([1, 0, 0]);
  });
});

describe('metric series', () => {
  it('grows past its capacity, bumps its version and finds the nearest step', () => {
    const s = createMetricSeries(16);
    const points = Array.from({ length: 100 }, (_, i) => ({ step: i * 2, taskLoss: i, metric: 1 }));
    s.append(points.slice(0, 60));
    const v = s.version;
    s.append(points.slice(60));
    expect(s.version).toBe(v + 1);
    expect(s.length).toBe(100);
    expect(s.column('taskLoss')[99]).toBe(99);
    expect(Number.isNaN(s.at('penalty', 3))).toBe(true);
    expect(nearestIndex(s.column('step'), s.length, 41)).toBe(20);
    expect(nearestIndex(s.column('step'), s.length, 1e9)).toBe(99);
    s.clear();
    expect(s.length).toBe(0);
  });
});
