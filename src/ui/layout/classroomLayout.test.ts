import { describe, expect, test } from 'vitest';
import { chartMargin } from '../views/chartDraw';
import { classroomChartHeight } from './classroomLayout';

describe('classroom chart height', () => {
  test('a fifth of the window, between 154 and 220 px', () => {
    // 720 × 0.21 = 151.2 → the 154 px floor; 1080 × 0.21 = 226.8 → the 220 px ceiling.
    expect(classroomChartHeight(720)).toBe(154);
    expect(classroomChartHeight(1080)).toBe(220);
    expect(classroomChartHeight(900)).toBe(189); // 900 × 0.21 = 189
    expect(classroomChartHeight(300)).toBe(154);
  });

  test('at the floor, 16 px text leaves a plot area whose 0–100% ticks stand 19 px apart', () => {
    // Margins at 16 px: 1.6 × (6 top + 30 bottom) = 57.6 px; (154 − 57.6) / 5 gaps = 19.28 px.
    const m = chartMargin(16);
    expect(m.top + m.bottom).toBeCloseTo(57.6, 9);
    expect((classroomChartHeight(720) - m.top - m.bottom) / 5).toBeCloseTo(19.28, 9);
  });
});
