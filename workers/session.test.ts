/**
 * The worker's Session in Node, without a worker: the events it streams and the replies it
 * gives are what the UI thread receives (training.worker.ts only forwards them).
 */
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, test, vi } from 'vitest';
import { initNodeBackend } from '../src/core/backend/node';
import type { RunConfigInput } from '../src/core/config/schema';
import type { BackendInfo, WorkerEvent } from './protocol';
import { Session } from './session';

const tiny = {
  task: { kind: 'navigation', placeCells: 16, seqLen: 3 },
  model: { hidden: 8 },
  training: { batch: 2, epochs: 2, stepsPerEpoch: 3, validationBatches: 1 },
  seed: 3,
} satisfies RunConfigInput;

/** Starts the Node WASM backend, as the tests' setup does, and says so as the worker would. */
async function startNodeBackend(): Promise<BackendInfo> {
  await initNodeBackend('wasm');
  return { name: 'wasm', fallbackReasons: [], threads: 1, oneThreadBecause: null };
}

function newSession() {
  const events: WorkerEvent[] = [];
  const session = new Session((e) => events.push(e), startNodeBackend);
  const of = <T extends WorkerEvent['type']>(type: T) =>
    events.filter((e): e is Extract<WorkerEvent, { type: T }> => e.type === type);
  const lastState = () => of('state').at(-1)!.state;
  return { session, events, of, lastState };
}

async function configured(config: RunConfigInput = tiny) {
  const s = newSession();
  await s.session.init('wasm');
  const reply = await s.session.configure(config);
  if (!reply.ok) throw new Error(reply.error);
  return s;
}

