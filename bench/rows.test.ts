import { expect, test } from 'vitest';
import { addRatios, type BenchRow } from './rows';

const summary = (medianMs: number) => ({
  medianMs,
  q1Ms: medianMs,
  q3Ms: medianMs,
  minMs: medianMs,
  maxMs: medianMs,
  count: 5,
});

const row = (group: BenchRow['group'], where: string, ms: number): BenchRow => ({
  group,
  where,
  what: group,
  hidden: 256,
  summary: summary(ms),
  note: '',
});

test('ratios to PyTorch go on steps and their parts, not on sparse forward passes', () => {
  const rows = [
    row('step', 'PyTorch', 40),
    row('step', 'Node WASM', 60),
    row('penalty', 'Node WASM', 3),
    row('sparse', 'Node', 2),
  ];
  addRatios(rows);
  const [torch, wasm, penalty, sparse] = rows;
  expect(torch.ratioToTorch).toBe(1);
  expect(wasm.ratioToTorch).toBe(1.5);
  expect(penalty.shareOfStep).toBe(0.05);
  expect(sparse.ratioToTorch).toBeUndefined();
  expect(sparse.shareOfStep).toBeUndefined();
});
