/**
 * The worker's one training session: it owns the Trainer (and so every tensor), runs
 * requests strictly one after another, and streams metrics and snapshots to the UI.
 * Playing is a chain of short ticks on the same queue, so a Pause or a new config never
 * lands in the middle of a step. Its public methods are the worker's API (TrainerApi in
 * ./protocol.ts): training.worker.ts exposes the Session itself over comlink.
 */
import { attractorReport, type AttractorReport } from '../src/core/attractor';
import * as tf from '@tensorflow/tfjs-core';
import type { RunConfig, RunConfigInput } from '../src/core/config/schema';
import { parseRunConfig } from '../src/core/config/validate';
import { exportCsr } from '../src/core/serialization/csrFile';
import { BlobSink } from '../src/core/serialization/bytes';
import {
  readRunBlob,
  RUN_FILE_TYPES,
  writeRunFile,
  type RunFormat,
} from '../src/core/serialization/runFiles';
import { exportRun, importRun, type ImportedRun } from '../src/core/serialization/runIO';
import { snapshotRun } from '../src/core/serialization/runSnapshot';
import type { Result } from '../src/core/config/validate';
import { DivergenceError, Trainer } from '../src/core/training/trainer';
import type { MetricPoint } from '../src/core/training/types';
import { capture, CHECKPOINT_EVERY, restore, type Checkpoint } from './checkpoint';
import { stepWithBreakdown } from './breakdown';
import { CorpusHolder, type LoadedText } from './corpus';
import type { StepBreakdown } from '../src/core/probes';
import { comparison, computeTopology, probe } from './jobs';
import type { ComparisonConfigInput, ComparisonResult } from '../src/core/experiments';
import { Rng } from '../src/core/random';
import { sample } from '../src/core/tasks/text';
import type { ProbeRequest, ProbeResult } from '../src/core/probes';
import type {
  BackendInfo,
  BackendPreference,
  EventSink,
  JobProgress,
  Reply,
  RunState,
  RunStatus,
  Snapshot,
  TopologyReply,
} from './protocol';

/** Draw no more often than this; training runs between. */
const SNAPSHOT_INTERVAL_MS = 150;
/** Metrics and state go out in batches at most this often while playing, so the UI thread redraws ~10×/s, not per step. */
const STREAM_INTERVAL_MS = 100;

export class Session {
  private trainer: Trainer | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private status: RunStatus = 'idle';
  private message = '';
  private stepsPerUpdate = 1;
  private stepsPerSecond = 0;
  private lastSnapshotAt = 0;
  private checkpoint: Checkpoint | null = null;
  private topologyEvery: number | null = null;
  private comparisonAbort: AbortController | null = null;
  private lastProgressAt = 0;
  private readonly corpus = new CorpusHolder();
  private samplesTaken = 0;
  private pending: MetricPoint[] = [];
  private topology: TopologyReply | null = null;
  private lastFlushAt = 0;
  private stepsSinceFlush = 0;

  private started = false;

  /**
   * `emit` sends events to the UI thread; `startBackend` starts tfjs on a backend (the
   * worker's tries WebGPU → WebGL → WASM → CPU; a test's starts the CPU one).
   */
  constructor(
    private readonly emit: EventSink,
    private readonly startBackend: (preference: BackendPreference) => Promise<BackendInfo>,
  ) {}

  /** Starts tfjs on the preferred backend; the first call, before any run. */
  init(preference: BackendPreference): Promise<BackendInfo> {
    return this.enqueue(async () => {
      const backend = await this.startBackend(preference);
      this.started = true;
      this.emit({ type: 'backend', backend });
      return backend;
    });
  }

