import { describe, expect, test } from 'vitest';
import { CLASSROOM_CHART_ZOOM, classroomChartHeight } from './classroomLayout';

describe('classroom chart height', () => {
  test('a fifth of the window once zoomed, between 154 and 220 px', () => {
    // 720 × 0.21 = 151 → the 154 px floor; 1080 × 0.21 = 227 → the 220 px ceiling.
    expect(classroomChartHeight(720)).toBe(96); // 154 / 1.6 = 96.25
    expect(classroomChartHeight(1080)).toBe(138); // 220 / 1.6 = 137.5
    expect(classroomChartHeight(900)).toBe(118); // 189 / 1.6 = 118.1
    expect(classroomChartHeight(300) * CLASSROOM_CHART_ZOOM).toBeCloseTo(154, -1);
  });
});
