import { describe, expect, test } from 'vitest';
import { runConfig } from '../../core/config/validate';
import { readClassroomParams } from './classroom';
import { configSummary } from './configSummary';
import { lessonById, lessons } from '../../core/experiments/lessons';

const sentences = (text: string) => text.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length;

describe('lessons', () => {
  test('cover the six topics, each once', () => {
    const ids = lessons.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['ring', 'grid-torus', 'sphere', 'klein', 'shuffled', 'lottery'])
      expect(lessonById(id)).toBeDefined();
  });

  test.each(lessons.map((l) => [l.id, l] as const))(
    '%s validates and is small enough for a browser',
    (_, lesson) => {
      const c = runConfig(lesson.config);
      expect(c.model.hidden).toBeGreaterThanOrEqual(64);
      expect(c.model.hidden).toBeLessThanOrEqual(128);
      expect(c.training.batch).toBeLessThanOrEqual(32);
      // About a minute in Chromium on two cores (the quick start's 400 steps take about 10 s).
      expect(c.training.epochs * c.training.stepsPerEpoch).toBeLessThanOrEqual(1200);
      expect(c.training.learningRate).toBeGreaterThanOrEqual(1e-2);
      expect(c.training.learningRate).toBeLessThanOrEqual(3e-2);
      if (c.task.kind === 'navigation') {
        expect(c.task.placeCells).toBeLessThanOrEqual(128);
        expect(c.task.seqLen).toBeLessThanOrEqual(10);
        expect(c.task.placeCellWidthMeters).toBeGreaterThanOrEqual(0.2);
      }
    },
  );

  test.each(lessons.map((l) => [l.id, l] as const))(
    '%s has 3–6 sentences to read aloud and things to look at',
    (_, lesson) => {
      expect(sentences(lesson.text)).toBeGreaterThanOrEqual(3);
      expect(sentences(lesson.text)).toBeLessThanOrEqual(6);
      expect(lesson.lookAt.length).toBeGreaterThan(0);
      lesson.lookAt.forEach((claim) => {
        expect(claim.text.length).toBeGreaterThan(10);
        expect(claim.measure.length).toBeGreaterThan(10);
      });
    },
  );

  test('the summary line says what will run', () => {
    const c = runConfig(lessonById('shuffled')!.config);
    expect(configSummary(c)).toBe(
      'navigation, Np = 128, T = 10 · torus, n = 128 · shuffled penalty λ = 0.1 · 50% of W_hh pruned · 1200 steps (6 × 200)',
    );
  });
});

describe('classroom mode', () => {
  test('reads the flag and the lesson from the address', () => {
    expect(readClassroomParams('?classroom')).toEqual({ classroom: true, lesson: null });
    expect(readClassroomParams('?mode=classroom&lesson=klein')).toEqual({
      classroom: true,
      lesson: 'klein',
    });
    expect(readClassroomParams('?classroom=0').classroom).toBe(false);
    expect(readClassroomParams('').classroom).toBe(false);
  });
});
