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

interface Entry {
  label: string;
  /** Whether `create` reads the config's dimension (n-torus, Rᵏ); the others ignore it. */
  takesDimension: boolean;
  create(dimension: number): Manifold;
}

const registry: Record<ManifoldId, Entry> = {
  circle: { label: 'Circle S¹', takesDimension: false, create: () => circle },
  sphere: { label: 'Sphere S²', takesDimension: false, create: () => sphere },
  torus: { label: 'Torus T²', takesDimension: false, create: () => flatTorus(2, 'torus') },
  ntorus: { label: 'n-torus Tⁿ', takesDimension: true, create: (n) => flatTorus(n, 'ntorus') },
  klein: { label: 'Klein bottle', takesDimension: false, create: () => klein },
  euclidean: { label: 'Euclidean Rᵏ', takesDimension: true, create: (k) => euclidean(k) },
};

/** The manifold for an id; `dimension` is read only by the n-torus and Rᵏ. */
export function getManifold(id: ManifoldId, dimension: number): Manifold {
  return registry[id].create(dimension);
}

/** Whether the manifold's shape depends on geometry.dimension (the control shows only then). */
export function manifoldTakesDimension(id: ManifoldId): boolean {
  return registry[id].takesDimension;
}

/** UI names of the ids, e.g. for the manifold picker. */
export const manifoldLabels = Object.fromEntries(
  manifoldIds.map((id) => [id, registry[id].label]),
) as Record<ManifoldId, string>;
