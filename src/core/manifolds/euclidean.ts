/**
 * Euclidean space Rᵏ for trained embeddings (paper: k = 3). d = ‖a − b‖₂, unbounded.
 * Initial positions are uniform in [0,10)ᵏ, as the paper's Appendix H does (not 10·N(0,1):
 * at that spread nearly all pairs would sit beyond the DoG's zero-penalty ring).
 */
import type { Manifold } from './types';
import { defineManifold } from './define';
import { BOX_SIDE, flatSquaredDistances, uniformBox } from './flat';

/** Maps the sampling cube [0,10)ᵏ onto [−3,3)ᵏ in the picture. */
const SCENE_SCALE = 0.6;
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (k: number) => [...String(k)].map((c) => SUPERSCRIPTS[Number(c)]).join('');

export function euclidean(k: number): Manifold {
  if (!Number.isInteger(k) || k < 1) throw new Error(`Rᵏ needs k ≥ 1, got ${k}`);
  return defineManifold({
    id: 'euclidean',
    label: `R${superscript(k)}`,
    dim: k,
    maxDistance: Infinity,
    sample: (n, rng) => uniformBox(n, k, rng),
    metric(p, i, q, j) {
      let sum = 0;
      for (let a = 0; a < k; a++) sum += (p[i + a] - q[j + a]) ** 2;
      return Math.sqrt(sum);
    },
    squaredDistances: (points) => flatSquaredDistances(points, null),
    scenePoint(p, i) {
      const at = (a: number) => (a < k ? SCENE_SCALE * (p[i + a] - BOX_SIDE / 2) : 0);
      return [at(0), at(1), at(2)];
    },
    surface: { kind: 'none' },
    sceneNote:
      k <= 3
        ? `R${superscript(k)} itself, centred on the starting cube [0,10)${superscript(k)}.`
        : `The first 3 of ${k} coordinates, centred on the starting cube; the others are not shown.`,
  });
}
