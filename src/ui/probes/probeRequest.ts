/**
 * From the probe panel's settings to a ProbeRequest: which start, which inputs, which kick.
 * Pure, so the three buttons' meaning is tested without a browser.
 */
import { fitVelocities, pathVelocities } from '../../core/probes/path';
import type { ProbeRequest } from '../../core/probes/types';

/**
 * free: no input from the start; velocity: along the drawn path (standing still after its
 * end); perturb: free run with a noise kick at `kickAt`.
 */
export type ProbeKind = 'free' | 'velocity' | 'perturb';

export interface ProbeSettings {
  kind: ProbeKind;
  /** The run's own network (default) or the hand-built reference. */
  network?: ProbeRequest['network'];
  /** Start in metres (navigation), or null for a seeded random state (other tasks). */
  start: [number, number] | null;
  /** The drawn polyline (m·2, metres), needed for 'velocity'. */
  path: Float32Array | null;
  steps: number;
  /** Kick size relative to the state's RMS. */
  noise: number;
  kickAt: number;
  /** Seed of the random start and of the kick; the panel changes it on every run. */
  seed: number;
}

/** Steps a drawn path takes at the default speed (2 cm per step), or 0 without a path. */
export function pathSteps(path: Float32Array | null): number {
  return path && path.length >= 4 ? pathVelocities(path).velocities.length / 2 : 0;
}

export function buildProbeRequest(s: ProbeSettings): ProbeRequest {
  const steps = Math.max(1, Math.round(s.steps));
  let start: ProbeRequest['start'] = s.start
    ? { kind: 'position', position: s.start }
    : { kind: 'random', seed: s.seed };
  let velocities: Float32Array | null = null;
  if (s.kind === 'velocity') {
    if (!s.path || s.path.length < 4) throw new Error('Draw a path in the arena first');
    const walk = pathVelocities(s.path, { maxSteps: steps });
    start = { kind: 'position', position: walk.start };
    velocities = fitVelocities(walk.velocities, steps);
  }
  const perturb =
    s.kind === 'perturb'
      ? { atStep: Math.max(0, Math.min(steps, Math.round(s.kickAt))), noise: s.noise, seed: s.seed }
      : null;
  return { network: s.network ?? 'trained', start, steps, velocities, perturb };
}