describe('Session', () => {
  test('a config before init is refused; init starts the backend and reports it as an event', async () => {
    const { session, of } = newSession();
    expect(await session.configure(tiny)).toEqual({
      ok: false,
      error: 'The worker has not been initialised',
    });
    expect(of('run')).toHaveLength(0);
    const backend = await session.init('wasm');
    expect(backend.name).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(of('backend').map((e) => e.backend)).toEqual([backend]);
  });

  test('configure loads a run (run, state, snapshot events); a bad config names the field and changes nothing', async () => {
    const { session, of, lastState } = await configured();
    expect(of('run')).toHaveLength(1);
    expect(of('run')[0].config.model.hidden).toBe(8);
    expect(lastState()).toMatchObject({ status: 'idle', step: 0, totalSteps: 6 });
    const snapshot = of('snapshot').at(-1)!.snapshot;
    expect(snapshot).toMatchObject({ step: 0, n: 8, embeddingDim: 2 });
    expect(snapshot.whh).toHaveLength(64);

    const refused = await session.configure({ ...tiny, model: { hidden: 0 } });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toContain('model.hidden');
    expect(of('run')).toHaveLength(1);
    await session.step(1);
    expect(of('snapshot').at(-1)!.snapshot.n).toBe(8);
  });

  test('step(n) trains exactly n steps, streams their metrics in order and validates at the epoch end', async () => {
    const { session, of, lastState } = await configured();
    await session.step(4);
    // Metric points count steps from 0 (the step taken), the state counts steps done.
    expect(of('metrics').flatMap((e) => e.points.map((p) => p.step))).toEqual([0, 1, 2, 3]);
    expect(of('validation').map((e) => e.point.step)).toEqual([3]);
    expect(lastState()).toMatchObject({ status: 'paused', step: 4, epoch: 1 });
    expect(of('snapshot').at(-1)!.snapshot.step).toBe(4);
  });

  test('requests run in the order sent: a pause sent right after play stops it before any step', async () => {
    const { session, of, lastState } = await configured();
    await Promise.all([session.play(), session.pause()]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lastState()).toMatchObject({ status: 'paused', step: 0 });
    expect(of('metrics')).toHaveLength(0);
  });

  test('play trains in ticks to the end of the run and says done', async () => {
    const { session, of, lastState } = await configured();
    session.setStepsPerUpdate(4);
    await session.play();
    await vi.waitFor(() => expect(lastState().status).toBe('done'), { timeout: 30_000 });
    expect(lastState().step).toBe(6);
    expect(of('metrics').flatMap((e) => e.points.map((p) => p.step))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(of('validation').map((e) => e.point.step)).toEqual([3, 6]);
  });

  test('a run exported from one session and imported into another has the same step and weights; a bad file changes nothing', async () => {
    const a = await configured();
    await a.session.step(3);
    const file = await a.session.exportRunFile('npz');
    const b = newSession();
    await b.session.init('wasm');
    const imported = await b.session.importRunFile(file, 'a.npz');
    expect(imported.ok && imported.value).toEqual(a.of('run')[0].config);
    expect(b.lastState()).toMatchObject({ step: 3 });
    expect(b.of('snapshot').at(-1)!.snapshot.whh).toEqual(a.of('snapshot').at(-1)!.snapshot.whh);
    // The imported history is streamed as the charts need it.
    expect(b.of('metrics').flatMap((e) => e.points.map((p) => p.step))).toEqual([0, 1, 2]);

    const runs = b.of('run').length;
    const refused = await b.session.importRun('{"version": 1, "config": {"model": {"hidden": 0}}}');
    expect(refused.ok).toBe(false);
    expect(b.of('run')).toHaveLength(runs);
    expect(b.lastState()).toMatchObject({ step: 3 });
  });

  test('a saved run’s metric histories come back as columns, from an .npz or legacy JSON text', async () => {
    const a = await configured();
    await a.session.step(4); // validation at the epoch end, step 3
    const steps = a.of('metrics').flatMap((e) => e.points.map((p) => p.step));
    const metric = a.of('metrics').flatMap((e) => e.points.map((p) => p.metric));
    const json = await (await a.session.exportRunFile('json')).text();
    for (const saved of [await a.session.exportRunFile('npz'), json]) {
      const reply = await a.session.metricHistory(saved);
      if (!reply.ok) throw new Error(reply.error);
      expect([...reply.value.metrics.step]).toEqual(steps);
      expect([...reply.value.metrics.metric]).toEqual(metric);
      expect([...reply.value.validation.step]).toEqual([3]);
    }
    const refused = await a.session.metricHistory(new Blob(['{"metrics": []}']));
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/not a zip/) });
  });

  test('the walkthrough step takes one step and returns its parts; refused while playing', async () => {
    const { session, lastState } = await configured();
    const reply = await session.explainedStep();
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(reply.value.step).toBe(0); // 0-based: the first step
    expect(lastState()).toMatchObject({ status: 'paused', step: 1 });
    session.setStepsPerUpdate(1);
    // play's own request sets the status before the walkthrough's request runs.
    const [, refused] = await Promise.all([session.play(), session.explainedStep()]);
    expect(refused).toEqual({ ok: false, error: 'Pause training first' });
    await session.pause();
  });

  test('rollback returns to the last checkpoint, with the new learning rate', async () => {
    const { session, of, lastState } = await configured();
    await session.step(2);
    expect(await session.rollback(1e-4)).toEqual({ ok: true, value: { step: 0 } });
    expect(of('run').at(-1)!.config.training.learningRate).toBe(1e-4);
    expect(lastState()).toMatchObject({ status: 'idle', step: 0 });
  });

  test('topology of the current embedding; sampling a navigation run is refused with a message', async () => {
    const { session } = await configured();
    await session.step(1);
    const topology = await session.computeTopology(1);
    expect(topology.ok && topology.value.step).toBe(1);
    expect(topology.ok && topology.value.result.n).toBe(8);
    const sampled = await session.sampleText('the', 5, 1);
    expect(sampled.ok).toBe(false);
  });

  test('replacing a run frees the old one: no tensors leak across configure and reset', async () => {
    const { session } = await configured();
    await session.step(2);
    await session.configure(tiny);
    await session.step(2);
    const before = (await session.memory()).numTensors;
    expect(before).toBe(tf.memory().numTensors);
    await session.reset();
    await session.step(2);
    await session.configure(tiny);
    await session.step(2);
    expect((await session.memory()).numTensors).toBe(before);
  });
});
