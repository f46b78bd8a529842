/**
 * The UI's handle on the training worker: starts it, routes its events to the stores, and
 * turns refused requests into messages. Nothing here computes; the worker does.
 */
import type { AttractorReport } from '../core/attractor';
import * as Comlink from 'comlink';
import type { RunConfig } from '../core/config/schema';
import type { ComparisonConfigInput, ComparisonResult } from '../core/experiments';
import type { ProbeRequest, ProbeResult, StepBreakdown } from '../core/probes';
import type { MetricHistory } from '../core/serialization/metricHistory';
import type { RunFormat } from '../core/serialization/runFiles';
import {
  eventIn,
  type BackendPreference,
  type Reply,
  type TrainerApi,
  type WorkerEvent,
} from '../../workers/protocol';
import { createMetricSeries, createValidationSeries } from './streams/metricSeries';
import { SnapshotStore } from './streams/snapshotStore';
import { useLab } from './labStore';
import { Autosaver, LabDb, type RunMeta, type SavedRunFile } from './persistence';

export const metrics = createMetricSeries();
export const validation = createValidationSeries();
export const snapshots = new SnapshotStore();

let worker: Worker | null = null;
let api: Comlink.Remote<TrainerApi> | null = null;

/** Saved runs and comparisons (IndexedDB); rejects where the browser has none. */
export const labDb = LabDb.open();
labDb.catch(() => undefined);

let autosaveFailed = false;
/** Saves the run while it trains, so a reload or a crash loses at most a few seconds. */
export const autosaver = new Autosaver({
  // The .npz as a Blob: posted and stored as a handle, never a string on this thread.
  exportRunFile: () => remote().exportRunFile('npz'),
  store: {
    saveRun: async (run) => (await labDb).saveRun(run),
    patchRun: async (id, patch) => (await labDb).patchRun(id, patch),
  },
  onError: (e) => {
    if (autosaveFailed) return;
    autosaveFailed = true;
    useLab.getState().actions.notify({ kind: 'error', text: `Autosave failed: ${e.message}` });
  },
});

function onEvent(event: WorkerEvent): void {
  autosaver.handle(event);
  const { actions } = useLab.getState();
  switch (event.type) {
    case 'run':
      metrics.clear();
      validation.clear();
      actions.setConfig(event.config);
      actions.setTopology(null);
      break;
    case 'metrics':
      metrics.append(event.points);
      break;
    case 'validation':
      validation.append([event.point]);
      break;
    case 'snapshot':
      snapshots.set(event.snapshot);
      break;
    case 'state':
      actions.setRun(event.state);
      break;
    case 'backend':
      actions.setBackend(event.backend);
      break;
    case 'progress':
      actions.setJob(event.progress.job, event.progress);
      break;
    case 'topology':
      actions.setTopology(event.topology);
      break;
    case 'error':
      actions.notify({ kind: 'error', text: event.message });
      break;
  }
}

/** (Re)starts the worker on a backend and loads `config` into it. */
/** Settles when the latest startWorker has initialised the worker and loaded its first run. */
let workerStarted: Promise<void> = new Promise(() => undefined);

export function startWorker(preference: BackendPreference, config: RunConfig): Promise<void> {
  workerStarted = launchWorker(preference, config);
  return workerStarted;
}

async function launchWorker(preference: BackendPreference, config: RunConfig): Promise<void> {
  worker?.terminate();
  api?.[Comlink.releaseProxy]();
  useLab.getState().actions.setBackend(null);
  worker = new Worker(new URL('../../workers/training.worker.ts', import.meta.url), {
    type: 'module',
  });
  worker.addEventListener('error', (e) => workerLost(e.message || 'an uncaught error'));
  worker.addEventListener('message', (e) => {
    const event = eventIn(e.data);
    if (event) onEvent(event);
  });
  worker.addEventListener('messageerror', () => workerLost('a message it could not read'));
  api = Comlink.wrap<TrainerApi>(worker);
  await api.init(preference);
  await applyConfig(config);
}

function remote(): Comlink.Remote<TrainerApi> {
  if (!api) throw new Error('The training worker is not running');
  return api;
}

/** The newest config sent and not yet answered: quick successive edits build on it, not on a stale one. */
let requested: RunConfig | null = null;

/** The config the next edit should start from. */
export function latestConfig(): RunConfig | null {
  return requested ?? useLab.getState().config;
}

/** Sends a config; on refusal shows the message and keeps the current run. */
export async function applyConfig(config: RunConfig): Promise<boolean> {
  requested = config;
  const reply = await remote().configure(config);
  if (requested === config) requested = null;
  if (!reply.ok) {
    useLab.getState().actions.notify({ kind: 'error', text: reply.error });
    return false;
  }
  useLab.getState().actions.notify(null);
  return true;
}

/**
 * The worker died (uncaught error, out of memory, lost GPU device, or killed): say so and
 * offer to restart it from the last autosave. Nothing in IndexedDB is touched.
 */
function workerLost(reason: string): void {
  const { actions } = useLab.getState();
  actions.setRun({ ...useLab.getState().run, status: 'error', stepsPerSecond: 0 });
  actions.notify({
    kind: 'error',
    text: `The training worker stopped (${reason}). Your autosaved run is kept.`,
    action: { label: 'Restart and resume', run: () => void recoverWorker() },
  });
}

