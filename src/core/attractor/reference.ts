/**
 * A continuous attractor built by hand from the units' geometry, with no training: what a
 * perfect bump attractor does, to show beside a trained network (docs/attractors.md).
 *
 * Its units sit on a regular lattice of the circle or the torus, about as many as the run has (a
 * bump on randomly placed units gets pinned where they happen to crowd, which hides what the
 * ideal does; the probe panel says so). The model is the
 * rate network of Wu & Amari (Neural Comput 2005) with the velocity coupling of Burak & Fiete
 * (PLoS Comput Biol 2009) reduced to its effect, a shift of the weights:
 *   τ du_j/dt = −u_j + Σ_k J(d(p_j, p_k + τ·v)) r_k,     r_k = [u_k]₊² / (1 + κ Σ_l [u_l]₊² w),
 *   J(d) = J₀ · w · e^{−d²/2a²} / (2πa²)^{D/2},         w = |M| / n (each unit's share of M).
 * Excitation falls off with the geodesic distance and the divisive normalisation is the global
 * inhibition, so a bump of width a is stable anywhere on M (a continuous family of fixed points).
 * Shifting every unit's outgoing weights by τ·v moves the bump at velocity v: to first order,
 * τ ∂_t U(x − vt) = −τ v·∇U = U(x − τv) − U. The arena maps onto the manifold linearly, one
 * period of M for 1.25 box sides, so a bump's place on M decodes to a unique place in the box;
 * on the circle only x is stored (a ring has one direction).
 */
import { DEFAULT_DT_SECONDS } from '../tasks/navigation/trajectory';
import { getManifold } from '../manifolds';
import { wrapDelta } from '../manifolds/flat';
import type { Rng } from '../random';

/** Which spaces have a hand-built reference: the flat ones with a bump that can go anywhere. */
export type ReferenceManifold = 'circle' | 'torus';

export function hasReference(manifold: string): manifold is ReferenceManifold {
  return manifold === 'circle' || manifold === 'torus';
}

/** Fewest units the lab builds a reference with, whatever the run's size (see referenceFor). */
export const REFERENCE_MIN_UNITS = 100;

/** Largest n the reference runs at: its step costs n² (it is a teaching aid, not a model). */
export const REFERENCE_MAX_UNITS = 1024;

/** Period of M in its own distance units: the torus [0,10)², the circle of radius 5 (10π). */
const PERIOD = { circle: 10 * Math.PI, torus: 10 } as const;
/** One period of M covers this many box sides, so the box fits inside one period with room. */
const PERIOD_IN_BOX_SIDES = 1.25;
/** Time constant τ (s) and Euler substep (s): 10 substeps per probe step of 0.02 s. */
const TAU_SECONDS = 0.01;
const SUBSTEP_SECONDS = 0.002;
/** Recurrent strength J₀ and normalisation κ as a fraction of the largest κ with a bump. */
const J0 = 1;
const KAPPA_FRACTION = 0.3;

export interface ReferenceOptions {
  manifold: ReferenceManifold;
  /** About how many units: the circle takes exactly this many, the torus the nearest s × s. */
  units: number;
  /** Side of the navigation arena (m). */
  boxMeters: number;
  /** Bump width a in M's distance units; default: a tenth of a period (a bump holds ~10% of M). */
  width?: number;
}

/** Units evenly spread: circle angles 2π(j + ½)/n; torus an s × s grid of [0,10)², s = round(√n). */
export function latticePositions(manifold: ReferenceManifold, units: number): Float32Array {
  if (manifold === 'circle')
    return Float32Array.from({ length: units }, (_, j) => (2 * Math.PI * (j + 0.5)) / units);
  const side = Math.max(3, Math.round(Math.sqrt(units)));
  const out = new Float32Array(side * side * 2);
  for (let i = 0; i < side; i++) {
    for (let j = 0; j < side; j++) {
      out[2 * (i * side + j)] = (PERIOD.torus * (i + 0.5)) / side;
      out[2 * (i * side + j) + 1] = (PERIOD.torus * (j + 0.5)) / side;
    }
  }
  return out;
}

/** A probe step's input: velocity (m per step) in x and y. */
export type Velocity = readonly [number, number];

