/** Sparse (CSR) forward passes of trained, pruned networks in plain JS and WASM SIMD, and their dense reference. */
export { appendColumns, toCsr, csrDensity, type Csr } from './csr';
export { csrMap, denseMap, type LinearMap } from './linear';
export { simdForward, simdSupported, type RecurrentCsr } from '../wasm/sparse/simd';
export {
  encodeStart,
  runForward,
  type Forward,
  type ForwardOptions,
  type ForwardResult,
  type RecurrentMaps,
} from './forward';
export {
  csrPays,
  evaluateBatch,
  networkMaps,
  type MapsShape,
  type NetworkMaps,
  type Storage,
} from './network';
