import { expect, test } from 'vitest';
import { Rng } from '../../random';
import { addingBatch } from './batch';

test('each sequence has values in [0, 1), exactly two markers at distinct steps, and their sum as target', () => {
  const { seqLen, batch, inputs, targets } = addingBatch(new Rng(1), { batch: 300 });
  expect(seqLen).toBe(50);
  expect(batch).toBe(300);
  expect(inputs).toHaveLength(50 * 300 * 2);
  expect(targets).toHaveLength(300);
  const values = inputs.filter((_, i) => i % 2 === 0);
  expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
  expect(Math.max(...values)).toBeLessThan(1);
  for (let b = 0; b < batch; b++) {
    const marked: number[] = [];
    for (let t = 0; t < seqLen; t++) {
      if (inputs[(t * batch + b) * 2 + 1] !== 0) marked.push(t);
    }
    expect(marked).toHaveLength(2);
    expect(marked.map((t) => inputs[(t * batch + b) * 2 + 1])).toEqual([1, 1]);
    const markedSum = inputs[(marked[0] * batch + b) * 2] + inputs[(marked[1] * batch + b) * 2];
    expect(targets[b]).toBeCloseTo(markedSum, 6);
  }
});

test('every step is equally likely to be marked; with T = 2 both are', () => {
  const { inputs, batch } = addingBatch(new Rng(2), { seqLen: 5, batch: 4000 });
  const counts = new Array(5).fill(0);
  for (let i = 1; i < inputs.length; i += 2) counts[Math.floor((i - 1) / 2 / batch)] += inputs[i];
  // Each step is marked with probability 2/5.
  for (const c of counts) expect(Math.abs(c / 4000 - 0.4)).toBeLessThan(0.03);
  const { inputs: shortest } = addingBatch(new Rng(3), { seqLen: 2, batch: 10 });
  expect(Array.from(shortest).filter((_, i) => i % 2 === 1)).toEqual(new Array(20).fill(1));
  expect(() => addingBatch(new Rng(3), { seqLen: 1, batch: 1 })).toThrow();
});

test('a seed fixes the batch; another seed gives another', () => {
  const a = addingBatch(new Rng(7), { seqLen: 20, batch: 8 });
  expect(addingBatch(new Rng(7), { seqLen: 20, batch: 8 })).toEqual(a);
  expect(addingBatch(new Rng(8), { seqLen: 20, batch: 8 }).inputs).not.toEqual(a.inputs);
});
