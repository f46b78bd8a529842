import { describe, expect, it } from 'vitest';
import {
  barOrder,
  describePair,
  dimensionsShown,
  filtrationExtent,
  longPairs,
  persistence,
} from './barcodeModel';
import { circleResult, resultOf } from '../../core/topology/testing';

describe('barcodeModel', () => {
  it('marks exactly the one long H1 bar of a circle as long', () => {
    const result = circleResult();
    const long = [...longPairs(result)];
    expect(long.filter((p) => p.dimension === 1)).toHaveLength(1);
    expect(long.every((p) => result.pairs.includes(p))).toBe(true);
  });

  it('draws up to the computed range, or further if a bar ends later', () => {
    expect(filtrationExtent(resultOf([[0, 0, Infinity]], 0, 2))).toBe(2);
    expect(filtrationExtent(resultOf([[1, 1, 3]], 1, 2))).toBe(3);
    expect(filtrationExtent(resultOf([[0, 0, Infinity]], 0, 0))).toBe(1);
  });

  it('shows only the computed dimensions', () => {
    expect(dimensionsShown(resultOf([], 1))).toEqual([0, 1]);
  });

  it('stacks bars by birth, the longer first among equal births, essential first of all', () => {
    const order = barOrder(
      resultOf([
        [1, 0.5, 1],
        [0, 0, 0.3],
        [1, 0.2, 0.4],
        [1, 0.2, Infinity],
        [1, 0.2, 0.9],
      ]).pairs,
      1,
    );
    expect(order.map((p) => [p.birth, p.death])).toEqual([
      [0.2, Infinity],
      [0.2, 0.9],
      [0.2, 0.4],
      [0.5, 1],
    ]);
  });

  it('measures an essential bar to the end of the computed range', () => {
    expect(persistence({ dimension: 1, birth: 0.5, death: 2 }, 10)).toBe(1.5);
    expect(persistence({ dimension: 1, birth: 0.5, death: Infinity }, 3)).toBe(2.5);
  });

  it('says what a bar is in the tooltip', () => {
    const text = describePair({ dimension: 1, birth: 0.25, death: 1.5 }, true, 2);
    expect(text).toContain('H1 bar (a loop)');
    expect(text).toContain('born at d = 0.25');
    expect(text).toContain('dies at d = 1.5');
    expect(text).toContain('persistence 1.25');
    expect(text).toContain('long');
    const essential = describePair({ dimension: 0, birth: 0, death: Infinity }, false, 2);
    expect(essential).toContain('never within d ≤ 2 (essential)');
    expect(essential).toContain('persistence ≥ 2');
    expect(essential).toContain('noise');
  });
});
