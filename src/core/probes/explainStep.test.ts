import { describe, expect, test } from 'vitest';
import { explainStep } from './explainStep';
import { num } from './format';
import { stepBreakdown as breakdown } from './testing';

describe('explainStep', () => {
  test('tells the six stages in order, with this step’s numbers and formulas', () => {
    const stages = explainStep(breakdown);
    expect(stages.map((s) => s.stage)).toEqual([
      'forward',
      'task loss',
      'penalty',
      'gradient',
      'update',
      'pruning',
    ]);
    const [forward, loss, penalty, gradient, update, pruning] = stages.map((s) => s.text);
    expect(forward).toContain('h_t = relu(W_hh h_{t−1} + W_ih v_t)');
    expect(forward).toContain('32 random walks of 10 steps (0.2 s each)');
    expect(loss).toContain('61.2 cm');
    expect(penalty).toContain('P = λ·mean_{j,k}(C[j,k]·|W_hh[j,k]|) = 0.1 × 2.5 = 0.25');
    expect(penalty).toContain('L = L_task + P = 4.5 + 0.25 = 4.75');
    expect(gradient).toContain('‖∂L_task/∂W_hh‖ = 0.3');
    expect(gradient).toContain('(no clipping)');
    expect(update).toContain('η = 0.01 and wd = 0.01');
    expect(pruning).toContain('Epoch 2 of 5 runs at 22.5%');
    expect(pruning).toContain('In 50 steps, epoch 3 raises it to 45.0%');
  });

  test('speaks of the controls and of the schedule’s end', () => {
    const none = explainStep({ ...breakdown, condition: 'none', lambda: 0, penalty: 0 });
    expect(none[2].text).toContain('No regularization');
    const shuffled = explainStep({ ...breakdown, condition: 'shuffled' })[2].text;
    expect(shuffled).toContain('permuted');
    const last = explainStep({ ...breakdown, epoch: 4, clipNorm: 0.5 });
    expect(last[5].text).toContain('last epoch');
    expect(last[3].text).toContain('scaled by 0.962');
    const adding = explainStep({ ...breakdown, task: 'adding', outputs: 1, metric: 0.3 });
    expect(adding[0].text).toContain('ŷ = D h_T + b_d');
    expect(adding[1].text).toContain('RMSE on this batch: 0.3');
    const text = explainStep({
      ...breakdown,
      task: 'text',
      layers: 3,
      outputs: 80,
      activation: 'tanh',
      metric: 12,
    });
    expect(text[0].text).toContain('then through 2 more layers');
    expect(text[1].text).toContain('exp(L_task) = 12');
  });

  test('formats numbers for reading aloud', () => {
    expect(num(0.000012345)).toBe('1.23e-5');
    expect(num(123456)).toBe('1.23e5');
    expect(num(2.5)).toBe('2.5');
  });
});