  /** Runs `job` after every earlier request has finished. */
  private enqueue<T>(job: () => Promise<T> | T): Promise<T> {
    const next = this.queue.then(job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Validates and applies a run config (checked again here: it crossed a thread); rebuilds
   * the model. State untouched on a refusal.
   */
  configure(input: RunConfigInput): Promise<Reply<RunConfig>> {
    return this.enqueue(async () => {
      if (!this.started)
        return { ok: false as const, error: 'The worker has not been initialised' };
      const parsed = parseRunConfig(input);
      if (!parsed.ok) return parsed;
      const built = await this.build(parsed.value);
      if (!built.ok) return built;
      this.replace(built.value);
      return { ok: true as const, value: parsed.value };
    });
  }

  /** Same config and seed, fresh model. */
  reset(): Promise<void> {
    return this.enqueue(() => {
      const t = this.trainer;
      if (t) this.replace(new Trainer(t.config, undefined, undefined, t.context));
    });
  }

  /** A user's text file for the text task; refused files change nothing. */
  loadText(bytes: ArrayBuffer, name: string): Promise<Reply<LoadedText>> {
    return this.enqueue(() => this.corpus.load(bytes, name));
  }

  /** `length` tokens the current text model writes after `prompt`. */
  sampleText(prompt: string, length: number, temperature: number): Promise<Reply<string>> {
    return this.enqueue(() => {
      try {
        // Seeded from the run, and different for each press, so a sample can be reproduced.
        const trainer = this.requireTrainer();
        const rng = new Rng(trainer.config.seed * 7919 + this.samplesTaken++);
        return {
          ok: true as const,
          value: sample(trainer, prompt, length, temperature, rng),
        };
      } catch (e) {
        return { ok: false as const, error: (e as Error).message };
      }
    });
  }

  /** Restores a run JSON (text); refused with a message naming the field, state untouched. */
  importRun(text: string): Promise<Reply<RunConfig>> {
    return this.enqueue(() => this.adoptRun(importRun(text)));
  }

  /**
   * Restores a run file of either format (the import button's File: .npz or .json), read a
   * range at a time; refused with the file, the tensor or field and the fault named.
   */
  importRunFile(file: Blob, name: string): Promise<Reply<RunConfig>> {
    return this.enqueue(async () => this.adoptRun(await readRunBlob(name, file)));
  }

  /** Replaces the run with an imported one, or leaves everything as it was. */
  private async adoptRun(imported: Result<ImportedRun>): Promise<Reply<RunConfig>> {
    if (!imported.ok) return imported;
    const { config, state, history } = imported.value;
    // Without its corpus a text run still opens for inspection and sampling.
    const context = await this.corpus.contextFor(config);
    const vocabulary = state.vocabulary ?? undefined;
    this.replace(
      new Trainer(config, state, history, { ...(context.ok ? context.value : {}), vocabulary }),
    );
    this.emit({ type: 'metrics', points: history.metrics });
    for (const point of history.validation) this.emit({ type: 'validation', point });
    return { ok: true as const, value: config };
  }

  /** The versioned run JSON as text. */
  exportRun(): Promise<string> {
    // The barcode goes into the file only when it belongs to the weights being exported.
    return this.enqueue(() => {
      const trainer = this.requireTrainer();
      const topology = this.topology?.step === trainer.step ? this.topology : undefined;
      return JSON.stringify(exportRun(trainer, topology));
    });
  }

  /**
   * The run file (.npz or .json) as a Blob of parts, written a chunk at a time (never one
   * string or buffer); `onProgress` hears the bytes written and the total, a hundred times at most.
   */
  exportRunFile(
    format: RunFormat,
    onProgress?: (done: number, total: number) => void,
  ): Promise<Blob> {
    return this.enqueue(async () => {
      const trainer = this.requireTrainer();
      const topology = this.topology?.step === trainer.step ? this.topology : undefined;
      const sink = new BlobSink();
      let reported = -1;
      await writeRunFile(snapshotRun(trainer, topology), format, sink, (done, total) => {
        const percent = Math.floor((100 * done) / total);
        if (percent > reported) onProgress?.(done, total);
        reported = percent;
      });
      return sink.blob(RUN_FILE_TYPES[format].mime);
    });
  }

  /** Every layer's pruned W_hh in CSR (scipy's field names), as JSON text. */
  exportCsr(): Promise<string> {
    return this.enqueue(() => JSON.stringify(exportCsr(this.requireTrainer())));
  }

  /** Steps run between two metric/snapshot posts while playing. */
  setStepsPerUpdate(steps: number): void {
    this.stepsPerUpdate = Math.max(1, Math.min(1000, Math.floor(steps)));
  }

  /** Trains until paused or done, in ticks of stepsPerUpdate steps. */
  play(): Promise<void> {
    return this.enqueue(() => {
      const trainer = this.requireTrainer();
      if (trainer.done || this.status === 'running' || this.status === 'diverged') return;
      this.setStatus('running');
      this.scheduleTick();
    });
  }

  /** Stops after the current tick. */
  pause(): Promise<void> {
    return this.enqueue(() => {
      if (this.status === 'running') this.setStatus('paused');
    });
  }

  /** Runs exactly `count` steps, then pauses. */
  step(count: number): Promise<void> {
    return this.enqueue(async () => {
      if (this.status === 'diverged') return;
      const diverged = await this.train(Math.max(1, Math.floor(count)));
      if (!diverged) this.setStatus(this.trainer?.done ? 'done' : 'paused');
      this.sendSnapshot();
    });
  }

  /** One step for the walkthrough, with every number it explains (see breakdown.ts). */
  explainedStep(): Promise<Reply<StepBreakdown>> {
    return this.enqueue(async () => {
      if (this.status === 'running') return { ok: false as const, error: 'Pause training first' };
      if (this.status === 'diverged' || this.trainer?.done) {
        return { ok: false as const, error: 'The run is over: reset it to walk through a step' };
      }
      let breakdown: StepBreakdown | null = null;
      const diverged = await this.train(1, async (t) => {
        const r = await stepWithBreakdown(t);
        breakdown = r.breakdown;
        return r.point;
      });
      if (!diverged) this.setStatus(this.trainer?.done ? 'done' : 'paused');
      this.sendSnapshot();
      return breakdown
        ? { ok: true as const, value: breakdown }
        : { ok: false as const, error: 'The step diverged' };
    });
  }

  /** Validation on fresh batches now. */
  validate(): Promise<void> {
    return this.enqueue(async () => {
      const point = await this.requireTrainer().validate();
      this.emit({ type: 'validation', point });
    });
  }

  /** Row j of the coefficient matrix C (fig. 6), or null without a penalty. */
  coefficientRow(neuron: number): Promise<Float32Array | null> {
    return this.enqueue(() => this.requireTrainer().regularization.coefficientRow(neuron));
  }

  /** Persistent homology of the current embedding, up to `maxDimension`. */
  computeTopology(maxDimension: 0 | 1 | 2): Promise<Reply<TopologyReply>> {
    return this.enqueue(() => {
      try {
        const reply = computeTopology(this.requireTrainer(), maxDimension, (p) => this.progress(p));
        this.topology = reply;
        return { ok: true as const, value: reply };
      } catch (e) {
        return { ok: false as const, error: (e as Error).message };
      }
    });
  }

  /** Recompute the topology every `steps` training steps (null: never). */
  setTopologyEvery(steps: number | null): void {
    this.topologyEvery = steps !== null && steps > 0 ? Math.floor(steps) : null;
  }

  /**
   * Trains a comparison (see src/core/experiments), streaming 'progress' events; resolves to
   * its result, or a refusal. It occupies the worker: the current run pauses until it ends or
   * is cancelled.
   */
  runComparison(config: ComparisonConfigInput): Promise<Reply<ComparisonResult>> {
    return this.enqueue(async () => {
      if (this.status === 'running') this.setStatus('paused');
      this.comparisonAbort = new AbortController();
      try {
        const context = this.trainer?.context ?? {};
        return await comparison(config, context, this.comparisonAbort.signal, (p) =>
          this.progress(p),
        );
      } finally {
        this.comparisonAbort = null;
      }
    });
  }

  /** Not queued: it must reach the comparison that is holding the queue. */
  cancelComparison(): void {
    this.comparisonAbort?.abort();
  }

  /** After divergence: back to the last good checkpoint, optionally with a new learning rate. */
  rollback(learningRate: number | null): Promise<Reply<{ step: number }>> {
    return this.enqueue(() => {
      if (!this.checkpoint)
        return { ok: false as const, error: 'No checkpoint yet: reset the run instead' };
      const trainer = restore(this.checkpoint, learningRate);
      this.replace(trainer);
      this.emit({ type: 'metrics', points: trainer.history.metrics });
      for (const point of trainer.history.validation) this.emit({ type: 'validation', point });
      return { ok: true as const, value: { step: trainer.step } };
    });
  }

  /** Free-runs the current network (or the hand-built reference) as `request` asks. */
  probe(request: ProbeRequest): Promise<Reply<ProbeResult>> {
    return this.enqueue(() => {
      try {
        return { ok: true as const, value: probe(this.requireTrainer(), request) };
      } catch (e) {
        return { ok: false as const, error: (e as Error).message };
      }
    });
  }

  /**
   * The current network's attractor measures beside its untrained start and the hand-built
   * reference.
   */
  attractorReport(): Promise<Reply<AttractorReport>> {
    return this.enqueue(() => {
      try {
        // Fewer starts and walks than the CLI's: the panel waits for this one.
        const value = attractorReport(this.requireTrainer(), { starts: 4, walks: 6 });
        return { ok: true as const, value };
      } catch (e) {
        return { ok: false as const, error: (e as Error).message };
      }
    });
  }

  /** Place-cell centres (Np·2, metres) of a navigation run, else null. */
  placeCellCentres(): Promise<Float32Array | null> {
    return this.enqueue(() => this.requireTrainer().task.placeCells?.centres ?? null);
  }

  /** Fresh snapshot now (e.g. after the view mounts). */
  requestSnapshot(): Promise<void> {
    return this.enqueue(() => this.sendSnapshot());
  }

  /** tfjs's memory now, for the leak checks; not queued. */
  memory(): Promise<MemoryReport> {
    return Promise.resolve(memory());
  }

  private scheduleTick(): void {
    // setTimeout lets queued requests (pause, configure) run between ticks.
    setTimeout(() => {
      void this.enqueue(async () => {
        if (this.status !== 'running') return;
        await this.train(this.stepsPerUpdate);
        if (this.trainer?.done) {
          this.setStatus('done');
          this.sendSnapshot();
        } else if (this.status === 'running') {
          this.scheduleTick();
        }
      });
    }, 0);
  }

  /**
   * Trains up to `count` steps, validating at epoch ends, then streams what happened.
   * Resolves true when the run diverged.
   */
  private async train(
    count: number,
    takeStep: (t: Trainer) => Promise<MetricPoint> = (t) => t.trainStep(),
  ): Promise<boolean> {
    const trainer = this.requireTrainer();
    try {
      for (let i = 0; i < count && !trainer.done; i++) {
        if (trainer.step % CHECKPOINT_EVERY === 0)
          this.checkpoint = capture(trainer) ?? this.checkpoint;
        this.pending.push(await takeStep(trainer));
        this.stepsSinceFlush += 1;
        this.topologyOnSchedule(trainer);
        if (trainer.step % trainer.config.training.stepsPerEpoch === 0) {
          this.emit({ type: 'validation', point: await trainer.validate() });
        }
      }
    } catch (e) {
      if (!(e instanceof DivergenceError)) throw e;
      this.message = `${e.message}. Training paused; lower the learning rate and reset.`;
      this.setStatus('diverged');
    }
    const diverged = this.status === 'diverged';
    if (this.status !== 'running' || performance.now() - this.lastFlushAt >= STREAM_INTERVAL_MS) {
      this.flush();
    }
    if (performance.now() - this.lastSnapshotAt > SNAPSHOT_INTERVAL_MS) this.sendSnapshot();
    return diverged;
  }

  /** Progress events at most every 100 ms (and always the last), so the UI is not flooded. */
  private progress(p: JobProgress): void {
    const now = performance.now();
    if (p.fraction < 1 && now - this.lastProgressAt < 100) return;
    this.lastProgressAt = now;
    this.emit({ type: 'progress', progress: p });
  }

  private topologyOnSchedule(trainer: Trainer): void {
    const every = this.topologyEvery;
    if (
      every === null ||
      trainer.config.geometry.embedding !== 'trained' ||
      trainer.step % every !== 0
    )
      return;
    this.topology = computeTopology(trainer, 1, (p) => this.progress(p));
    this.emit({ type: 'topology', topology: this.topology });
  }

  /** A fresh Trainer for a config, with its corpus; tokenizing can refuse a text. */
  private async build(config: RunConfig): Promise<Reply<Trainer>> {
    const context = await this.corpus.contextFor(config);
    if (!context.ok) return context;
    try {
      return { ok: true, value: new Trainer(config, undefined, undefined, context.value) };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  }

  private replace(trainer: Trainer): void {
    this.trainer?.dispose();
    this.trainer = trainer;
    this.topology = null;
    this.checkpoint = capture(trainer);
    this.emit({ type: 'run', config: trainer.config });
    this.message = fullRecurrenceWarning(trainer.config) ?? '';
    this.stepsPerSecond = 0;
    this.setStatus(trainer.done ? 'done' : 'idle');
    this.sendSnapshot();
  }

  private sendSnapshot(): void {
    const trainer = this.trainer;
    if (!trainer) return;
    this.lastSnapshotAt = performance.now();
    const snapshot = takeSnapshot(trainer);
    this.emit({ type: 'snapshot', snapshot });
  }

  private setStatus(status: RunStatus): void {
    this.status = status;
    this.flush();
  }

  /** Sends the metrics gathered since the last flush, then the run state (with steps/s over that window). */
  private flush(): void {
    const now = performance.now();
    if (this.stepsSinceFlush > 0 && now > this.lastFlushAt) {
      this.stepsPerSecond = (this.stepsSinceFlush * 1000) / (now - this.lastFlushAt);
    }
    if (this.pending.length > 0) this.emit({ type: 'metrics', points: this.pending });
    this.pending = [];
    this.stepsSinceFlush = 0;
    this.lastFlushAt = now;
    this.emitState();
  }

  private emitState(): void {
    const trainer = this.trainer;
    const state: RunState = {
      status: this.status,
      step: trainer?.step ?? 0,
      epoch: trainer?.epoch ?? 0,
      totalSteps: trainer?.totalSteps ?? 0,
      stepsPerSecond: this.stepsPerSecond,
      message: this.message || (trainer && trainer.masks.whhSparsity >= 1 ? whhGoneMessage : ''),
    };
    this.emit({ type: 'state', state });
  }

  private requireTrainer(): Trainer {
    if (!this.trainer) throw new Error('No run is configured yet');
    return this.trainer;
  }
}

const whhGoneMessage =
  'W_hh is 100% pruned: the network no longer recurs. Try the W_hh-only or per-matrix scope.';

/** docs/science.md §Pruning: global pruning with the penalty on can remove all of W_hh; say so up front. */
function fullRecurrenceWarning(config: RunConfig): string | null {
  if (config.pruning.scope !== 'global' || config.regularizer.condition === 'none') return null;
  return 'Global pruning with a penalty tends to remove W_hh entirely at small n; per-matrix or W_hh-only scope avoids it.';
}

function takeSnapshot(trainer: Trainer): Snapshot {
  const n = trainer.config.model.hidden;
  const embedding = trainer.regularization.positions();
  return {
    step: trainer.step,
    n,
    whh: (trainer.params.whh.dataSync() as Float32Array).slice(),
    whhMask: trainer.masks.mask('whh').slice(),
    embedding,
    embeddingDim: trainer.regularization.manifold.dim,
    scene: trainer.regularization.manifold.toScene(embedding),
  };
}

export interface MemoryReport {
  numTensors: number;
  numBytes: number;
  /** Only the GPU backends report it. */
  numBytesInGPU: number | null;
}

/** tfjs's memory now (numBytesInGPU exists on the GPU backends only). */
function memory(): MemoryReport {
  const m = tf.memory() as tf.MemoryInfo & { numBytesInGPU?: number };
  return { numTensors: m.numTensors, numBytes: m.numBytes, numBytesInGPU: m.numBytesInGPU ?? null };
}
