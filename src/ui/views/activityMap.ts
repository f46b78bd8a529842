/**
 * Activity as a field on the unfolded manifold, so a bump reads from the back of a room: the
 * torus and the Klein bottle as their square [0,10)² (opposite edges glued; the Klein bottle's
 * left and right edges glued with a flip), the sphere as longitude × latitude, the circle as a
 * band. Each pixel is the kernel-weighted mean activity of the units near it in the space's
 * own distance (Nadaraya–Watson), so uneven unit density does not show up as activity.
 * The weights are built once per set of positions; a frame then costs one sparse product.
 */
import type { ManifoldId } from '../../core/config/schema';
import type { Manifold } from '../../core/manifolds';

/** Spaces with an unfolded picture; the n-torus and Rᵏ have none (too many coordinates). */
export function hasFlatMap(id: ManifoldId): boolean {
  return id === 'torus' || id === 'klein' || id === 'sphere' || id === 'circle';
}

export interface FlatMapGrid {
  width: number;
  height: number;
  /** Per pixel: the start of its entries in `units`/`weights` (width·height + 1 offsets). */
  offsets: Int32Array;
  units: Int32Array;
  /** Kernel weights, each pixel's summing to 1. */
  weights: Float32Array;
}

/** The point of the space at pixel (i, j) centre, in the manifold's own coordinates. */
function pixelPoint(id: ManifoldId, i: number, j: number, width: number, height: number) {
  const u = (i + 0.5) / width;
  const v = (j + 0.5) / height;
  if (id === 'circle') return [2 * Math.PI * u];
  if (id === 'sphere') {
    const lon = 2 * Math.PI * u - Math.PI;
    const lat = Math.PI / 2 - Math.PI * v;
    return [Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)];
  }
  // Torus, Klein bottle: the box [0,10)², y drawn upwards.
  return [10 * u, 10 * (1 - v)];
}

const CAPTIONS: Partial<Record<ManifoldId, string>> = {
  torus: 'Unfolded torus: left/right and top/bottom edges are the same place.',
  klein:
    'Unfolded Klein bottle: top/bottom edges glued; left/right glued with a flip (y ↦ 10 − y).',
  sphere: 'Sphere as longitude × latitude; the top and bottom rows are the poles.',
  circle: 'Circle unrolled into a band; its two ends are the same place.',
};

/** How to read the unfolded picture of `id`, in one sentence. */
export function flatMapCaption(id: ManifoldId): string {
  return CAPTIONS[id] ?? '';
}

/**
 * Pixels across: fine for small runs, coarser for large ones so that building the weights
 * (pixels × n geodesic distances, on the UI thread, once per set of positions) stays near
 * 300,000 distances, about a frame's worth of work.
 */
function defaultWidth(id: ManifoldId, n: number): number {
  if (id === 'circle') return 120;
  const budget = Math.sqrt(300_000 / n);
  return id === 'sphere'
    ? Math.round(Math.min(72, Math.max(32, budget * Math.SQRT2)))
    : Math.round(Math.min(48, Math.max(20, budget)));
}

/**
 * The smoothing weights for units at `positions` (n × manifold.dim): a Gaussian of the
 * geodesic distance with width `sigma` (default: 0.7 of the mean spacing between units),
 * entries below 1% of a pixel's largest dropped.
 */
export function flatMapGrid(
  manifold: Manifold,
  positions: Float32Array,
  options: { width?: number; sigma?: number } = {},
): FlatMapGrid {
  const id = manifold.id;
  if (!hasFlatMap(id)) throw new Error(`No unfolded picture of the ${manifold.label}`);
  const n = positions.length / manifold.dim;
  const width = options.width ?? defaultWidth(id, n);
  const height = id === 'circle' ? 1 : id === 'sphere' ? width / 2 : width;
  // Mean spacing: the side of each unit's share of the space (length, or area).
  const size = id === 'circle' ? 10 * Math.PI : id === 'sphere' ? 4 * Math.PI : 100;
  const spacing = id === 'circle' ? size / n : Math.sqrt(size / n);
  const sigma = options.sigma ?? 0.7 * spacing;
  const offsets = new Int32Array(width * height + 1);
  const units: number[] = [];
  const weights: number[] = [];
  const k = new Float64Array(n);
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) {
      const p = pixelPoint(id, i, j, width, height);
      let max = 0;
      for (let u = 0; u < n; u++) {
        const d = manifold.distance(
          p,
          positions.subarray(u * manifold.dim, (u + 1) * manifold.dim),
        );
        k[u] = Math.exp(-(d * d) / (2 * sigma * sigma));
        if (k[u] > max) max = k[u];
      }
      let sum = 0;
      const first = units.length;
      for (let u = 0; u < n; u++) {
        if (k[u] >= 0.01 * max) {
          units.push(u);
          weights.push(k[u]);
          sum += k[u];
        }
      }
      for (let e = first; e < weights.length; e++) weights[e] /= sum;
      offsets[j * width + i + 1] = units.length;
    }
  }
  return {
    width,
    height,
    offsets,
    units: Int32Array.from(units),
    weights: Float32Array.from(weights),
  };
}

/** The field for activity `h` (n values): one value per pixel, row-major. */
export function flatMapField(
  grid: FlatMapGrid,
  h: ArrayLike<number>,
  out?: Float32Array,
): Float32Array {
  const field = out ?? new Float32Array(grid.width * grid.height);
  for (let p = 0; p < field.length; p++) {
    let s = 0;
    for (let e = grid.offsets[p]; e < grid.offsets[p + 1]; e++) {
      const v = h[grid.units[e]];
      if (Number.isFinite(v)) s += grid.weights[e] * v;
    }
    field[p] = s;
  }
  return field;
}
