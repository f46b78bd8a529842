/**
 * The probes of the lab on the hand-built reference attractor (./reference): the same requests
 * as the trained network's (a place, a drawn path, a kick), the same result, judged by the same
 * measures, so the panel can show both side by side.
 */
import { perturbState } from '../probes/freeRun';
import { checkProbeRequest, probeResult } from '../probes/result';
import type { ProbeRequest, ProbeResult } from '../probes/types';
import { Rng } from '../random';
import type { ReferenceAttractor } from './reference';

/** The rates of every frame, and the decoded place of every step after the first. */
interface ReferenceRun {
  frames: Float32Array;
  decoded: Float32Array;
}

function run(
  ref: ReferenceAttractor,
  u0: Float32Array,
  request: ProbeRequest,
  kick: boolean,
  y0: number,
): ReferenceRun {
  const { n } = ref;
  const { steps, velocities, perturb } = request;
  const frames = new Float32Array((steps + 1) * n);
  const decoded = new Float32Array(steps * 2);
  const u = Float32Array.from(u0);
  const rng = perturb ? new Rng(perturb.seed) : null;
  // The synaptic state is kicked, not the rates: a kick is noise on what the cells integrate.
  const maybeKick = (t: number) => {
    if (kick && perturb && rng && perturb.atStep === t) perturbState(u, perturb.noise, rng, 'tanh');
  };
  maybeKick(0);
  ref.rates(u, frames.subarray(0, n));
  for (let t = 0; t < steps; t++) {
    const vx = velocities ? velocities[2 * t] : 0;
    const vy = velocities ? velocities[2 * t + 1] : 0;
    ref.step(u, [vx, vy]);
    maybeKick(t + 1);
    const r = frames.subarray((t + 1) * n, (t + 2) * n);
    ref.rates(u, r);
    // A ring holds x only: its decoded y stays where it started (the torus ignores y0).
    decoded.set(ref.decode(r, y0), 2 * t);
  }
  return { frames, decoded };
}

/** One probe on the reference; a 'state' start is taken as its synaptic state (n values). */
export function runReferenceProbe(request: ProbeRequest, ref: ReferenceAttractor): ProbeResult {
  const began = performance.now();
  checkProbeRequest(request);
  const { start } = request;
  let u0: Float32Array;
  let y0 = 0;
  if (start.kind === 'position') {
    u0 = ref.bumpAt(start.position);
    y0 = start.position[1];
  } else if (start.kind === 'random') {
    u0 = ref.randomState(new Rng(start.seed));
  } else {
    if (start.state.length !== ref.n)
      throw new Error(
        `probe: the reference has ${ref.n} units, the start state ${start.state.length}`,
      );
    u0 = Float32Array.from(start.state);
  }
  const kicked = run(ref, u0, request, true, y0);
  const clean = request.perturb ? run(ref, u0, request, false, y0) : null;
  return probeResult(request, {
    n: ref.n,
    frames: kicked.frames,
    cleanFrames: clean?.frames ?? null,
    decoded: start.kind === 'position' ? kicked.decoded : null,
    decodedAxes: ref.dims,
    distances: ref.distances,
    engine: 'reference',
    unitPositions: ref.positions,
    began,
  });
}
