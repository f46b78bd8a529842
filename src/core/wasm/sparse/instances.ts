/**
 * The sparse engine's module (./simdModule) compiled: with a memory of its own (one engine's
 * matrices and states), and bound to the GEMM's memory, where the GEMM's helper threads run it
 * too (../kernels/helperModules.ts).
 */
import { instantiateIn } from '../kernels/gemm';
import { sparseModule } from './simdModule';

type Product = (...args: number[]) => void;

export interface SparseExports {
  spmm: Product;
  spmv: Product;
  transpose: Product;
}

const OWN_MEMORY = { export: 'mem' } as const;
const validates = (fma: boolean) =>
  typeof WebAssembly === 'object' && WebAssembly.validate(sparseModule(fma, OWN_MEMORY));
export const simdSupported = validates(false);
/** Relaxed SIMD (fused multiply-add): Chromium yes, Node 20 only with a V8 flag. */
const fma = simdSupported && validates(true);
const ownModule = simdSupported ? new WebAssembly.Module(sparseModule(fma, OWN_MEMORY)) : null;

/** A new instance with its own memory (exported as `mem`), or null without WebAssembly SIMD. */
export function ownInstance(): { memory: WebAssembly.Memory; exports: SparseExports } | null {
  if (!ownModule) return null;
  const { exports } = new WebAssembly.Instance(ownModule);
  return {
    memory: exports.mem as WebAssembly.Memory,
    exports: exports as unknown as SparseExports,
  };
}

type Build = { module: WebAssembly.Module; exports: SparseExports };
const built = new WeakMap<WebAssembly.Memory, Build>();

/** The module bound to a GEMM's memory (tfjs-wasm's or the arena's), as its helpers run it too. */
export function sparseIn(memory: WebAssembly.Memory): Build {
  if (!built.has(memory)) {
    const { module, exports } = instantiateIn(memory, (shared) =>
      sparseModule(fma, { import: 'env.memory', shared }),
    );
    built.set(memory, { module, exports: exports as unknown as SparseExports });
  }
  return built.get(memory)!;
}
