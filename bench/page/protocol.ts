/**
 * What the browser bench page exposes to the Node bench (../browser.ts drives it with
 * Playwright) as `window.bench`. Plain data only, like the app's worker protocol.
 */
import type { BenchRow } from '../rows';
import type { Timing, TimingOptions } from '../stats';

export type BenchBackend = 'wasm' | 'webgl' | 'webgpu';

export interface BackendStart {
  requested: BenchBackend;
  /** The backend tfjs runs now; differs from `requested` when that one could not start. */
  running: string;
  fallbackReasons: string[];
  /** GPU adapter or WebGL renderer, or WASM threads and SIMD: what "WebGPU" meant here. */
  device: string;
  crossOriginIsolated: boolean;
  ms: number;
}

export interface FirstStep {
  trainerMs: number;
  stepMs: number;
}

export interface PageReady {
  start: BackendStart;
  /** Null when the requested backend did not start. */
  firstStep: FirstStep | null;
  /** performance.now() in the page when the first step resolved: ms since navigation start. */
  loadToFirstStepMs: number | null;
  /** When the page's script started running, ms since navigation start. */
  scriptStartMs: number;
}

export interface BenchPage {
  ready: Promise<PageReady>;
  cell(hidden: number, options: TimingOptions): Promise<Timing>;
  /** The step in slices and its BPTT's kernel profile (../profile.ts), as bench rows. */
  profile(hidden: number, where: string): Promise<BenchRow[]>;
}

/** `window` of the bench page; a cast rather than a global declaration, so the app's own
 * Window type stays as it is. */
export type BenchWindow = { bench: BenchPage };
