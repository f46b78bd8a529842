/**
 * Keeps the current run saved without the user asking, so a closed tab or a crash costs at
 * most 20 s of training. It listens to the worker's event stream and asks the worker for
 * the run file as an .npz Blob: the worker writes it a chunk at a time and the main thread
 * only hands the Blob to IndexedDB, so nothing here builds, parses or copies the run (a
 * JSON string could not: at n = 4096 it would be 1.2 GB, past a browser's longest string).
 * One saved entry per run: the same id until a new run is loaded (Reset, New
 * seed, a config change, an import), which starts a new entry.
 *
 * When: while running (or stepping) at most every `intervalMs`, at each epoch end, and when
 * the run pauses, finishes or diverges. A save never overlaps another: a timed save is
 * skipped while one is in flight; an epoch-end or status save is done right after it.
 */
import type { RunState, WorkerEvent } from '../../../workers/protocol';
import { describeRun } from './runDescription';
import { newId, type RunMeta, type RunToSave, type SavedRunStatus } from './types';

export interface AutosaveStore {
  saveRun(run: RunToSave): Promise<RunMeta>;
  patchRun(id: string, patch: Partial<Omit<RunMeta, 'id'>>): Promise<void>;
}

export interface AutosaverOptions {
  /** The worker's exportRunFile('npz'): the run file as a Blob. */
  exportRunFile: () => Promise<Blob>;
  store: AutosaveStore;
  /** Least time between two timed saves while running (default 20 s). */
  intervalMs?: number;
  now?: () => number;
  createId?: () => string;
  onSaved?: (run: RunMeta) => void;
  /**
   * A failed save (storage full, export refused); the entry keeps its previous save and the
   * next trigger tries again.
   */
  onError?: (error: Error) => void;
}

interface RunContext {
  id: string;
  /** Name for the first save of a new run (null: adopted, it keeps its saved name). */
  name: string | null;
  task: string;
  manifold: string;
  metricLabel: string;
  /** Step at which the run was loaded; nothing is saved until training moves it. */
  loadedStep: number | null;
  trained: boolean;
  epoch: number | null;
  lastSaved: { step: number; status: SavedRunStatus } | null;
  lastSaveAt: number;
  trainMetric: number | null;
  validationMetric: number | null;
}

const savable = (status: RunState['status']): SavedRunStatus | null =>
  status === 'running' || status === 'paused' || status === 'done' || status === 'diverged'
    ? status
    : null;

/**
 * Whether the saved entry lags the run: it has trained since loading, and the step moved or
 * it stopped (paused, done, diverged) at the saved step. Restarting at the same step is not new.
 */
function needsSave(ctx: RunContext, state: RunState): boolean {
  const status = savable(state.status);
  if (!status || !ctx.trained) return false;
  const saved = ctx.lastSaved;
  if (!saved || saved.step !== state.step) return true;
  return status !== saved.status && status !== 'running';
}

export class Autosaver {
  private ctx: RunContext | null = null;
  private state: RunState | null = null;
  private inFlight = false;
  private pending = false;
  private adoptNext: RunMeta | null = null;
  private readonly intervalMs: number;
  private readonly now: () => number;

  constructor(private readonly options: AutosaverOptions) {
    this.intervalMs = options.intervalMs ?? 20_000;
    this.now = options.now ?? (() => Date.now());
  }

  /** The saved entry the current run writes to (null before the first run). */
  get runId(): string | null {
    return this.ctx?.id ?? null;
  }

  /**
   * The next loaded run is `run` reopened (Open in Runs, Resume): it keeps saving to that
   * entry and name. Call it just before importRun; call adopt(null) if the import is refused.
   */
  adopt(run: RunMeta | null): void {
    this.adoptNext = run;
  }

  /** Feed every worker event here (the app's event router). */
  handle(event: WorkerEvent): void {
    const ctx = this.ctx;
    if (event.type === 'run') this.startRun(event.config);
    else if (!ctx) return;
    else if (event.type === 'metrics') {
      const last = event.points.at(-1);
      if (last) ctx.trainMetric = last.metric;
    } else if (event.type === 'validation') ctx.validationMetric = event.point.metric;
    else if (event.type === 'state') this.onState(ctx, event.state);
  }

  private startRun(config: unknown): void {
    const previous = this.ctx;
    const adopted = this.adoptNext;
    this.adoptNext = null;
    const { task, manifold, name, metricLabel } = describeRun(config);
    this.ctx = {
      id: adopted?.id ?? (this.options.createId ?? newId)(),
      name: adopted ? null : name,
      task,
      manifold,
      metricLabel,
      loadedStep: null,
      trained: false,
      epoch: null,
      lastSaved: adopted ? { step: adopted.step, status: adopted.status } : null,
      lastSaveAt: this.now(),
      trainMetric: null,
      validationMetric: null,
    };
    this.state = null;
    if (previous) this.settleAbandoned(previous);
  }

  private onState(ctx: RunContext, state: RunState): void {
    const statusChanged = this.state !== null && this.state.status !== state.status;
    this.state = state;
    const epochEnded = ctx.epoch !== null && state.epoch > ctx.epoch;
    ctx.epoch = state.epoch;
    if (ctx.loadedStep === null) ctx.loadedStep = state.step;
    else if (!ctx.trained && state.step !== ctx.loadedStep) {
      ctx.trained = true;
      // The 20 s count from when training starts, not from when the run was loaded.
      ctx.lastSaveAt = this.now();
    }
    if (!needsSave(ctx, state)) return;
    // Pressing Train changes the status but nothing worth saving; stopping does.
    if (epochEnded || (statusChanged && state.status !== 'running')) void this.save(ctx, true);
    else if (this.now() - ctx.lastSaveAt >= this.intervalMs) void this.save(ctx, false);
  }

  private async save(ctx: RunContext, important: boolean): Promise<void> {
    if (this.inFlight) {
      this.pending ||= important;
      return;
    }
    this.inFlight = true;
    ctx.lastSaveAt = this.now();
    try {
      const file = await this.options.exportRunFile();
      const state = this.state;
      const status = state && savable(state.status);
      // A new run loaded meanwhile: the file may hold either run, so it is not written.
      if (this.ctx !== ctx || !state || !status) return;
      const meta = await this.options.store.saveRun({
        id: ctx.id,
        ...(ctx.name !== null && { name: ctx.name }),
        status,
        task: ctx.task,
        manifold: ctx.manifold,
        step: state.step,
        totalSteps: state.totalSteps,
        finalMetric: ctx.validationMetric ?? ctx.trainMetric,
        metricLabel: ctx.metricLabel,
        runFile: file,
      });
      ctx.name = null;
      ctx.lastSaved = { step: state.step, status };
      this.options.onSaved?.(meta);
      if (this.ctx !== ctx) this.settleAbandoned(ctx);
    } catch (e) {
      this.options.onError?.(e instanceof Error ? e : new Error(String(e)));
    } finally {
      this.inFlight = false;
      if (this.pending) {
        this.pending = false;
        const current = this.ctx;
        if (current && this.state && needsSave(current, this.state)) void this.save(current, true);
      }
    }
  }

  /** A run left by Reset/New seed/… was not interrupted: it must not be offered for resuming. */
  private settleAbandoned(ctx: RunContext): void {
    if (ctx.lastSaved?.status !== 'running') return;
    ctx.lastSaved = { ...ctx.lastSaved, status: 'paused' };
    this.options.store
      .patchRun(ctx.id, { status: 'paused' })
      .catch((e: unknown) => this.options.onError?.(e as Error));
  }
}
