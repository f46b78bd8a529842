/**
 * The fused Adam/AdamW update (contract in ../../optim/adam.ts) for the WASM backend: one pass over
 * each variable, its gradient, moments and mask, where tfjs keeps them, instead of ~14 tfjs ops
 * that each stream the whole tensor. It repeats the composite's float32 operations in the same
 * order, four lanes at a time (IEEE mul, add, div and sqrt round each lane as the scalar ops do,
 * and no multiply-add is fused), and takes the composite's constants as f32 parameters, which JS
 * rounds to nearest as Float32Array does for tfjs's scalars: the result is bit-equal to the
 * composite's, which runs on other backends. The three divisions and the square root, kept exact
 * for that, cost about a third of the pass at n = 1024; the rest is memory traffic.
 */
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { util, type KernelConfig, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import { MODULI_ADAM, type AdamScalars } from '../../optim/adam';
import {
  f32x4,
  F32,
  forLoop,
  frame,
  i32Const,
  I32,
  op,
  V128,
  v128,
  type Bytes,
  type Func,
} from '../assembler';
import { offsetOf } from './gemm';
import { onWasmHeap } from './heap';

/** The f32 parameters of `run`, after its i32 ones, in this order. */
const SCALARS = [
  'beta1',
  'oneMinusBeta1',
  'beta2',
  'oneMinusBeta2',
  'correction1',
  'correction2',
  'epsilon',
  'decay',
  'rate',
] as const satisfies readonly (keyof AdamScalars)[];
type Scalar = (typeof SCALARS)[number];

const { get, set, tee } = op;
/** A scalar's v128 local: the parameter in all four lanes. */
const splatOf = (key: Scalar) => `${key}4` as const;
const each = <K extends string>(type: number, names: readonly K[]) =>
  Object.fromEntries(names.map((key) => [key, type])) as Record<K, number>;
const RUN = frame(
  // prettier-ignore
  { N: I32, W: I32, G: I32, M: I32, V: I32, MASK: I32, W_OUT: I32, M_OUT: I32, V_OUT: I32,
    ...each(F32, SCALARS) },
  {
    I: I32,
    MAIN: I32,
    ...each(V128, SCALARS.map(splatOf)),
    GRAD: V128,
    MOM: V128,
    VEL: V128,
    MASKED: V128,
  },
);
const { N, W, G, M, V, MASK, W_OUT, M_OUT, V_OUT, I, MAIN, GRAD, MOM, VEL, MASKED } = RUN.at;

const scalar = (key: Scalar): Bytes => [get, RUN.at[splatOf(key)]];

/** Loads and stores of the element(s) at byte I past `skip` from a pointer parameter. */
interface Access {
  load(pointer: number): Bytes;
  store(pointer: number, value: Bytes): Bytes;
}

const access = (skip: Bytes, load: Bytes, store: Bytes): Access => {
  const at = (pointer: number) => [get, pointer, ...skip, get, I, op.i32Add];
  return {
    load: (pointer) => [...at(pointer), ...load],
    store: (pointer, value) => [...at(pointer), ...value, ...store],
  };
};
/** Four floats; then the tail after MAIN bytes, one float in lane 0 (the other lanes are 0). */
const VECTORS = access([], v128.load(), v128.store());
const TAIL = access([get, MAIN, op.i32Add], v128.load32Zero(), v128.store32Lane(0, 0));

/** The composite's operations, in its order, on the lanes `a` reaches. */
function update(a: Access, masked: boolean): Bytes {
  const { add, mul, div, sqrt, sub } = f32x4;
  const moment = (x: number, beta: Scalar, oneMinus: Scalar, g: Bytes) => [
    ...[...a.load(x), ...scalar(beta), ...mul],
    ...[...g, ...scalar(oneMinus), ...mul, ...add],
  ];
  const step = [
    ...[get, MOM, ...scalar('correction1'), ...div],
    ...[get, VEL, ...scalar('correction2'), ...div, ...sqrt, ...scalar('epsilon'), ...add, ...div],
  ];
  return [
    ...[...a.load(G), ...(masked ? [...a.load(MASK), tee, MASKED, ...mul] : []), set, GRAD],
    ...[...moment(M, 'beta1', 'oneMinusBeta1', [get, GRAD]), set, MOM],
    ...[...moment(V, 'beta2', 'oneMinusBeta2', [get, GRAD, get, GRAD, ...mul]), set, VEL],
    ...a.store(M_OUT, [get, MOM]),
    ...a.store(V_OUT, [get, VEL]),
    ...a.store(W_OUT, [
      ...[...a.load(W), ...scalar('decay'), ...mul, ...step, ...scalar('rate'), ...mul, ...sub],
      ...(masked ? [get, MASKED, ...mul] : []),
    ]),
  ];
}

/**
 * run / runMasked(n, w, g, m, v, mask, wOut, mOut, vOut, ...SCALARS): pointers are byte
 * offsets; run reads no mask.
 */
function adamRuns(): Record<'run' | 'runMasked', Func> {
  const bytes = [get, N, ...i32Const(2), op.i32Shl];
  const func = (masked: boolean) => ({
    ...RUN.declaration,
    body: [
      ...SCALARS.flatMap((key) => [get, RUN.at[key], ...f32x4.splat, set, RUN.at[splatOf(key)]]),
      ...[...bytes, ...i32Const(-16), op.i32And, set, MAIN],
      ...forLoop(I, [get, MAIN], 16, update(VECTORS, masked)),
      ...forLoop(I, [...bytes, get, MAIN, op.i32Sub], 4, update(TAIL, masked)),
    ],
  });
  return { run: func(false), runMasked: func(true) };
}

type Run = (...args: number[]) => void;
/** The module's functions by export name (./heap heapModule). */
export const adamFuncs = adamRuns();
const adamOnHeap = onWasmHeap<Record<'run' | 'runMasked', Run>>(adamFuncs);

const kernelFunc: KernelFunc = ({ inputs, backend, attrs }) => {
  const wasm = backend as BackendWasm;
  const { variable, grad, m, v, mask } = inputs as Record<string, TensorInfo>;
  const outputs = [variable, m, v].map((t) => wasm.makeOutput(t.shape, 'float32'));
  const at = (t: TensorInfo) => offsetOf(wasm, t);
  const heap = adamOnHeap();
  if (!heap) throw new Error('ModuliAdam: tfjs-wasm memory is not reachable');
  const { run, runMasked } = heap.exports;
  (mask ? runMasked : run)(
    util.sizeFromShape(variable.shape),
    ...[variable, grad, m, v].map(at),
    mask ? at(mask) : 0,
    ...outputs.map(at),
    ...SCALARS.map((key) => attrs?.[key] as number),
  );
  return outputs;
};

export const adamConfig: KernelConfig = {
  kernelName: MODULI_ADAM,
  backendName: 'wasm',
  kernelFunc,
};
