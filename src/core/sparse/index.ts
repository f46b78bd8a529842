/** Sparse (CSR) forward passes of trained, pruned networks in plain JS, and their dense reference. */
export { toCsr, csrDensity, type Csr } from './csr';
export { csrMap, denseMap, type LinearMap } from './linear';
export { simdCsrMap, simdSupported } from './simd';
export {
  encodeStart,
  runForward,
  type ForwardOptions,
  type ForwardResult,
  type RecurrentMaps,
} from './forward';
export { evaluateBatch, networkMaps, type NetworkMaps, type Storage } from './network';