/** A fresh worker on the same backend, resumed from the current run's last autosave. */
export async function recoverWorker(): Promise<void> {
  const started = performance.now();
  const { config, backendPreference, actions } = useLab.getState();
  if (!config) return;
  // Read before the restart: the new worker's first run makes the autosaver start a new entry.
  const id = autosaver.runId;
  await startWorker(backendPreference, config);
  const saved = id ? await (await labDb).loadRun(id) : null;
  if (saved) await openSavedRun(saved.runFile, saved);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  actions.notify({
    kind: 'info',
    text: saved
      ? `Worker restarted; resumed from the autosave at step ${saved.step} in ${seconds} s.`
      : `Worker restarted in ${seconds} s; there was no autosave, so the run starts over.`,
  });
}

/** For tests and debugging: tfjs's memory in the worker. */
export function workerMemory() {
  return remote().memory();
}

/** For tests and debugging: kill the worker as a crash would, from the console. */
export function simulateWorkerCrash(): void {
  worker?.terminate();
  workerLost('terminated');
}

/** Loads a saved run file and keeps autosaving into its entry. */
export async function openSavedRun(file: SavedRunFile, run: RunMeta): Promise<void> {
  // Resume can be pressed before the worker has finished starting.
  await workerStarted;
  autosaver.adopt(run);
  // The worker reads the .npz Blob a range at a time; text is an entry an earlier version
  // saved as JSON, handed over as it is (the worker parses it).
  const reply =
    typeof file === 'string'
      ? await remote().importRun(file)
      : await remote().importRunFile(file, `saved run '${run.name}'`);
  if (!announceImport(reply)) autosaver.adopt(null);
}

type Remote = Comlink.Remote<TrainerApi>;

/** A call passed to the worker as it is (its signature is the Session's, in workers/session.ts). */
function forward<K extends keyof Remote>(name: K): Remote[K] {
  const call = (...args: unknown[]) => (remote()[name] as (...a: unknown[]) => unknown)(...args);
  return call as Remote[K];
}

/** The worker's calls for the UI: most as they are, the refusable ones turned into messages. */
export const trainer = {
  play: forward('play'),
  pause: forward('pause'),
  step: forward('step'),
  reset: forward('reset'),
  setStepsPerUpdate: forward('setStepsPerUpdate'),
  validate: forward('validate'),
  coefficientRow: forward('coefficientRow'),
  exportCsr: forward('exportCsr'),
  setTopologyEvery: forward('setTopologyEvery'),
  cancelComparison: forward('cancelComparison'),
  placeCellCentres: forward('placeCellCentres'),
  sampleText: forward('sampleText'),
  async computeTopology(maxDimension: 0 | 1 | 2): Promise<void> {
    const { actions } = useLab.getState();
    const reply = await remote().computeTopology(maxDimension);
    actions.setJob('topology', null);
    if (reply.ok) actions.setTopology(reply.value);
    else actions.notify({ kind: 'error', text: `Topology: ${reply.error}` });
  },
  /** Resolves to the comparison result, or null when the config was refused. */
  async runComparison(config: ComparisonConfigInput): Promise<ComparisonResult | null> {
    const { actions } = useLab.getState();
    const reply = await remote().runComparison(config);
    actions.setJob('comparison', null);
    if (reply.ok) return reply.value;
    actions.notify({ kind: 'error', text: `Comparison refused: ${reply.error}` });
    return null;
  },
  /** A saved run's metric histories, read in the worker; throws what is wrong with the file. */
  async metricHistory(file: SavedRunFile): Promise<MetricHistory> {
    const reply = await remote().metricHistory(file);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  },
  /** Throws the worker's message when the request is refused (the probe panel shows it). */
  async probe(request: ProbeRequest): Promise<ProbeResult> {
    const reply = await remote().probe(request);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  },
  /** Throws the worker's message when the report is refused (the probe panel shows it). */
  async attractorReport(): Promise<AttractorReport> {
    const reply = await remote().attractorReport();
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  },
  /** A step with its parts measured; a refusal is shown and gives null. */
  async explainedStep(): Promise<StepBreakdown | null> {
    const reply = await remote().explainedStep();
    if (reply.ok) return reply.value;
    useLab.getState().actions.notify({ kind: 'error', text: reply.error });
    return null;
  },
  loadText: (bytes: ArrayBuffer, name: string) =>
    remote().loadText(Comlink.transfer(bytes, [bytes]), name),
  async rollback(learningRate: number | null): Promise<void> {
    const reply = await remote().rollback(learningRate);
    const { notify } = useLab.getState().actions;
    if (reply.ok) notify({ kind: 'info', text: `Rolled back to step ${reply.value.step}.` });
    else notify({ kind: 'error', text: reply.error });
  },
  /** Restores a run file; refused files leave everything as it was. */
  async importRun(text: string): Promise<boolean> {
    return announceImport(await remote().importRun(text));
  },
  /** Restores a run file the user picked (.npz or .json), read by the worker a range at a time. */
  async importRunFile(file: File): Promise<boolean> {
    return announceImport(await remote().importRunFile(file, file.name));
  },
  /** The run file as a Blob of parts; `onProgress` hears the bytes written and the total. */
  exportRunFile: (format: RunFormat, onProgress: (done: number, total: number) => void) =>
    remote().exportRunFile(format, Comlink.proxy(onProgress)),
};

/** An import's reply as a notice; whether the run was replaced. */
function announceImport(reply: Reply<unknown>): boolean {
  const { actions } = useLab.getState();
  if (!reply.ok) {
    actions.notify({ kind: 'error', text: `Import refused: ${reply.error}` });
    return false;
  }
  actions.notify({ kind: 'info', text: 'Run imported: inspect it or continue training.' });
  return true;
}
