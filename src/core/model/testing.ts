/**
 * A small W_hh the picture tests share (imported only by *.test.ts files): 4 × 4, row j = the
 * weights into unit j, with a pruned strong weight (7.0) that no picture may show.
 */
// prettier-ignore
export const whh4 = Float32Array.of(
   0.1, -0.9,   0.3,  0.2,
   0.5,  0.4,   7.0, -0.6,
   0.0,  0.0,  -2.0,  1.5,
   0.0,  0.0,   1.0, -1.0,
);
/** 1 = alive, 0 = pruned: 12 of the 16 weights alive. */
// prettier-ignore
export const mask4 = Uint8Array.of(
  1, 1,  1, 1,
  1, 0,  0, 1,
  1, 1,  1, 1,
  0, 0,  1, 1,
);
