/**
 * What a session sends to the UI thread, and how often. Training runs in ticks of many steps,
 * but the UI thread should redraw about ten times a second, not once a step: metrics wait here
 * and leave in batches with the run state, snapshots leave at most every 150 ms, and progress
 * events at most every 100 ms (the last one always).
 */
import type { Trainer } from '../src/core/training/trainer';
import type { RunHistory } from '../src/core/training/types';
import type { EventSink, JobProgress, MetricPoint, RunState } from './protocol';
import { takeSnapshot } from './snapshot';

/** Draw no more often than this; training runs between. */
const SNAPSHOT_INTERVAL_MS = 150;
/** Metrics and state go out in batches at most this often while playing. */
const STREAM_INTERVAL_MS = 100;
/** A progress bar moves smoothly at this rate; faster only floods the UI thread. */
const PROGRESS_INTERVAL_MS = 100;

/** The run state as the session knows it; the stream adds the steps per second it measured. */
export type SessionState = Omit<RunState, 'stepsPerSecond'>;

export class RunStream {
  private pending: MetricPoint[] = [];
  private stepsSinceFlush = 0;
  private stepsPerSecond = 0;
  private lastFlushAt = 0;
  private lastSnapshotAt = 0;
  private lastProgressAt = 0;

  constructor(readonly emit: EventSink) {}

  /** One trained step's metrics; they leave with the next flush. */
  metric(point: MetricPoint): void {
    this.pending.push(point);
    this.stepsSinceFlush += 1;
  }

  /** A run was loaded: no rate until it trains again. */
  newRun(): void {
    this.stepsPerSecond = 0;
  }

  /** A loaded run's history from its first step, so its charts are whole. */
  history(history: RunHistory): void {
    this.emit({ type: 'metrics', points: history.metrics });
    for (const point of history.validation) this.emit({ type: 'validation', point });
  }

  /** After a tick of steps: metrics and state when due (always once training stopped), a snapshot when due. */
  afterSteps(trainer: Trainer, state: SessionState): void {
    if (state.status !== 'running' || performance.now() - this.lastFlushAt >= STREAM_INTERVAL_MS) {
      this.flush(state);
    }
    if (performance.now() - this.lastSnapshotAt > SNAPSHOT_INTERVAL_MS) this.snapshot(trainer);
  }

  /** Sends the metrics gathered since the last flush, then the run state (with steps/s over that window). */
  flush(state: SessionState): void {
    const now = performance.now();
    if (this.stepsSinceFlush > 0 && now > this.lastFlushAt) {
      this.stepsPerSecond = (this.stepsSinceFlush * 1000) / (now - this.lastFlushAt);
    }
    if (this.pending.length > 0) this.emit({ type: 'metrics', points: this.pending });
    this.pending = [];
    this.stepsSinceFlush = 0;
    this.lastFlushAt = now;
    this.emit({ type: 'state', state: { ...state, stepsPerSecond: this.stepsPerSecond } });
  }

  /** What the views draw, now. */
  snapshot(trainer: Trainer | null): void {
    if (!trainer) return;
    this.lastSnapshotAt = performance.now();
    this.emit({ type: 'snapshot', snapshot: takeSnapshot(trainer) });
  }

  progress(p: JobProgress): void {
    const now = performance.now();
    if (p.fraction < 1 && now - this.lastProgressAt < PROGRESS_INTERVAL_MS) return;
    this.lastProgressAt = now;
    this.emit({ type: 'progress', progress: p });
  }
}
