/**
 * What a moduli space is to the lab (docs/science.md §Manifolds): points, exact geodesic distances,
 * seeded sampling, re-projection for trained embeddings, and a 3D picture for the view.
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../random';
import type { ManifoldId } from '../config/schema';

export interface Manifold {
  readonly id: ManifoldId;
  /** Human name, e.g. "Klein bottle" or "6-torus". */
  readonly label: string;
  /** Coordinates per point (circle: 1 angle; sphere: 3 unit-vector coordinates; torus: 2; …). */
  readonly dim: number;
  /** Largest possible distance (Infinity for Rᵏ). */
  readonly maxDistance: number;
  /** n points, i.i.d. uniform on M, row-major n × dim. */
  sample(n: number, rng: Rng): Float32Array;
  /** Geodesic distance between two points given as dim-length arrays. */
  distance(a: ArrayLike<number>, b: ArrayLike<number>): number;
  /** Full n × n geodesic distance matrix, row-major. */
  distanceMatrix(points: Float32Array): Float32Array;
  /** The same matrix as a tensor of [n, dim] positions, differentiable by autodiff. */
  distanceTensor(points: tf.Tensor2D): tf.Tensor2D;
  /**
   * The squared distances of [n, dim] positions with their hand-written pullback: what a trained
   * embedding's penalty gradient needs, without the gradient tape. Call inside tf.tidy, and call
   * `pullback` inside the same tidy (it reads the forward pass's intermediate tensors).
   */
  squaredDistances(points: tf.Tensor2D): SquaredDistances;
  /** Pulls trained positions back onto M after an optimizer step (identity where not needed). */
  project(points: tf.Tensor2D): tf.Tensor2D;
  /** 3D picture coordinates, n × 3 row-major, for the view. */
  toScene(points: Float32Array): Float32Array;
  /** A parametrised surface (u, v ∈ [0,1]) to draw under the neurons, or a curve (v ignored). */
  readonly surface: SceneSurface;
  /** How the picture relates to the space, shown in the UI (e.g. "first 3 of 6 coordinates"). */
  readonly sceneNote: string;
  /**
   * The heatmap's sort key of the point at offset i of p: units sorted by it put a geometric
   * penalty's band along W_hh's diagonal (the paper's pictures). The first coordinate unless a
   * space says otherwise (the sphere: longitude).
   */
  orderKey(p: ArrayLike<number>, i: number): number;
  /** The space laid flat for the probes' activity map, or null where it has none. */
  readonly unfolding: Unfolding | null;
}

/** A flat picture of a space: every pixel a point of it (edges glued as the caption says). */
export interface Unfolding {
  /** A square (the tori's box), a 2:1 rectangle (longitude × latitude), a one-row band (a circle). */
  shape: 'square' | 'wide' | 'band';
  /** How to read the picture, in one sentence. */
  caption: string;
  /** Length (a band) or area (the others) of the space, for the mean spacing of n units. */
  measure: number;
  /** Pixels across for n units (the map costs pixels × n distances, once per set of positions). */
  width(n: number): number;
  /** The point of the space at (u, v) ∈ [0,1)² of the picture, v downwards, in its coordinates. */
  point(u: number, v: number): number[];
}

/** D² = [d(p_j, p_k)²] as an [n, n] tensor, and the way back to the positions. */
export interface SquaredDistances {
  squared: tf.Tensor2D;
  /**
   * For a symmetric [n, n] u: row j is Σ_k u[j,k]·∂D²[j,k]/∂p_j, i.e. the gradient of
   * ½·Σ_{j,k} u[j,k]·D²[j,k] w.r.t. the [n, dim] positions (D² is symmetric too, so each pair's
   * two terms are one). Where d is not differentiable it takes the subgradient autodiff of
   * `distanceTensor` takes (0 at d = 0; ties of a minimum go to the first candidate).
   */
  pullback(u: tf.Tensor2D): tf.Tensor2D;
}

export type SceneSurface =
  | { kind: 'surface'; point(u: number, v: number): [number, number, number] }
  | { kind: 'curve'; point(u: number): [number, number, number] }
  | { kind: 'none' };
