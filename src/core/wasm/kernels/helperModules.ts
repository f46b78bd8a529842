/**
 * What the GEMM's helper threads run, by MODULE index (./gemmThreads.mjs): the GEMM's module (its
 * time loop too), the cross-entropy's and the sparse engine's, all bound to the GEMM's memory.
 * The platforms that start helpers (workers/gemmPool.ts, ../../backend/nodeThreads.ts) take the
 * list from here.
 */
import { sparseIn } from '../sparse/instances';
import { crossEntropyIn } from './crossEntropy';
import type { WasmGemm } from './gemm';

export const helperModules = ({ module, memory }: WasmGemm): WebAssembly.Module[] => [
  module,
  crossEntropyIn(memory).module,
  sparseIn(memory).module,
];
