/**
 * Activity as a field on the unfolded manifold, so a bump reads from the back of a room. Each
 * space with a flat picture describes it (Manifold.unfolding): the torus and the Klein bottle as
 * their square [0,10)², the sphere as longitude × latitude, the circle as a band. Each pixel is
 * the kernel-weighted mean activity of the units near it in the space's own distance
 * (Nadaraya–Watson), so uneven unit density does not show up as activity.
 * The weights are built once per set of positions; a frame then costs one sparse product.
 */
import type { Manifold } from '../../core/manifolds';

export interface FlatMapGrid {
  width: number;
  height: number;
  /** Per pixel: the start of its entries in `units`/`weights` (width·height + 1 offsets). */
  offsets: Int32Array;
  units: Int32Array;
  /** Kernel weights, each pixel's summing to 1. */
  weights: Float32Array;
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
  const unfolding = manifold.unfolding;
  if (!unfolding) throw new Error(`No unfolded picture of the ${manifold.label}`);
  const n = positions.length / manifold.dim;
  const width = options.width ?? unfolding.width(n);
  const band = unfolding.shape === 'band';
  const height = band ? 1 : unfolding.shape === 'wide' ? Math.max(1, Math.round(width / 2)) : width;
  // Mean spacing: the side of each unit's share of the space (length, or area).
  const spacing = band ? unfolding.measure / n : Math.sqrt(unfolding.measure / n);
  const sigma = options.sigma ?? 0.7 * spacing;
  const offsets = new Int32Array(width * height + 1);
  const units: number[] = [];
  const weights: number[] = [];
  const k = new Float64Array(n);
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) {
      const p = unfolding.point((i + 0.5) / width, (j + 0.5) / height);
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
