/**
 * The stream's throttling, with a hand-driven clock: metrics wait for a flush, the flush
 * measures steps per second over its window, progress events thin out but the last one
 * always goes.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { JobProgress, MetricPoint, WorkerEvent } from './protocol';
import { RunStream, type SessionState } from './stream';

let clock = 0;
afterEach(() => vi.restoreAllMocks());

function stream() {
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  const events: WorkerEvent[] = [];
  return { s: new RunStream((e) => events.push(e)), events };
}

const state: SessionState = { status: 'running', step: 3, epoch: 0, totalSteps: 10, message: '' };
const point = (step: number) => ({ step }) as MetricPoint;
const progress = (fraction: number): JobProgress => ({
  job: 'topology',
  fraction,
  etaSeconds: null,
  label: 'x',
});

describe('RunStream', () => {
  test('metrics leave in one batch with the state, and steps/s is measured over the window', () => {
    clock = 1000;
    const { s, events } = stream();
    s.flush(state);
    events.length = 0;
    s.metric(point(1));
    s.metric(point(2));
    s.metric(point(3));
    clock = 1500; // 3 steps in 0.5 s
    s.flush(state);
    expect(events.map((e) => e.type)).toEqual(['metrics', 'state']);
    expect(events[0]).toEqual({ type: 'metrics', points: [point(1), point(2), point(3)] });
    expect(events[1]).toMatchObject({ type: 'state', state: { step: 3, stepsPerSecond: 6 } });
  });

  test('while running, a flush waits 100 ms; once stopped it goes at once', () => {
    clock = 0;
    const { s, events } = stream();
    s.flush(state);
    events.length = 0;
    s.metric(point(1));
    clock = 50;
    const trainer = null as never;
    // afterSteps also draws when 150 ms have passed; drawing needs a trainer, so stub it.
    vi.spyOn(s, 'snapshot').mockImplementation(() => undefined);
    s.afterSteps(trainer, state);
    expect(events).toEqual([]);
    s.afterSteps(trainer, { ...state, status: 'paused' });
    expect(events.map((e) => e.type)).toEqual(['metrics', 'state']);
  });

  test('a new run forgets the last rate', () => {
    clock = 0;
    const { s, events } = stream();
    s.flush(state);
    s.metric(point(1));
    clock = 100;
    s.flush(state);
    s.newRun();
    s.flush(state);
    const last = events.at(-1);
    expect(last).toMatchObject({ type: 'state', state: { stepsPerSecond: 0 } });
  });

  test('progress events at most every 100 ms, and the last one always', () => {
    clock = 1000;
    const { s, events } = stream();
    s.progress(progress(0.1));
    clock = 1050;
    s.progress(progress(0.2));
    clock = 1060;
    s.progress(progress(1));
    clock = 1200;
    s.progress(progress(0.5));
    const fractions = events.map((e) => (e.type === 'progress' ? e.progress.fraction : -1));
    expect(fractions).toEqual([0.1, 1, 0.5]);
  });
});
