/**
 * The worker's side of a probe: from a ProbeRequest and the trainer's current weights to a
 * ProbeResult. Builds h0 (place code of the start, a random or a given state), runs the
 * network free, and for a perturbation also runs it unperturbed so "does it come back?" is a
 * frame-by-frame comparison with the path it would have taken. A pruned network runs on the
 * sparse engine (./engine). Judging the trajectory is ./result's, shared with the reference.
 */
import { Rng } from '../random';
import type { Forward } from '../sparse';
import { placeCellTargets, type PlaceCells } from '../tasks/navigation/placeCells';
import { probeEngine, type ProbeNetwork } from './engine';
import { freeRun, type FreeRunStart, type ProbeWeights } from './freeRun';
import { checkProbeRequest, probeResult } from './result';
import type { ProbeRequest, ProbeResult } from './types';

export interface ProbeModel extends ProbeNetwork {
  /** The run's place cells (navigation), or null. */
  placeCells: PlaceCells | null;
  /** n × n geodesic distances between the units on their manifold, for locality; absent: not measured. */
  distances?: Float32Array | null;
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
  checkProbeRequest(request);
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
  const clean = perturb ? freeRun({ ...base, centres: undefined }) : null;
  return probeResult(request, {
    n,
    frames: frames(run.initial, run.states),
    cleanFrames: clean ? frames(clean.initial, clean.states) : null,
    decoded: run.decoded,
    decodedAxes: 2,
    distances: model.distances ?? null,
    engine: forward ? 'sparse' : 'dense',
    began,
  });
}
