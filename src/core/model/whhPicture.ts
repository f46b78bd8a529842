/**
 * W_hh reduced to a picture no screen needs more of: at n = 4096 the matrix has 16.7 M weights,
 * while the heatmap is at most about a thousand device pixels a side. The worker reduces it in
 * blocks of `block` × `block` weights to at most PICTURE_SIDE blocks a side, once per snapshot
 * (the UI thread would need hundreds of milliseconds for one pass over 16.7 M weights), and the
 * heatmap colours the blocks.
 *
 * A block keeps what a pixel must show faithfully: its alive weight of largest magnitude with
 * its sign (so a lone strong weight is not averaged away into white), and how many of its
 * weights are alive (the heatmap mixes the colour toward the pruned grey by the pruned share, so
 * a fully pruned block is flat grey and a partly pruned one greyer).
 */

/** Largest picture side: above any heatmap's width in device pixels (420 CSS px at 2×). */
export const PICTURE_SIDE = 1024;

export interface BlockPicture {
  /** Size of the matrix it shows (n × n). */
  n: number;
  /** Matrix rows (and columns) per block; the last block holds what remains. */
  block: number;
  /** Blocks a side: ceil(n / block). */
  side: number;
  /**
   * Per block, row-major side × side: the alive weight of largest |w|, sign kept (NaN weights
   * are passed over). Meaningless where `alive` is 0.
   */
  value: Float32Array;
  /** Per block, how many of its weights are alive (at most block², so block ≤ 15). */
  alive: Uint8Array;
}

/** W_hh's picture in unit order and in the order of the units' positions on the manifold. */
export interface WhhPictures {
  byUnit: BlockPicture;
  byPosition: BlockPicture;
}

/** Rows per block for an n × n matrix: 1 (no reduction) up to n = PICTURE_SIDE. */
export function pictureBlock(n: number): number {
  return Math.max(1, Math.ceil(n / PICTURE_SIDE));
}

/** Weights per row of blocks: `block`, except the last row of blocks when block does not divide n. */
export function blockRows(picture: Pick<BlockPicture, 'n' | 'block' | 'side'>): Uint16Array {
  const { n, block, side } = picture;
  return Uint16Array.from({ length: side }, (_, r) => Math.min(block, n - r * block));
}

/**
 * Reduces the row-major n × n `whh` under `mask` (1 = alive) to blocks of `block` × `block`.
 * With `order` (display position → unit), block (R, C) covers W[order[r], order[c]] for the
 * display rows r and columns c inside it, so the picture is drawn in that order.
 */
export function blockPicture(
  whh: Float32Array,
  mask: Uint8Array,
  n: number,
  block: number,
  order?: Int32Array,
): BlockPicture {
  if (!Number.isInteger(block) || block < 1 || block * block > 255)
    throw new RangeError(`picture block must be an integer from 1 to 15, got ${block}`);
  if (order && order.length !== n)
    throw new RangeError(`order has ${order.length} units, W_hh has ${n}`);
  const side = Math.ceil(n / block);
  const value = new Float32Array(side * side);
  const alive = new Uint8Array(side * side);
  const cols = order ?? Int32Array.from({ length: n }, (_, c) => c);
  const colBlock = Int32Array.from({ length: n }, (_, c) => Math.floor(c / block));
  for (let r = 0; r < n; r++) {
    const row = (order ? order[r] : r) * n;
    const out = Math.floor(r / block) * side;
    for (let c = 0; c < n; c++) {
      const i = row + cols[c];
      if (mask[i] === 0) continue;
      const o = out + colBlock[c];
      alive[o]++;
      // value starts at 0, so a block whose alive weights are all 0 (or NaN) keeps 0.
      const w = whh[i];
      if (Math.abs(w) > Math.abs(value[o])) value[o] = w;
    }
  }
  return { n, block, side, value, alive };
}

/** Both pictures of W_hh, or null when n ≤ PICTURE_SIDE (the heatmap then reads W_hh itself). */
export function whhPictures(
  whh: Float32Array,
  mask: Uint8Array,
  n: number,
  positionOrder: Int32Array,
): WhhPictures | null {
  const block = pictureBlock(n);
  if (block === 1) return null;
  return {
    byUnit: blockPicture(whh, mask, n, block),
    byPosition: blockPicture(whh, mask, n, block, positionOrder),
  };
}
