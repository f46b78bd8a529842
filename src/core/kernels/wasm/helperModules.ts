/**
 * What the GEMM's helper threads run, by KERNEL index (./gemmThreads.mjs): the GEMM's module (its
 * time loop too) and the cross-entropy's, both bound to the GEMM's memory. The platforms that
 * start helpers (workers/gemmPool.ts, ../../backend/nodeThreads.ts) take the list from here.
 */
import { crossEntropyIn } from './crossEntropy';
import type { WasmGemm } from './gemm';

export const helperModules = ({ module, memory }: WasmGemm): WebAssembly.Module[] => [
  module,
  crossEntropyIn(memory).module,
];
