/**
 * What the Session (./session.ts) stands on: the one run it holds and the queue its requests
 * wait in, how the run advances (ticks of steps, checkpoints, topology on a schedule) and how
 * a run is replaced. The Session's public methods are the worker's API; everything here is
 * protected, so none of it crosses to the UI thread.
 */
import type { RunConfig } from '../src/core/config/schema';
import type { Result } from '../src/core/config/validate';
import type { ImportedRun } from '../src/core/serialization/runIO';
import { DivergenceError, Trainer } from '../src/core/training/trainer';
import type { MetricPoint } from '../src/core/training/types';
import { capture, CHECKPOINT_EVERY, type Checkpoint } from './checkpoint';
import { CorpusHolder } from './corpus';
import { computeTopology } from './jobs';
import type { EventSink, Reply, RunStatus, TopologyReply } from './protocol';
import { fullRecurrenceWarning, whhGoneMessage } from './snapshot';
import { RunStream, type SessionState } from './stream';

export abstract class RunHost {
  protected trainer: Trainer | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  protected status: RunStatus = 'idle';
  protected message = '';
  protected stepsPerUpdate = 1;
  protected checkpoint: Checkpoint | null = null;
  protected topology: TopologyReply | null = null;
  protected topologyEvery: number | null = null;
  protected readonly corpus = new CorpusHolder();
  protected readonly stream: RunStream;

  constructor(emit: EventSink) {
    this.stream = new RunStream(emit);
  }

  /** Runs `job` after every earlier request has finished. */
  protected enqueue<T>(job: () => Promise<T> | T): Promise<T> {
    const next = this.queue.then(job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** A queued job on the current run whose failure (no run, a refused request) is a reply, not a throw. */
  protected withTrainer<T>(job: (trainer: Trainer) => T): Promise<Reply<T>> {
    return this.enqueue(() => {
      try {
        return { ok: true as const, value: job(this.requireTrainer()) };
      } catch (e) {
        return { ok: false as const, error: (e as Error).message };
      }
    });
  }

  protected scheduleTick(): void {
    // setTimeout lets queued requests (pause, configure) run between ticks.
    setTimeout(() => {
      void this.enqueue(async () => {
        if (this.status !== 'running') return;
        await this.train(this.stepsPerUpdate);
        if (this.trainer?.done) {
          this.setStatus('done');
          this.stream.snapshot(this.trainer);
        } else if (this.status === 'running') {
          this.scheduleTick();
        }
      });
    }, 0);
  }

  /** Steps the user asked for one at a time: then paused (or done), and drawn. */
  protected async trainThenPause(
    count: number,
    takeStep?: (t: Trainer) => Promise<MetricPoint>,
  ): Promise<void> {
    const diverged = await this.train(count, takeStep);
    if (!diverged) this.setStatus(this.trainer?.done ? 'done' : 'paused');
    this.stream.snapshot(this.trainer);
  }

  /**
   * Trains up to `count` steps, validating at epoch ends, then streams what happened.
   * Resolves true when the run diverged.
   */
  protected async train(
    count: number,
    takeStep: (t: Trainer) => Promise<MetricPoint> = (t) => t.trainStep(),
  ): Promise<boolean> {
    const trainer = this.requireTrainer();
    try {
      for (let i = 0; i < count && !trainer.done; i++) {
        if (trainer.step % CHECKPOINT_EVERY === 0)
          this.checkpoint = capture(trainer) ?? this.checkpoint;
        this.stream.metric(await takeStep(trainer));
        this.topologyOnSchedule(trainer);
        if (trainer.step % trainer.config.training.stepsPerEpoch === 0) {
          this.stream.emit({ type: 'validation', point: await trainer.validate() });
        }
      }
    } catch (e) {
      if (!(e instanceof DivergenceError)) throw e;
      this.message = `${e.message}. Training paused; lower the learning rate and reset.`;
      this.setStatus('diverged');
    }
    this.stream.afterSteps(trainer, this.state());
    return this.status === 'diverged';
  }

  protected topologyOnSchedule(trainer: Trainer): void {
    const every = this.topologyEvery;
    if (
      every === null ||
      trainer.config.geometry.embedding !== 'trained' ||
      trainer.step % every !== 0
    )
      return;
    this.topology = computeTopology(trainer, 1, (p) => this.stream.progress(p));
    this.stream.emit({ type: 'topology', topology: this.topology });
  }

  /** The last barcode, when it belongs to the weights as they are now. */
  protected currentTopology(): TopologyReply | undefined {
    const topology = this.topology;
    return topology && topology.step === this.trainer?.step ? topology : undefined;
  }

  /** A fresh Trainer for a config, with its corpus; tokenizing can refuse a text. */
  protected async build(config: RunConfig): Promise<Reply<Trainer>> {
    const context = await this.corpus.contextFor(config);
    if (!context.ok) return context;
    try {
      return { ok: true, value: new Trainer(config, undefined, undefined, context.value) };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  }

  /** Replaces the run with an imported one, or leaves everything as it was. */
  protected async adoptRun(imported: Result<ImportedRun>): Promise<Reply<RunConfig>> {
    if (!imported.ok) return imported;
    const { config, state, history } = imported.value;
    // Without its corpus a text run still opens for inspection and sampling.
    const context = await this.corpus.contextFor(config);
    const vocabulary = state.vocabulary ?? undefined;
    this.replace(
      new Trainer(config, state, history, { ...(context.ok ? context.value : {}), vocabulary }),
    );
    this.stream.history(history);
    return { ok: true as const, value: config };
  }

  protected replace(trainer: Trainer): void {
    this.trainer?.dispose();
    this.trainer = trainer;
    this.topology = null;
    this.checkpoint = capture(trainer);
    this.stream.emit({ type: 'run', config: trainer.config });
    this.message = fullRecurrenceWarning(trainer.config) ?? '';
    this.stream.newRun();
    this.setStatus(trainer.done ? 'done' : 'idle');
    this.stream.snapshot(trainer);
  }

  protected setStatus(status: RunStatus): void {
    this.status = status;
    this.stream.flush(this.state());
  }

  protected state(): SessionState {
    const trainer = this.trainer;
    const whhGone = trainer !== null && trainer.masks.whhSparsity >= 1;
    return {
      status: this.status,
      step: trainer?.step ?? 0,
      epoch: trainer?.epoch ?? 0,
      totalSteps: trainer?.totalSteps ?? 0,
      message: this.message || (whhGone ? whhGoneMessage : ''),
    };
  }

  protected requireTrainer(): Trainer {
    if (!this.trainer) throw new Error('No run is configured yet');
    return this.trainer;
  }
}
