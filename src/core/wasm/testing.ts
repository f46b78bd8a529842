/**
 * Every WebAssembly module the lab assembles, by file name, in one variant: relaxed SIMD on or
 * off, over tfjs's shared heap (the threaded build's memory). For the tests (./listing.test.ts
 * prints them as text), which see every module the same way whatever this engine supports.
 */
import { TILE_ROWS } from './kernels/gemmThreads.mjs';
import { adamFuncs } from './kernels/adam';
import { crossEntropyModule } from './kernels/crossEntropyModule';
import { dotFuncs } from './kernels/dot';
import { finiteFuncs } from './kernels/finite';
import { gemmModule } from './kernels/gemmModule';
import { heapModule } from './kernels/heap';
import { rowTop3Funcs } from './kernels/rowTop3';
import { symmetricSumFuncs } from './kernels/symmetricSum';
import { transposeFuncs } from './kernels/transpose';
import { sparseModule } from './sparse/simdModule';

export function everyModule(fma: boolean): Record<string, Uint8Array<ArrayBuffer>> {
  const heap = { import: 'env.memory', shared: true } as const;
  return {
    gemm: gemmModule({ rows: TILE_ROWS, fma, memory: heap }),
    crossEntropy: crossEntropyModule(fma, heap),
    sparse: sparseModule(fma, heap),
    adam: heapModule(adamFuncs, true),
    dot: heapModule(dotFuncs, true),
    finite: heapModule(finiteFuncs, true),
    rowTop3: heapModule(rowTop3Funcs, true),
    symmetricSum: heapModule(symmetricSumFuncs, true),
    transpose: heapModule(transposeFuncs, true),
  };
}

/** The module's bytes without its custom sections (the name section): what the engine runs. */
export function withoutCustomSections(module: Uint8Array): Uint8Array {
  const kept: number[] = [...module.subarray(0, 8)];
  for (let at = 8; at < module.length;) {
    const id = module[at];
    let size = 0;
    let shift = 0;
    let p = at + 1;
    for (;;) {
      const byte = module[p++];
      size |= (byte & 0x7f) << shift;
      shift += 7;
      if (!(byte & 0x80)) break;
    }
    if (id !== 0) kept.push(...module.subarray(at, p + size));
    at = p + size;
  }
  return Uint8Array.from(kept);
}