export class ReferenceAttractor {
  readonly n: number;
  readonly manifold: ReferenceManifold;
  /** Coordinates per unit on M (1 or 2), in M's distance units. */
  readonly dims: 1 | 2;
  /** The units' places in the run's coordinates (circle θ; torus (x, y) ∈ [0,10)²), row-major. */
  readonly positions: Float32Array;
  /** n × n geodesic distances between the units (for locality). */
  readonly distances: Float32Array;
  /** Distance units of M per metre of the arena. */
  readonly unitsPerMeter: number;
  readonly width: number;
  private readonly coords: Float64Array;
  private readonly period: number;
  private readonly share: number;
  private readonly kappa: number;
  /** The settled bump's peak u, so a start is a bump the size the dynamics keep. */
  private readonly peak: number;
  private kernelShift: [number, number] | null = null;
  private kernel: Float64Array;

  constructor(options: ReferenceOptions) {
    const { manifold, units, boxMeters } = options;
    if (!(units >= 8 && units <= REFERENCE_MAX_UNITS))
      throw new Error(`reference: built for 8 … ${REFERENCE_MAX_UNITS} units, asked for ${units}`);
    this.manifold = manifold;
    this.dims = manifold === 'circle' ? 1 : 2;
    const positions = latticePositions(manifold, units);
    this.positions = positions;
    this.n = positions.length / this.dims;
    this.distances = getManifold(manifold, 2).distanceMatrix(positions);
    this.period = PERIOD[manifold];
    // The circle's coordinate is an angle; its distance is 5·Δθ, so 5θ is its arc-length chart.
    this.coords = Float64Array.from(positions, (p) => (manifold === 'circle' ? 5 * p : p));
    this.unitsPerMeter = this.period / (PERIOD_IN_BOX_SIDES * boxMeters);
    this.width = options.width ?? this.period / 10;
    const area = this.period ** this.dims;
    this.share = area / this.n;
    const a = this.width;
    // Largest κ with a stable bump: J₀²/(8√(2π)a) on a line, J₀²/(32πa²) on a plane (Wu & Amari;
    // Fung, Wong & Wu 2010); a fraction of it gives a bump well away from the fold where it vanishes.
    const critical =
      this.dims === 1
        ? J0 ** 2 / (8 * Math.sqrt(2 * Math.PI) * a)
        : J0 ** 2 / (32 * Math.PI * a * a);
    this.kappa = KAPPA_FRACTION * critical;
    this.kernel = new Float64Array(this.n * this.n);
    // Start above the stable bump's peak ([1 + √(1 − κ/κc)]·J₀/(4√π·aκ) on a line, its 2D
    // counterpart J₀/(8πa²κ)·[…]); from there the dynamics settle onto it (below a second,
    // unstable branch they would fall silent instead).
    this.peak =
      (2 * J0) /
      (this.kappa * (this.dims === 1 ? 4 * Math.sqrt(Math.PI) * a : 8 * Math.PI * a * a));
    this.peak = this.settledPeak();
  }

  /** The place on M (coordinates) of an arena point (m): the box centre at the middle of M. */
  toManifold(position: readonly [number, number]): number[] {
    const mid = this.period / 2;
    return Array.from({ length: this.dims }, (_, i) => mid + position[i] * this.unitsPerMeter);
  }

  /** Geodesic distance between unit j and a point on M. */
  private distanceTo(j: number, point: readonly number[]): number {
    let sq = 0;
    for (let i = 0; i < this.dims; i++)
      sq += wrapDelta(this.coords[j * this.dims + i] - point[i], this.period) ** 2;
    return Math.sqrt(sq);
  }

  /** The synaptic state of a bump centred at an arena point: u = U·e^{−d²/4a²} (Wu & Amari). */
  bumpAt(position: readonly [number, number]): Float32Array {
    const centre = this.toManifold(position);
    const a2 = this.width * this.width;
    return Float32Array.from({ length: this.n }, (_, j) => {
      const d = this.distanceTo(j, centre);
      return this.peak * Math.exp((-d * d) / (4 * a2));
    });
  }

