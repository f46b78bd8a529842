/**
 * From a probe's trajectory to what the panel shows: the curve, the probe's own measure and its
 * verdict, and locality. Shared by the trained network's probe (./runProbe) and the hand-built
 * reference (../attractor/referenceProbe), so both are judged by the same numbers.
 */
import {
  driftCm,
  meanErrorCm,
  meanLocality,
  pairSimilarity,
  recovery,
} from '../attractor/measures';
import {
  localityVerdict,
  probeVerdict,
  type ProbeKind,
  type ProbeMeasures,
} from '../attractor/verdicts';
import { Rng } from '../random';
import { integratePath } from './path';
import { meanActivity, pairedCorrelation } from './persistence';
import { MAX_PROBE_STEPS, type ProbeRequest, type ProbeResult } from './types';

/** What a probe ran: its frames and read-out, before any judging. */
export interface ProbeTrajectory {
  n: number;
  /** ((T+1)·n) activity shown: frame 0 is the start. */
  frames: Float32Array;
  /** The same run without the kick (kick probes only). */
  cleanFrames: Float32Array | null;
  /** (T·2) decoded positions, or null without an arena. */
  decoded: Float32Array | null;
  /** How many coordinates `decoded` really holds: 2, or 1 for a ring that stores x only. */
  decodedAxes: 1 | 2;
  /** n × n geodesic distances between the units, for locality; null: not measured. */
  distances: Float32Array | null;
  engine: ProbeResult['engine'];
  /** The units the frames belong to when they are not the run's own (the reference's lattice). */
  unitPositions?: Float32Array | null;
  began: number;
}

/** Refuses a request no network can run, whichever runs it, with what is wrong. */
export function checkProbeRequest({ steps, perturb }: ProbeRequest): void {
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_PROBE_STEPS)
    throw new Error(`probe: steps must be an integer in 1 … ${MAX_PROBE_STEPS}`);
  if (perturb && !(perturb.atStep >= 0 && perturb.atStep <= steps && perturb.noise >= 0))
    throw new Error(`probe: perturb at a step in 0 … ${steps} with noise ≥ 0`);
}

export function probeKind(request: ProbeRequest): ProbeKind {
  if (request.perturb) return 'kick';
  return request.velocities ? 'path' : 'free';
}

/** Locality is read every few frames: it costs n² a frame, the trend needs no more. */
const LOCALITY_FRAMES = 25;

export function probeResult(request: ProbeRequest, run: ProbeTrajectory): ProbeResult {
  const { n, frames, decoded, decodedAxes } = run;
  const steps = request.steps;
  const kind = probeKind(request);
  const activity = meanActivity(frames, n);
  const kick = request.perturb?.atStep ?? 0;
  const correlation =
    kind === 'kick' && run.cleanFrames
      ? pairedCorrelation(frames, run.cleanFrames, n)
      : pairSimilarity(frames, n);
  const referenceFrame = kind === 'kick' ? kick : 2;
  const reference =
    kind === 'kick'
      ? `the same run without the kick, at the same time step (kick at step ${kick})`
      : 'the first two steps (h₁ + h₂), two steps at a time, so a pattern that flips every step still counts as kept';

  const position = request.start.kind === 'position' ? request.start.position : null;
  const truePositions = position
    ? integratePath(position, request.velocities ?? new Float32Array(steps * 2))
    : null;
  const errorCm =
    truePositions && decoded ? meanErrorCm(decoded, truePositions, decodedAxes) : null;
  const base = Math.abs(activity[Math.min(referenceFrame, steps)] ?? 0);
  const end = Math.abs(activity[steps]);
  const rec = kind === 'kick' ? recovery(correlation, kick) : null;
  const measures: ProbeMeasures = {
    kind,
    activityRatio: !Number.isFinite(end) ? Infinity : base > 0 ? end / base : 0,
    pairSimilarity: kind === 'free' ? correlation[steps] : null,
    driftCm:
      kind === 'free' && position && decoded ? driftCm(decoded, position, decodedAxes) : null,
    errorCm: kind === 'path' ? errorCm : null,
    standStillCm:
      kind === 'path' && position && truePositions
        ? driftCm(truePositions, position, decodedAxes)
        : null,
    recoveryFinal: rec?.final ?? null,
    recoveredAt: rec?.recoveredAt ?? null,
    locality: null,
  };
  if (run.distances) {
    const every = Math.max(1, Math.floor(steps / LOCALITY_FRAMES));
    const index = meanLocality(frames, n, run.distances, new Rng(7), { from: 1, every });
    measures.locality = Number.isFinite(index) ? index : null;
  }
  let max = 0;
  // Finite values only: an unstable network may overflow, and the colour scale must survive it.
  for (let i = 0; i < frames.length; i++)
    if (frames[i] > max && frames[i] < Infinity) max = frames[i];
  return {
    n,
    steps,
    frames,
    maxActivity: max,
    start: position,
    truePositions,
    decoded,
    decodedAxes,
    errorCm,
    correlation,
    reference,
    referenceFrame,
    meanActivity: activity,
    measures,
    verdict: probeVerdict(measures),
    localityVerdict: localityVerdict(measures.locality),
    engine: run.engine,
    unitPositions: run.unitPositions ?? null,
    elapsedMs: performance.now() - run.began,
  };
}
