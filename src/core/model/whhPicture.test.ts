import { describe, expect, it } from 'vitest';
import { mask4, whh4 } from './testing';
import { PICTURE_SIDE, blockPicture, blockRows, pictureBlock, whhPictures } from './whhPicture';

const whh = whh4;
const mask = mask4;

describe("W_hh's picture", () => {
  it('keeps per 2 × 2 block the alive weight of largest |w| with its sign, and counts the alive', () => {
    const p = blockPicture(whh, mask, 4, 2);
    expect(p).toMatchObject({ n: 4, block: 2, side: 2 });
    // Top left {0.1, −0.9, 0.5, pruned}: −0.9. Top right {0.3, 0.2, pruned 7.0, −0.6}: −0.6,
    // the pruned 7.0 does not count. Bottom left {0, 0, pruned, pruned}: an alive zero.
    // Bottom right {−2, 1.5, 1, −1}: −2.
    expect(Array.from(p.value)).toEqual([-0.9, -0.6, 0, -2].map(Math.fround));
    expect(Array.from(p.alive)).toEqual([3, 3, 2, 4]);
  });

  it('gives a fully pruned block no alive weight', () => {
    const p = blockPicture(whh, new Uint8Array(16), 4, 2);
    expect(Array.from(p.alive)).toEqual([0, 0, 0, 0]);
  });

  it('draws the blocks in a display order of the units', () => {
    // Display rows and columns are units 2, 3, 0, 1: block (0, 0) is W[{2,3}, {2,3}].
    const p = blockPicture(whh, mask, 4, 2, Int32Array.of(2, 3, 0, 1));
    expect(Array.from(p.value)).toEqual([-2, 0, -0.6, -0.9].map(Math.fround));
    expect(Array.from(p.alive)).toEqual([4, 2, 3, 3]);
  });

  it('leaves the remainder in the last block when the block does not divide n', () => {
    // 3 × 3 in blocks of 2: blocks of 2 × 2, 2 × 1, 1 × 2 and 1 × 1 weights.
    const w = Float32Array.of(1, 2, 3, 4, 5, -6, 7, -8, 9);
    const p = blockPicture(w, new Uint8Array(9).fill(1), 3, 2);
    expect(p.side).toBe(2);
    expect(Array.from(p.value)).toEqual([5, -6, -8, 9]);
    expect(Array.from(p.alive)).toEqual([4, 2, 2, 1]);
    expect(Array.from(blockRows(p))).toEqual([2, 1]);
  });

  it('reduces only above PICTURE_SIDE units, to at most PICTURE_SIDE blocks a side', () => {
    expect(pictureBlock(PICTURE_SIDE)).toBe(1);
    expect(pictureBlock(PICTURE_SIDE + 1)).toBe(2);
    expect(pictureBlock(4096)).toBe(4);
    expect(whhPictures(whh, mask, 4, Int32Array.of(0, 1, 2, 3))).toBeNull();
    expect(() => blockPicture(whh, mask, 4, 16)).toThrow(/block must be an integer from 1 to 15/);
    expect(() => blockPicture(whh, mask, 4, 2, Int32Array.of(0, 1))).toThrow(
      /order has 2 units, W_hh has 4/,
    );
  });

  it('at n = 2 · PICTURE_SIDE gives both orders in 2 × 2 blocks', () => {
    const n = 2 * PICTURE_SIDE;
    const big = new Float32Array(n * n);
    big[(n - 1) * n + 0] = -3; // into the last unit from unit 0
    const order = Int32Array.from({ length: n }, (_, p) => n - 1 - p); // reversed
    const pictures = whhPictures(big, new Uint8Array(n * n).fill(1), n, order)!;
    const side = PICTURE_SIDE;
    expect(pictures.byUnit.side).toBe(side);
    // Unit order: bottom-left block. Reversed: the last unit is display row 0, unit 0 the last column.
    expect(pictures.byUnit.value[(side - 1) * side]).toBe(-3);
    expect(pictures.byPosition.value[side - 1]).toBe(-3);
    expect(pictures.byPosition.alive[0]).toBe(4);
  });
});
