/**
 * The worker's side of a probe: from a ProbeRequest and the trainer's current weights to a
 * ProbeResult. Builds h0 (place code of the start, a random or a given state), runs the
 * network free, and for a perturbation also runs it unperturbed so "does it come back?" is a
 * frame-by-frame comparison with the path it would have taken. A pruned network runs on the
 * sparse engine (./engine).
 */
import { Rng } from '../random';
import type { Forward } from '../sparse';
import { decodeErrorCm } from '../tasks/navigation/decode';
import { placeCellTargets, type PlaceCells } from '../tasks/navigation/placeCells';
import { probeEngine, type ProbeNetwork } from './engine';
import { freeRun, type FreeRunStart, type ProbeWeights } from './freeRun';
import { integratePath } from './path';
import {
  correlationOverTime,
  meanActivity,
  pairedCorrelation,
  persistenceSummary,
} from './persistence';
import { MAX_PROBE_STEPS, type ProbeRequest, type ProbeResult } from './types';

export interface ProbeModel extends ProbeNetwork {
  /** The run's place cells (navigation), or null. */
  placeCells: PlaceCells | null;
}

/** Picks the named matrices out of `Trainer.weightValues()`, refusing a model without them. */
export function probeWeightsFrom(values: Record<string, Float32Array>): ProbeWeights {
  const { encoder, wih, whh, decoder, bias, decoderBias } = values;
  if (!wih || !whh || !decoder) throw new Error('probe: the model has no wih/whh/decoder');
  return { encoder, wih, whh, decoder, bias, decoderBias };
}

function startFor(request: ProbeRequest, model: ProbeModel): FreeRunStart {
  const { start } = request;
  if (start.kind === 'state') return { state: start.state };
  if (start.kind === 'random') {
    const rng = new Rng(start.seed);
    const lo = model.activation === 'tanh' ? -1 : 0;
    return { state: Float32Array.from({ length: model.n }, () => rng.range(lo, 1)) };
  }
  if (!model.placeCells) throw new Error('probe: a position start needs place cells (navigation)');
  return { placeCode: placeCellTargets(model.placeCells, Float32Array.from(start.position)) };
}

function frames(initial: Float32Array, states: Float32Array): Float32Array {
  const out = new Float32Array(initial.length + states.length);
  out.set(initial);
  out.set(states, initial.length);
  return out;
}

/**
 * Runs one probe, on `forward` (the sparse engine: see probeEngine) or the dense loop; throws an
 * Error with a readable message on a bad request.
 */
export function runProbe(
  request: ProbeRequest,
  model: ProbeModel,
  forward: Forward | null = probeEngine(model),
): ProbeResult {
  const began = performance.now();
  const { steps, velocities, perturb } = request;
  const { n } = model;
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_PROBE_STEPS)
    throw new Error(`probe: steps must be an integer in 1 … ${MAX_PROBE_STEPS}`);
  if (perturb && !(perturb.atStep >= 0 && perturb.atStep <= steps && perturb.noise >= 0))
    throw new Error(`probe: perturb at a step in 0 … ${steps} with noise ≥ 0`);
  const start = startFor(request, model);
  const base = {
    weights: model.weights,
    n,
    activation: model.activation,
    start,
    velocities,
    steps,
    centres: model.placeCells?.centres,
    forward: forward ?? undefined,
  };
  const run = freeRun({
    ...base,
    perturb: perturb ? { ...perturb, rng: new Rng(perturb.seed) } : undefined,
  });
  const all = frames(run.initial, run.states);
  let max = 0;
  // Finite values only: an unstable network may overflow, and the colour scale must survive it.
  for (let i = 0; i < all.length; i++) if (all[i] > max && all[i] < Infinity) max = all[i];
  const activity = meanActivity(all, n);

  let correlation: Float32Array;
  let reference: string;
  let referenceFrame: number;
  if (perturb) {
    const clean = freeRun({ ...base, centres: undefined });
    correlation = pairedCorrelation(all, frames(clean.initial, clean.states), n);
    reference = `the same run without the kick, at the same time step (kick at step ${perturb.atStep})`;
    referenceFrame = perturb.atStep;
  } else {
    referenceFrame = 1;
    correlation = correlationOverTime(all, n, all.subarray(n, 2 * n));
    reference = 'the pattern h_1 after the first step';
  }

  const position = request.start.kind === 'position' ? request.start.position : null;
  const truePositions = position
    ? integratePath(position, velocities ?? new Float32Array(steps * 2))
    : null;
  const errorCm = truePositions && run.decoded ? decodeErrorCm(run.decoded, truePositions) : null;
  return {
    n,
    steps,
    frames: all,
    maxActivity: max,
    start: position,
    truePositions,
    decoded: run.decoded,
    errorCm,
    correlation,
    reference,
    referenceFrame,
    meanActivity: activity,
    summary: persistenceSummary(correlation, activity, referenceFrame),
    engine: forward ? 'sparse' : 'dense',
    elapsedMs: performance.now() - began,
  };
}
