/**
 * The contract between the UI thread and the training worker. The calls are the public
 * methods of the worker's Session (declared once, in ./session.ts, and exposed as they are
 * by ./training.worker.ts); the data are the core's own types, imported as types only, so
 * nothing of the core's code reaches the UI thread through here. Only plain data crosses:
 * numbers, strings, and typed arrays (transferred, not copied).
 */
import type { RunConfig } from '../src/core/config/schema';
import type { WeightStats } from '../src/core/model/weightStats';
import type { PersistenceResult } from '../src/core/topology';
import type { MetricPoint, ValidationPoint } from '../src/core/training/types';
import type { Session } from './session';

export type { MetricPoint, ValidationPoint };

export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
export type BackendPreference = BackendName | 'auto';

export interface BackendInfo {
  name: BackendName;
  /** Why a faster backend was not used (empty when the first choice worked). */
  fallbackReasons: string[];
  /** CPU threads a training step runs on (WASM: our GEMM's caller and its helpers; else 1). */
  threads: number;
  /** Why WASM runs on one thread, or null (null too on the GPU backends). */
  oneThreadBecause: string | null;
}

/** What the views draw; sent every few steps, never every step. */
export interface Snapshot {
  step: number;
  n: number;
  /** W_hh row-major n × n (row j = weights into unit j). */
  whh: Float32Array;
  /** 1 = alive, 0 = pruned; n × n. */
  whhMask: Uint8Array;
  /** Embedding coordinates n × dim on the manifold. */
  embedding: Float32Array;
  embeddingDim: number;
  /** 3D picture coordinates n × 3. */
  scene: Float32Array;
  /** Display position → unit, sorted by position on the manifold (the heatmap's other order). */
  positionOrder: Int32Array;
  /**
   * Pruned count, alive range and strongest weight, for the views' text alternatives: counted
   * here, since a pass over n² weights (16.7 M at n = 4096) is too long for the UI thread.
   */
  whhStats: WeightStats;
}

export type RunStatus = 'idle' | 'running' | 'paused' | 'done' | 'diverged' | 'error';

export interface RunState {
  status: RunStatus;
  step: number;
  epoch: number;
  totalSteps: number;
  stepsPerSecond: number;
  /** Human message for diverged/error/warnings (e.g. W_hh fully pruned). */
  message: string;
}

/** Long work in the worker (topology, comparisons), for a progress bar with time left. */
export interface JobProgress {
  job: 'topology' | 'comparison';
  /** 0..1 */
  fraction: number;
  etaSeconds: number | null;
  label: string;
}

/** Vietoris–Rips persistence of the embedding at `step`. */
export interface TopologyReply {
  step: number;
  result: PersistenceResult;
}

export type WorkerEvent =
  | { type: 'progress'; progress: JobProgress }
  /** Produced without a request (topology every M steps while training). */
  | { type: 'topology'; topology: TopologyReply }
  /** A new run was loaded (configure, reset, import): charts start over. */
  | { type: 'run'; config: RunConfig }
  | { type: 'metrics'; points: MetricPoint[] }
  | { type: 'validation'; point: ValidationPoint }
  | { type: 'snapshot'; snapshot: Snapshot }
  | { type: 'state'; state: RunState }
  | { type: 'backend'; backend: BackendInfo }
  | { type: 'error'; message: string };

export type EventSink = (event: WorkerEvent) => void;

/**
 * Events travel on the worker's own port, beside comlink's replies, not through a comlink
 * proxy (a port of its own): one port keeps order, so the events a request causes (a new
 * run's config, say) arrive before its reply, and the next edit builds on them.
 */
export interface EventMessage {
  workerEvent: WorkerEvent;
}

/** The event in a message from the worker, or null for comlink's own messages. */
export function eventIn(data: unknown): WorkerEvent | null {
  if (typeof data !== 'object' || data === null || !('workerEvent' in data)) return null;
  return (data as EventMessage).workerEvent;
}

/** Result of a request that can be refused (bad config, bad file). */
export type Reply<T = void> = { ok: true; value: T } | { ok: false; error: string };

/**
 * The worker's API as seen through comlink: the Session's public methods, each declared once
 * there; every call is queued in order inside the worker.
 */
export type TrainerApi = { [K in keyof Session]: Session[K] };
