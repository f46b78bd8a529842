/**
 * Which forward pass a probe runs on. A pruned W_hh runs on the sparse engine (../sparse), at
 * the cost of its kept weights: at n = 1024 and 90% sparsity a 500-step probe takes about a
 * twentieth of the dense loop's time (`npm run bench`). Building the engine costs 30–100 ms there, so the worker keeps
 * it while the weights stay the same.
 */
import type { Activation } from '../model/recurrent';
import { sparsity } from '../pruning/magnitude';
import { csrPays, networkMaps, type Forward } from '../sparse';
import type { ProbeWeights } from './freeRun';

/** The network a probe runs: its weights and, for a pruned run, its masks. */
export interface ProbeNetwork {
  weights: ProbeWeights;
  n: number;
  activation: Activation;
  /** The pruning masks by matrix name (`whh`, …), or absent: the network is not pruned. */
  masks?: Record<string, Uint8Array> | null;
}

/**
 * The network on the sparse engine when its W_hh mask keeps few enough weights for CSR to pay
 * (../sparse's rule), else null: freeRun's dense loop.
 */
export function probeEngine({ weights, n, activation, masks }: ProbeNetwork): Forward | null {
  if (!masks?.whh || !csrPays(1 - sparsity(masks.whh))) return null;
  const present = Object.entries(weights).filter((e): e is [string, Float32Array] => !!e[1]);
  const shape = {
    hidden: n,
    input: weights.wih.length / n,
    output: weights.decoder.length / n,
    encoderInput: null,
    bias: Boolean(weights.bias),
    activation,
  };
  return networkMaps(shape, Object.fromEntries(present), masks, 'csr').forward;
}

type Key = (Float32Array | Uint8Array | Activation | undefined)[];

/** What probeEngine builds from. */
const keyOf = ({ weights, activation, masks }: ProbeNetwork): Key => [
  activation,
  weights.wih,
  weights.whh,
  weights.decoder,
  weights.bias,
  weights.decoderBias,
  masks?.whh,
];

function same(a: Key[number], b: Key[number]): boolean {
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * probeEngine behind a one-entry cache keyed by the values it is built from: probes are re-run
 * on unchanged weights, and comparing them (about 1 ms at n = 1024) costs far less than a
 * rebuild. Copies are kept, so a caller may refill its arrays.
 */
export function probeEngineCache(): (network: ProbeNetwork) => Forward | null {
  let last: { key: Key; forward: Forward | null } | null = null;
  return (network) => {
    const key = keyOf(network);
    if (!last || !key.every((v, i) => same(v, last?.key[i]))) {
      const copies = key.map((v) => (typeof v === 'object' ? v.slice() : v));
      last = { key: copies, forward: probeEngine(network) };
    }
    return last.forward;
  };
}
