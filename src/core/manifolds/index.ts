/**
 * The moduli spaces the lab offers (docs/science.md §Manifolds), by id. Adding a space is one file
 * and one line here; nothing else switches on the id.
 */
import { manifoldIds, type ManifoldId } from '../config/schema';
import type { Manifold } from './types';
import { circle } from './circle';
import { sphere } from './sphere';
import { flatTorus } from './torus';
import { klein } from './klein';
import { euclidean } from './euclidean';

export type { Manifold, SceneSurface } from './types';

const registry: Record<ManifoldId, { label: string; create(dimension: number): Manifold }> = {
  circle: { label: 'Circle S¹', create: () => circle },
  sphere: { label: 'Sphere S²', create: () => sphere },
  torus: { label: 'Torus T²', create: () => flatTorus(2, 'torus') },
  ntorus: { label: 'n-torus Tⁿ', create: (n) => flatTorus(n, 'ntorus') },
  klein: { label: 'Klein bottle', create: () => klein },
  euclidean: { label: 'Euclidean Rᵏ', create: (k) => euclidean(k) },
};

/** The manifold for an id; `dimension` is read only by the n-torus and Rᵏ. */
export function getManifold(id: ManifoldId, dimension: number): Manifold {
  return registry[id].create(dimension);
}

/** UI names of the ids, e.g. for the manifold picker. */
export const manifoldLabels = Object.fromEntries(
  manifoldIds.map((id) => [id, registry[id].label]),
) as Record<ManifoldId, string>;
