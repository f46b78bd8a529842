/**
 * Flat tori Tⁿ = Rⁿ / 10Zⁿ (paper, Appendix D): the 2-torus 'torus' and the n-torus 'ntorus'
 * (paper: n = 6). d(a, b) = ‖(min(|Δᵢ| mod 10, 10 − |Δᵢ| mod 10))ᵢ‖₂, at most 5√n. Trained
 * positions may leave [0,10)ⁿ: the wrap makes that harmless, so projection is the identity.
 */
import type { Manifold } from './types';
import { defineManifold } from './define';
import { boxUnfolding } from './unfolding';
import { BOX_SIDE, boxAngle, flatSquaredDistances, uniformBox, wrapDelta } from './flat';

/** Ring torus in the picture: centre-line radius and tube radius, in scene units. */
const RING = 3;
const TUBE = 1.2;

/** A point of the ring torus at angles (u, v): u around the ring, v around the tube. */
export function ringTorus(u: number, v: number): [number, number, number] {
  const r = RING + TUBE * Math.cos(v);
  return [r * Math.cos(u), r * Math.sin(u), TUBE * Math.sin(v)];
}

function sceneNote(dims: number): string {
  if (dims === 1) return 'A circle of length 10, drawn round the outer equator of a ring torus.';
  if (dims === 2)
    return 'The flat torus as a ring torus: x turns around the ring, y around the tube.';
  return `The first 2 of ${dims} angles on a ring torus; the other ${dims - 2} coordinates are not shown, so units that look close may be far apart.`;
}

export function flatTorus(dims: number, id: 'torus' | 'ntorus' = 'ntorus'): Manifold {
  if (!Number.isInteger(dims) || dims < 1)
    throw new Error(`A torus needs dimension ≥ 1, got ${dims}`);
  return defineManifold({
    id,
    label: id === 'torus' ? 'Torus' : `${dims}-torus`,
    dim: dims,
    maxDistance: (BOX_SIDE / 2) * Math.sqrt(dims),
    sample: (n, rng) => uniformBox(n, dims, rng),
    metric(p, i, q, j) {
      let sum = 0;
      for (let a = 0; a < dims; a++) sum += wrapDelta(p[i + a] - q[j + a], BOX_SIDE) ** 2;
      return Math.sqrt(sum);
    },
    squaredDistances: (points) => flatSquaredDistances(points, BOX_SIDE),
    // Coordinates 1 and 2 as the two angles of a ring torus (a 1-torus runs round its outer
    // equator); the picture is seamless because each angle turns once per period.
    scenePoint: (p, i) => ringTorus(boxAngle(p[i]), dims > 1 ? boxAngle(p[i + 1]) : 0),
    surface: { kind: 'surface', point: (u, v) => ringTorus(2 * Math.PI * u, 2 * Math.PI * v) },
    sceneNote: sceneNote(dims),
    // Only the 2-torus lies flat in a picture; more angles than two would not fit.
    unfolding:
      dims === 2
        ? boxUnfolding('Unfolded torus: left/right and top/bottom edges are the same place.')
        : undefined,
  });
}
