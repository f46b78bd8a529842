import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunState, RunStatus, WorkerEvent } from '../../../workers/protocol';
import { runConfig } from '../../core/config/validate';
import { Autosaver } from './autosaver';
import type { RunMeta, RunToSave } from './types';

const config = runConfig({
  task: { kind: 'navigation' },
  geometry: { manifold: 'torus' },
  regularizer: { condition: 'moduli' },
  seed: 1,
});

/** An in-memory store whose writes can be held back, and a worker that exports its step. */
function setup() {
  const saved = new Map<string, RunMeta & { runFileText: string }>();
  const held: (() => void)[] = [];
  let step = 0;
  let ids = 0;
  let holdPuts = false;
  const put = (run: RunToSave) => {
    const meta = { ...run, name: run.name ?? saved.get(run.id)?.name ?? '?', savedAt: Date.now() };
    saved.set(run.id, meta);
    return meta;
  };
  const store = {
    saveRun: vi.fn(
      (run: RunToSave) =>
        new Promise<RunMeta>((resolve) => {
          if (holdPuts) held.push(() => resolve(put(run)));
          else resolve(put(run));
        }),
    ),
    patchRun: vi.fn(async (id: string, patch: Partial<RunMeta>) => {
      const old = saved.get(id);
      if (old) saved.set(id, { ...old, ...patch });
    }),
  };
  const exportRun = vi.fn(async () => `run file at step ${step}`);
  const saver = new Autosaver({ exportRun, store, createId: () => `run-${++ids}` });
  const send = (event: WorkerEvent) => saver.handle(event);
  const state = (status: RunStatus, atStep: number, epoch = 0) => {
    step = atStep;
    const s: RunState = { status, step, epoch, totalSteps: 1000, stepsPerSecond: 50, message: '' };
    send({ type: 'state', state: s });
  };
  const load = () => {
    send({ type: 'run', config });
    state('idle', 0);
  };
  const hold = (on: boolean) => (holdPuts = on);
  const release = () => held.splice(0).forEach((write) => write());
  return { saver, saved, store, exportRun, send, state, load, hold, release };
}

/** Lets the awaited export and put finish. */
const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-01-01T12:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('Autosaver', () => {
  it('saves a running run at most every 20 s', async () => {
    const t = setup();
    t.load();
    t.state('running', 0);
    for (let i = 1; i <= 45; i++) {
      vi.advanceTimersByTime(1000);
      t.state('running', i * 10);
      await settle();
    }
    // The first step came at 1 s: saves at 21 s and 41 s, none before or between.
    expect(t.exportRun).toHaveBeenCalledTimes(2);
    const run = t.saved.get('run-1');
    expect(run).toMatchObject({ status: 'running', step: 410, totalSteps: 1000 });
    expect(run?.name).toBe('navigation · torus · moduli · seed 1');
    expect(run?.runFileText).toBe('run file at step 410');
  });

  it('saves at each epoch end and when the run pauses, finishes or diverges', async () => {
    const t = setup();
    t.load();
    t.state('running', 0);
    t.state('running', 50, 0);
    t.state('running', 100, 1);
    await settle();
    expect(t.saved.get('run-1')).toMatchObject({ step: 100, status: 'running' });
    t.state('paused', 120, 1);
    await settle();
    expect(t.saved.get('run-1')).toMatchObject({ step: 120, status: 'paused' });
    t.state('running', 120, 1);
    t.state('diverged', 130, 1);
    await settle();
    expect(t.saved.get('run-1')).toMatchObject({ step: 130, status: 'diverged' });
    expect(t.exportRun).toHaveBeenCalledTimes(3);
    expect([...t.saved.keys()]).toEqual(['run-1']);
  });

  it('saves nothing new when training restarts at the saved step, and throttles single steps', async () => {
    const t = setup();
    t.load();
    t.state('paused', 1); // the first Step press
    await settle();
    expect(t.exportRun).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(30_000);
    t.state('running', 1); // Train, 30 s later
    await settle();
    expect(t.exportRun).toHaveBeenCalledTimes(1);
    t.state('paused', 5);
    await settle();
    expect(t.exportRun).toHaveBeenCalledTimes(2);
    for (let s = 6; s < 20; s++) t.state('paused', s); // Step, Step, …
    await settle();
    expect(t.exportRun).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(20_000);
    t.state('paused', 20);
    await settle();
    expect(t.saved.get('run-1')).toMatchObject({ step: 20, status: 'paused' });
  });

  it('records the latest validation metric', async () => {
    const t = setup();
    t.load();
    t.state('running', 0);
    t.send({ type: 'validation', point: { step: 100, metric: 31.5, taskLoss: 2 } });
    t.state('done', 1000, 10);
    await settle();
    expect(t.saved.get('run-1')).toMatchObject({ finalMetric: 31.5, metricLabel: 'error (cm)' });
  });

  it('never overlaps saves: a timed save is skipped, a status save waits its turn', async () => {
    const t = setup();
    t.load();
    t.state('running', 0);
    t.state('running', 10);
    t.hold(true);
    vi.advanceTimersByTime(20_000);
    t.state('running', 500);
    await settle();
    expect(t.exportRun).toHaveBeenCalledTimes(1);
    // The write of step 500 is still in flight: the next timed save is skipped…
    vi.advanceTimersByTime(25_000);
    t.state('running', 900);
    // …and the pause is saved as soon as that write is done.
    t.state('paused', 950);
    await settle();
    expect(t.exportRun).toHaveBeenCalledTimes(1);
    t.hold(false);
    t.release();
    await settle();
    expect(t.exportRun).toHaveBeenCalledTimes(2);
    expect(t.saved.get('run-1')).toMatchObject({ status: 'paused', step: 950 });
    expect(t.saved.get('run-1')?.runFileText).toBe('run file at step 950');
  });

  it('starts a new entry after a reset and marks the left run as no longer running', async () => {
    const t = setup();
    t.load();
    t.state('running', 0);
    t.state('running', 10);
    vi.advanceTimersByTime(21_000);
    t.state('running', 300);
    await settle();
    expect(t.saved.get('run-1')?.status).toBe('running');
    t.load(); // Reset: the worker loads a fresh run
    await settle();
    expect(t.saved.get('run-1')?.status).toBe('paused');
    t.state('running', 0);
    t.state('paused', 40);
    await settle();
    expect(t.saved.get('run-2')).toMatchObject({ step: 40, status: 'paused' });
    expect(t.saver.runId).toBe('run-2');
  });

  it('does not save a loaded run until it trains, and keeps saving a reopened one in place', async () => {
    const t = setup();
    const reopened: RunMeta = {
      ...{ id: 'saved-7', name: 'mine', savedAt: 0, status: 'running' },
      ...{ task: 'navigation', manifold: 'torus', step: 600, totalSteps: 1000 },
      ...{ finalMetric: 20, metricLabel: 'error (cm)' },
    };
    t.saved.set('saved-7', { ...reopened, runFileText: 'old' });
    t.saver.adopt(reopened);
    t.send({ type: 'run', config });
    t.state('paused', 600);
    await settle();
    expect(t.exportRun).not.toHaveBeenCalled();
    t.state('running', 600);
    t.state('paused', 650);
    await settle();
    expect(t.saved.get('saved-7')).toMatchObject({ name: 'mine', step: 650, status: 'paused' });
    expect(t.saved.size).toBe(1);
  });
});
