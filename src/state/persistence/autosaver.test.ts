import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunState, RunStatus, WorkerEvent } from '../../../workers/protocol';
import { runConfig } from '../../core/config/validate';
import { Autosaver } from './autosaver';
import type { RunMeta, RunToSave, SavedRun } from './types';

const config = runConfig({
  task: { kind: 'navigation' },
  geometry: { manifold: 'torus' },
  regularizer: { condition: 'moduli' },
  seed: 1,
});

/**
 * An in-memory store whose writes can be held back or refused, and a worker whose run file
 * (a Blob, as the worker's exportRunFile gives) says its step.
 */
function setup() {
  const saved = new Map<string, SavedRun>();
  const held: (() => void)[] = [];
  let step = 0;
  let ids = 0;
  let holdPuts = false;
  let refusal: Error | null = null;
  const put = (run: RunToSave) => {
    const meta = { ...run, name: run.name ?? saved.get(run.id)?.name ?? '?', savedAt: Date.now() };
    saved.set(run.id, meta);
    return meta;
  };
  const store = {
    saveRun: vi.fn(
      (run: RunToSave) =>
        new Promise<RunMeta>((resolve, reject) => {
          // A refused write (quota, say) changes nothing, as LabDb's aborted transaction does.
          if (refusal) reject(refusal);
          else if (holdPuts) held.push(() => resolve(put(run)));
          else resolve(put(run));
        }),
    ),
    patchRun: vi.fn(async (id: string, patch: Partial<RunMeta>) => {
      const old = saved.get(id);
      if (old) saved.set(id, { ...old, ...patch });
    }),
  };
  const exportRunFile = vi.fn(async () => new Blob([`run file at step ${step}`]));
  const onError = vi.fn();
  const saver = new Autosaver({ exportRunFile, store, onError, createId: () => `run-${++ids}` });
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
  const refuse = (error: Error | null) => (refusal = error);
  /** What the entry's stored file says (a Blob, or the text of a legacy entry). */
  const fileOf = async (id: string) => {
    const file = saved.get(id)?.runFile;
    return typeof file === 'string' ? file : file?.text();
  };
  return {
    ...{ saver, saved, store, exportRunFile, onError, send, state, load },
    ...{ hold, release, refuse, fileOf },
  };
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
    expect(t.exportRunFile).toHaveBeenCalledTimes(2);
    const run = t.saved.get('run-1');
    expect(run).toMatchObject({ status: 'running', step: 410, totalSteps: 1000 });
    expect(run?.name).toBe('navigation · torus · moduli · seed 1');
    expect(run?.runFile).toBeInstanceOf(Blob);
    expect(await t.fileOf('run-1')).toBe('run file at step 410');
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
    expect(t.exportRunFile).toHaveBeenCalledTimes(3);
    expect([...t.saved.keys()]).toEqual(['run-1']);
  });

  it('saves nothing new when training restarts at the saved step, and throttles single steps', async () => {
    const t = setup();
    t.load();
    t.state('paused', 1); // the first Step press
    await settle();
    expect(t.exportRunFile).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(30_000);
    t.state('running', 1); // Train, 30 s later
    await settle();
    expect(t.exportRunFile).toHaveBeenCalledTimes(1);
    t.state('paused', 5);
    await settle();
    expect(t.exportRunFile).toHaveBeenCalledTimes(2);
    for (let s = 6; s < 20; s++) t.state('paused', s); // Step, Step, …
    await settle();
    expect(t.exportRunFile).toHaveBeenCalledTimes(2);
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
    expect(t.exportRunFile).toHaveBeenCalledTimes(1);
    // The write of step 500 is still in flight: the next timed save is skipped…
    vi.advanceTimersByTime(25_000);
    t.state('running', 900);
    // …and the pause is saved as soon as that write is done.
    t.state('paused', 950);
    await settle();
    expect(t.exportRunFile).toHaveBeenCalledTimes(1);
    t.hold(false);
    t.release();
    await settle();
    expect(t.exportRunFile).toHaveBeenCalledTimes(2);
    expect(t.saved.get('run-1')).toMatchObject({ status: 'paused', step: 950 });
    expect(await t.fileOf('run-1')).toBe('run file at step 950');
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
    t.saved.set('saved-7', { ...reopened, runFile: '{"format":"moduli-lab-run"}' });
    t.saver.adopt(reopened);
    t.send({ type: 'run', config });
    t.state('paused', 600);
    await settle();
    expect(t.exportRunFile).not.toHaveBeenCalled();
    t.state('running', 600);
    t.state('paused', 650);
    await settle();
    expect(t.saved.get('saved-7')).toMatchObject({ name: 'mine', step: 650, status: 'paused' });
    expect(t.saved.size).toBe(1);
  });

  it('reports a failed save through onError, keeps the previous save, and tries again', async () => {
    const t = setup();
    t.load();
    t.state('running', 0);
    t.state('paused', 40);
    await settle();
    expect(await t.fileOf('run-1')).toBe('run file at step 40');
    t.refuse(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    t.state('running', 40);
    t.state('paused', 80);
    await settle();
    expect(t.onError).toHaveBeenCalledTimes(1);
    expect(t.onError.mock.calls[0][0]).toMatchObject({ name: 'QuotaExceededError' });
    expect(t.saved.get('run-1')).toMatchObject({ step: 40, status: 'paused' });
    expect(await t.fileOf('run-1')).toBe('run file at step 40');
    // The entry still lags the run, so the next trigger saves it.
    t.refuse(null);
    vi.advanceTimersByTime(20_000);
    t.state('paused', 81);
    await settle();
    expect(t.saved.get('run-1')).toMatchObject({ step: 81 });
    expect(await t.fileOf('run-1')).toBe('run file at step 81');
    expect(t.onError).toHaveBeenCalledTimes(1);
  });

  it('reports a refused export through onError and writes nothing', async () => {
    const t = setup();
    t.load();
    t.exportRunFile.mockRejectedValueOnce(new Error('No run is configured yet'));
    t.state('running', 0);
    t.state('paused', 10);
    await settle();
    expect(t.onError).toHaveBeenCalledWith(new Error('No run is configured yet'));
    expect(t.store.saveRun).not.toHaveBeenCalled();
    expect(t.saved.size).toBe(0);
  });
});
