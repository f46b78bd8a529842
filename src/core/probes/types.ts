/**
 * What crosses the worker boundary for a probe: plain data only (numbers, tuples, typed
 * arrays), so the UI can ask "run the trained network from here" without seeing a tensor.
 */
import type { ProbeMeasures, Verdict } from '../attractor/verdicts';

/** Where the free run starts. */
export type ProbeStart =
  /** Navigation: h0 = Encoder·pc(position), the place-cell code of a point in the arena (m). */
  | { kind: 'position'; position: [number, number] }
  /** Any task: a seeded random state, uniform in [0, 1) per unit ([−1, 1) under tanh). */
  | { kind: 'random'; seed: number }
  /** Any task: an explicit state h0 (n values), e.g. the last frame of a previous probe. */
  | { kind: 'state'; state: Float32Array };

export interface ProbeRequest {
  /** Which network runs: the run's own (default) or the hand-built reference attractor. */
  network?: 'trained' | 'reference';
  start: ProbeStart;
  /** Number of time steps T (each 0.02 s for navigation); 1 … MAX_PROBE_STEPS. */
  steps: number;
  /** (T·2) input per step (navigation: velocity in metres per step); null: no input at all. */
  velocities: Float32Array | null;
  /** Kick the state at frame `atStep` with noise of std `noise`·rms(h), seeded. */
  perturb: { atStep: number; noise: number; seed: number } | null;
}

export interface ProbeResult {
  n: number;
  steps: number;
  /** ((T+1)·n) hidden activity: frame 0 is h0, frame t is h_t. */
  frames: Float32Array;
  /** Largest finite activity over all frames: one colour scale for the whole animation. */
  maxActivity: number;
  /** Start position (m) for a position start, else null. */
  start: [number, number] | null;
  /** (T·2) start + cumulative velocities, or null without a position start. */
  truePositions: Float32Array | null;
  /** (T·2) decoded position at each step (trained: mean centre of the top-3 place-cell logits; reference: the bump's centre), or null (no arena). */
  decoded: Float32Array | null;
  /** 2, or 1 when only x is decoded (the ring reference stores one coordinate; y is then the start's). */
  decodedAxes: 1 | 2;
  /** Mean ‖decoded − true‖ over the steps, cm; null when either is missing. */
  errorCm: number | null;
  /** (T+1) similarity of each frame's pattern with the reference (see `reference`). */
  correlation: Float32Array;
  /** What the correlation compares against, in words. */
  reference: string;
  /** Frame from which the summary is taken. */
  referenceFrame: number;
  /** (T+1) mean activity per frame. */
  meanActivity: Float32Array;
  /** The probe's own measure (drift, path error, recovery) and locality: see core/attractor. */
  measures: ProbeMeasures;
  /** What the measure of this kind of probe says. */
  verdict: Verdict;
  /** Whether the activity is a bump in the units' geometry; null when not measured. */
  localityVerdict: Verdict | null;
  /** The reference's own units (its lattice, in the run's coordinates); null: the run's units. */
  unitPositions: Float32Array | null;
  /** What ran: the sparse (CSR) engine for a pruned W_hh, the dense loop, or the hand-built reference. */
  engine: 'sparse' | 'dense' | 'reference';
  /** Wall time of the probe in the worker, ms. */
  elapsedMs: number;
}

/** Longest probe (steps); 2000 steps = 40 s of simulated time. */
export const MAX_PROBE_STEPS = 2000;