  /** Firing rates r from synaptic states u (the activity the views show). */
  rates(u: ArrayLike<number>, out = new Float32Array(this.n)): Float32Array {
    let sum = 0;
    for (let j = 0; j < this.n; j++) if (u[j] > 0) sum += u[j] * u[j];
    const norm = 1 + this.kappa * sum * this.share;
    for (let j = 0; j < this.n; j++) out[j] = u[j] > 0 ? (u[j] * u[j]) / norm : 0;
    return out;
  }

  /** J with every unit's outgoing weights shifted by `shift` (M units), rebuilt when it changes. */
  private kernelFor(shift: [number, number]): Float64Array {
    const last = this.kernelShift;
    if (last && last[0] === shift[0] && last[1] === shift[1]) return this.kernel;
    const { n, dims, coords, period, width } = this;
    const a2 = width * width;
    const scale = (J0 * this.share) / (2 * Math.PI * a2) ** (dims / 2);
    for (let j = 0; j < n; j++) {
      for (let k = 0; k < n; k++) {
        let sq = 0;
        for (let i = 0; i < dims; i++)
          sq += wrapDelta(coords[j * dims + i] - coords[k * dims + i] - shift[i], period) ** 2;
        this.kernel[j * n + k] = scale * Math.exp(-sq / (2 * a2));
      }
    }
    this.kernelShift = [shift[0], shift[1]];
    return this.kernel;
  }

  /**
   * One probe step (0.02 s) from synaptic state `u` (updated in place) with velocity `v`
   * (m per step; the circle reads x only). Returns nothing; read `rates(u)`.
   */
  step(u: Float32Array, v: Velocity): void {
    const { n } = this;
    const metresPerSecond = [v[0] / DEFAULT_DT_SECONDS, v[1] / DEFAULT_DT_SECONDS];
    const shift: [number, number] = [
      TAU_SECONDS * metresPerSecond[0] * this.unitsPerMeter,
      this.dims === 2 ? TAU_SECONDS * metresPerSecond[1] * this.unitsPerMeter : 0,
    ];
    const kernel = this.kernelFor(shift);
    const r = new Float32Array(n);
    const active: number[] = [];
    const substeps = Math.round(DEFAULT_DT_SECONDS / SUBSTEP_SECONDS);
    const leak = SUBSTEP_SECONDS / TAU_SECONDS;
    for (let s = 0; s < substeps; s++) {
      this.rates(u, r);
      active.length = 0;
      for (let k = 0; k < n; k++) if (r[k] > 0) active.push(k);
      for (let j = 0; j < n; j++) {
        const row = j * n;
        let input = 0;
        for (const k of active) input += kernel[row + k] * r[k];
        u[j] += leak * (input - u[j]);
      }
    }
  }

  /**
   * The bump's centre, decoded to the arena (m): the circular mean of the rates along each
   * coordinate of M, mapped back through the box's place on M. The circle stores x only; its y
   * is returned as `y` unchanged.
   */
  decode(r: ArrayLike<number>, y = 0): [number, number] {
    const out: [number, number] = [0, y];
    const mid = this.period / 2;
    for (let i = 0; i < this.dims; i++) {
      let c = 0;
      let s = 0;
      for (let j = 0; j < this.n; j++) {
        const angle = (2 * Math.PI * this.coords[j * this.dims + i]) / this.period;
        c += r[j] * Math.cos(angle);
        s += r[j] * Math.sin(angle);
      }
      const centre = (Math.atan2(s, c) / (2 * Math.PI)) * this.period;
      // The signed offset from the middle of M, in (−period/2, period/2].
      const offset = centre - mid - this.period * Math.round((centre - mid) / this.period);
      out[i] = offset / this.unitsPerMeter;
    }
    return out;
  }

  /** The peak of the bump the dynamics settle to from a Gaussian start, at rest. */
  private settledPeak(): number {
    const u = this.bumpAt([0, 0]);
    for (let t = 0; t < 10; t++) this.step(u, [0, 0]);
    let peak = 0;
    for (let j = 0; j < this.n; j++) peak = Math.max(peak, u[j]);
    if (!(peak > 0)) throw new Error('reference: no bump survives at these settings');
    return peak;
  }

  /** A seeded random synaptic state, uniform in [0, peak): the start of a "random" free run. */
  randomState(rng: Rng): Float32Array {
    return Float32Array.from({ length: this.n }, () => rng.range(0, this.peak));
  }
}
