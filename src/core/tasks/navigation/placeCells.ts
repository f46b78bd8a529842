/**
 * Place cells: the navigation task's targets and the encoder's input for h0 (docs/science.md
 * §Navigation). The network never sees positions, only these population codes, and is read out
 * through them. Plain loops: the targets of T·B positions × Np cells are recomputed every training
 * step.
 */
import type { Rng } from '../../random';
import { DEFAULT_BOX_METERS } from './trajectory';

export interface PlaceCells {
  /** (Np·2) centres, uniform in the box centred at 0. */
  centres: Float32Array;
  /** Width σ of the centre Gaussian, metres. */
  widthMeters: number;
  count: number;
}

export interface PlaceCellOptions {
  count?: number;
  widthMeters?: number;
  boxMeters?: number;
}

/** Draws Np centres i.i.d. uniform in the box (the authors' default: 512 cells, σ = 0.12 m). */
export function createPlaceCells(rng: Rng, options: PlaceCellOptions = {}): PlaceCells {
  const count = options.count ?? 512;
  const half = (options.boxMeters ?? DEFAULT_BOX_METERS) / 2;
  const centres = new Float32Array(count * 2);
  for (let i = 0; i < centres.length; i++) centres[i] = rng.range(-half, half);
  return { centres, widthMeters: options.widthMeters ?? 0.12, count };
}

/**
 * Place-cell activity at m positions (m·2) → (m·Np), each row a distribution over cells:
 * the difference of softmaxed Gaussians p = softmax(−d²/2σ²) − softmax(−d²/(2·2σ²)),
 * shifted by |min p| and renormalised to sum 1 (Sorscher's `get_activation` with DoG,
 * surround_scale = 2).
 * Both softmaxes subtract their largest logit, the nearest cell's, so exp cannot underflow to
 * 0/0; and since the surround's variance is twice the centre's, its exponentials are the square
 * roots of the centre's: one exp per cell instead of two (this runs on T·B × Np every step).
 */
export function placeCellTargets(cells: PlaceCells, positions: Float32Array): Float32Array {
  const { centres, count } = cells;
  const scale = -1 / (2 * cells.widthMeters * cells.widthMeters);
  const rows = positions.length / 2;
  const out = new Float32Array(rows * count);
  const d2 = new Float64Array(count);
  const centre = new Float64Array(count);
  const surround = new Float64Array(count);
  for (let r = 0; r < rows; r++) {
    const x = positions[2 * r];
    const y = positions[2 * r + 1];
    let minD2 = Infinity;
    for (let i = 0; i < count; i++) {
      const dx = x - centres[2 * i];
      const dy = y - centres[2 * i + 1];
      d2[i] = dx * dx + dy * dy;
      if (d2[i] < minD2) minD2 = d2[i];
    }
    let centreSum = 0;
    let surroundSum = 0;
    for (let i = 0; i < count; i++) {
      centre[i] = Math.exp((d2[i] - minD2) * scale);
      surround[i] = Math.sqrt(centre[i]);
      centreSum += centre[i];
      surroundSum += surround[i];
    }
    let min = Infinity;
    for (let i = 0; i < count; i++) {
      centre[i] = centre[i] / centreSum - surround[i] / surroundSum;
      if (centre[i] < min) min = centre[i];
    }
    const shift = Math.abs(min);
    let sum = 0;
    for (let i = 0; i < count; i++) sum += centre[i] + shift;
    const row = r * count;
    for (let i = 0; i < count; i++) out[row + i] = (centre[i] + shift) / sum;
  }
  return out;
}
