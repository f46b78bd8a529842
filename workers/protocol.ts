/**
 * The contract between the UI thread and the training worker. It imports nothing from the
 * app so either side can change without the other noticing. Only plain data crosses:
 * numbers, strings, and typed arrays (transferred, not copied).
 */
import type { AttractorReport } from '../src/core/attractor';

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

/** One training step's numbers, as charted. */
export interface MetricPoint {
  step: number;
  epoch: number;
  taskLoss: number;
  penalty: number;
  totalLoss: number;
  /** Fractions in [0, 1]. */
  whhSparsity: number;
  globalSparsity: number;
  /** Target sparsity of the schedule at this step. */
  targetSparsity: number;
  /** Task metric on this training batch: error in cm (navigation) or RMSE (adding). */
  metric: number;
}

/** A validation result on fresh batches, taken at epoch ends and on request. */
export interface ValidationPoint {
  step: number;
  metric: number;
  taskLoss: number;
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

export interface PersistenceBar {
  dimension: number;
  birth: number;
  /** Infinity for a class that never dies (within the threshold). */
  death: number;
}

/** Vietoris–Rips persistence of the embedding at `step` (mirrors the core's PersistenceResult). */
export interface TopologyReply {
  step: number;
  result: {
    pairs: PersistenceBar[];
    threshold: number;
    n: number;
    maxDimension: 0 | 1 | 2;
    simplexCount: number;
  };
}

export type WorkerEvent =
  | { type: 'progress'; progress: JobProgress }
  /** Produced without a request (topology every M steps while training). */
  | { type: 'topology'; topology: TopologyReply }
  /** A new run was loaded (configure, reset, import): charts start over; config is the parsed run config. */
  | { type: 'run'; config: unknown }
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

/** The worker's API as seen through comlink; every call is queued in order inside the worker. */
export interface TrainerApi {
  /** Starts tfjs on the preferred backend (auto: WebGPU → WebGL → WASM → CPU); events follow as EventMessages. */
  init(preference: BackendPreference): Promise<BackendInfo>;
  /** Validates and applies a run config (plain JSON); rebuilds the model. State untouched on error. */
  configure(config: unknown): Promise<Reply<unknown>>;
  play(): Promise<void>;
  pause(): Promise<void>;
  /** Runs exactly `count` steps, then pauses. */
  step(count: number): Promise<void>;
  /** Same config and seed, fresh model. */
  reset(): Promise<void>;
  /** Steps run between two metric/snapshot posts while playing. */
  setStepsPerUpdate(steps: number): Promise<void>;
  /** Fresh snapshot now (e.g. after the view mounts). */
  requestSnapshot(): Promise<void>;
  /** Validation on fresh batches now. */
  validate(): Promise<void>;
  /** Persistent homology of the current embedding, up to `maxDimension`. */
  computeTopology(maxDimension: 0 | 1 | 2): Promise<Reply<TopologyReply>>;
  /** Recompute the topology every `steps` training steps (null: never). */
  setTopologyEvery(steps: number | null): Promise<void>;
  /**
   * Trains a comparison (a comparison config as plain JSON; see src/core/experiments),
   * streaming 'progress' events; resolves to the ComparisonResult, or a refusal.
   * The current run is paused meanwhile.
   */
  runComparison(config: unknown): Promise<Reply<unknown>>;
  /** Stops a running comparison within one step; it resolves with the runs finished so far. */
  cancelComparison(): Promise<void>;
  /** After divergence: back to the last good checkpoint, optionally with a new learning rate. */
  rollback(learningRate: number | null): Promise<Reply<{ step: number }>>;
  /**
   * Free-runs the current network (a ProbeRequest of src/core/probes: start, steps,
   * velocities, perturbation) and returns the ProbeResult (activity frames, decoded path).
   */
  probe(request: unknown): Promise<Reply<unknown>>;
  /**
   * The current network's attractor measures (free-run drift, similarity, locality, kick
   * recovery, path integration at 1×–10× the training length) beside its untrained start and
   * the hand-built reference.
   */
  attractorReport(): Promise<Reply<AttractorReport>>;
  /** Place-cell centres (Np·2, metres) of a navigation run, else null. */
  placeCellCentres(): Promise<Float32Array | null>;
  /** A .txt file for the text task (bytes); refused (binary, bad UTF-8, too big) with a message. */
  loadText(bytes: ArrayBuffer, name: string): Promise<Reply<{ name: string; bytes: number }>>;
  /** What the current text model writes after `prompt`. */
  sampleText(prompt: string, length: number, temperature: number): Promise<Reply<string>>;
  /** One training step with its parts measured, for the step-by-step walkthrough (a StepBreakdown). */
  explainedStep(): Promise<Reply<unknown>>;
  /** tfjs's memory in the worker (tensors, bytes, GPU bytes where the backend reports them), for leak checks. */
  memory(): Promise<{ numTensors: number; numBytes: number; numBytesInGPU: number | null }>;
  /** Row j of the coefficient matrix C (fig. 6), or null without a penalty. */
  coefficientRow(neuron: number): Promise<Float32Array | null>;
  /** The versioned run JSON as text. */
  exportRun(): Promise<string>;
  /** Every layer's pruned W_hh in CSR (scipy's field names), as JSON text. */
  exportCsr(): Promise<string>;
  /** Restores a run JSON (text); refused with a message naming the field, state untouched. */
  importRun(text: string): Promise<Reply<unknown>>;
}
