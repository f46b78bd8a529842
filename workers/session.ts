/**
 * The worker's one training session: it owns the Trainer (and so every tensor), runs
 * requests strictly one after another, and streams metrics and snapshots to the UI. Playing
 * is a chain of short ticks on the same queue, so a Pause or a new config never lands in the
 * middle of a step. Its public methods are the worker's API (TrainerApi in ./protocol.ts):
 * training.worker.ts exposes the Session itself over comlink. The run, the queue and the
 * training loop it stands on are in ./runHost.ts; what it streams, in ./stream.ts.
 */
import { attractorReport, type AttractorReport } from '../src/core/attractor';
import type { RunConfig, RunConfigInput } from '../src/core/config/schema';
import { parseRunConfig } from '../src/core/config/validate';
import type { ComparisonConfigInput, ComparisonResult } from '../src/core/experiments';
import type { ProbeRequest, ProbeResult, StepBreakdown } from '../src/core/probes';
import { Rng } from '../src/core/random';
import { readMetricHistory, type MetricHistory } from '../src/core/serialization/metricHistory';
import { readRunBlob, type RunFormat } from '../src/core/serialization/runFiles';
import { importRun } from '../src/core/serialization/runIO';
import { sample } from '../src/core/tasks/text';
import { Trainer } from '../src/core/training/trainer';
import { stepWithBreakdown } from './breakdown';
import { restore } from './checkpoint';
import type { LoadedText } from './corpus';
import { comparison, computeTopology, probe } from './jobs';
import type { BackendInfo, BackendPreference, EventSink, Reply, TopologyReply } from './protocol';
import { csrJson, runFileBlob } from './runExport';
import { RunHost } from './runHost';
import { memory, type MemoryReport } from './snapshot';

export class Session extends RunHost {
  private started = false;
  private comparisonAbort: AbortController | null = null;
  private samplesTaken = 0;

  /**
   * `emit` sends events to the UI thread; `startBackend` starts tfjs on a backend (the
   * worker's tries WebGPU → WebGL → WASM → CPU; a test's starts the CPU one).
   */
  constructor(
    emit: EventSink,
    private readonly startBackend: (preference: BackendPreference) => Promise<BackendInfo>,
  ) {
    super(emit);
  }

  /** Starts tfjs on the preferred backend; the first call, before any run. */
  init(preference: BackendPreference): Promise<BackendInfo> {
    return this.enqueue(async () => {
      const backend = await this.startBackend(preference);
      this.started = true;
      this.stream.emit({ type: 'backend', backend });
      return backend;
    });
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
    // Seeded from the run, and different for each press, so a sample can be reproduced.
    return this.withTrainer((trainer) => {
      const rng = new Rng(trainer.config.seed * 7919 + this.samplesTaken++);
      return sample(trainer, prompt, length, temperature, rng);
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

  /** The run file (.npz or .json) as a Blob of parts; see runFileBlob. */
  exportRunFile(
    format: RunFormat,
    onProgress?: (done: number, total: number) => void,
  ): Promise<Blob> {
    return this.enqueue(() =>
      runFileBlob(this.requireTrainer(), this.currentTopology(), format, onProgress),
    );
  }

  /**
   * A saved run's metric histories (an .npz Blob, or JSON text saved by earlier versions), for
   * the Runs panel's overlay. Not queued: it does not touch the current run.
   */
  async metricHistory(file: Blob | string): Promise<Reply<MetricHistory>> {
    try {
      return { ok: true as const, value: await readMetricHistory(file) };
    } catch (e) {
      return { ok: false as const, error: (e as Error).message };
    }
  }

  /** Every layer's pruned W_hh in CSR (scipy's field names), as JSON text. */
  exportCsr(): Promise<string> {
    return this.enqueue(() => csrJson(this.requireTrainer()));
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
      await this.trainThenPause(Math.max(1, Math.floor(count)));
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
      await this.trainThenPause(1, async (t) => {
        const r = await stepWithBreakdown(t);
        breakdown = r.breakdown;
        return r.point;
      });
      return breakdown
        ? { ok: true as const, value: breakdown }
        : { ok: false as const, error: 'The step diverged' };
    });
  }

  /** Validation on fresh batches now. */
  validate(): Promise<void> {
    return this.enqueue(async () => {
      const point = await this.requireTrainer().validate();
      this.stream.emit({ type: 'validation', point });
    });
  }

  /** Row j of the coefficient matrix C (fig. 6), or null without a penalty. */
  coefficientRow(neuron: number): Promise<Float32Array | null> {
    return this.enqueue(() => this.requireTrainer().regularization.coefficientRow(neuron));
  }

  /** Persistent homology of the current embedding, up to `maxDimension`. */
  computeTopology(maxDimension: 0 | 1 | 2): Promise<Reply<TopologyReply>> {
    return this.withTrainer((trainer) => {
      this.topology = computeTopology(trainer, maxDimension, (p) => this.stream.progress(p));
      return this.topology;
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
          this.stream.progress(p),
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
      this.stream.history(trainer.history);
      return { ok: true as const, value: { step: trainer.step } };
    });
  }

  /** Free-runs the current network (or the hand-built reference) as `request` asks. */
  probe(request: ProbeRequest): Promise<Reply<ProbeResult>> {
    return this.withTrainer((trainer) => probe(trainer, request));
  }

  /**
   * The current network's attractor measures beside its untrained start and the hand-built
   * reference; fewer starts and walks than the CLI's, because the panel waits for this one.
   */
  attractorReport(): Promise<Reply<AttractorReport>> {
    return this.withTrainer((trainer) => attractorReport(trainer, { starts: 4, walks: 6 }));
  }

  /** Place-cell centres (Np·2, metres) of a navigation run, else null. */
  placeCellCentres(): Promise<Float32Array | null> {
    return this.enqueue(() => this.requireTrainer().task.placeCells?.centres ?? null);
  }

  /** Fresh snapshot now (e.g. after the view mounts). */
  requestSnapshot(): Promise<void> {
    return this.enqueue(() => this.stream.snapshot(this.trainer));
  }

  /** tfjs's memory now, for the leak checks; not queued. */
  memory(): Promise<MemoryReport> {
    return Promise.resolve(memory());
  }
}
