/** expf, the kernels' four-lane e^x, against Math.exp rounded to float32. */
import { describe, expect, test } from 'vitest';
import { assemble, forLoop, frame, I32, op, V128, v128 } from './assembler';
import { EXP_MIN, expConstantLocals, expf, expSetup } from './vectorMath';

const RUN = frame(
  { AT: I32, BYTES: I32 },
  { I: I32, X: V128, K: V128, R: V128, ...expConstantLocals() },
);
const { AT, BYTES, I, X, K, R } = RUN.at;

/** run(at, bytes): the floats at byte `at` replaced by their expf, four at a time. */
function expModule(fma: boolean) {
  const locals = { x: X, k: K, r: R, constants: RUN.at.EXP_MIN };
  const address = [op.get, AT, op.get, I, op.i32Add];
  const body = [
    ...expSetup(locals.constants),
    ...forLoop(I, [op.get, BYTES], 16, [
      ...address,
      ...expf([...address, ...v128.load()], locals, fma),
      ...v128.store(),
    ]),
  ];
  const bytes = assemble([{ ...RUN.declaration, body }], { run: 0 }, { export: 'mem' });
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
  const memory = new Float32Array((exports.mem as WebAssembly.Memory).buffer);
  const run = exports.run as (at: number, bytes: number) => void;
  return (xs: Float32Array): Float32Array => {
    const out = new Float32Array(xs.length);
    for (let start = 0; start < xs.length; start += memory.length) {
      const part = xs.subarray(start, start + memory.length);
      memory.set(part);
      run(0, 16 * Math.ceil(part.length / 4));
      out.set(memory.subarray(0, part.length), start);
    }
    return out;
  };
}

/** Float32 steps between two positive floats. */
function ulps(a: number, b: number): number {
  const bits = new Int32Array(new Float32Array([a, b]).buffer);
  return Math.abs(bits[0] - bits[1]);
}

describe.each([false, true])('expf (relaxed multiply-add: %s)', (fma) => {
  const exp = expModule(fma);

  test('within 1 ulp of e^x on (EXP_MIN, 0], 2^18 evenly spaced points', () => {
    const count = 2 ** 18;
    const xs = Float32Array.from({ length: count }, (_, i) => (EXP_MIN * i) / count);
    const ys = exp(xs);
    let worst = 0;
    xs.forEach((x, i) => (worst = Math.max(worst, ulps(ys[i], Math.fround(Math.exp(x))))));
    expect(worst).toBeLessThanOrEqual(1);
  });

  test('e^0 = 1 exactly, and e^(−ln 2) one half to the ulp', () => {
    const ys = exp(Float32Array.of(0, -0, -Math.LN2, -2 * Math.LN2));
    expect(ys[0]).toBe(1);
    expect(ys[1]).toBe(1);
    expect(ulps(ys[2], Math.fround(Math.exp(Math.fround(-Math.LN2))))).toBeLessThanOrEqual(1);
    expect(ulps(ys[3], Math.fround(Math.exp(Math.fround(-2 * Math.LN2))))).toBeLessThanOrEqual(1);
  });

  test('0 below EXP_MIN (where e^x would be subnormal) and for NaN', () => {
    const ys = exp(Float32Array.of(EXP_MIN - 0.01, -100, -Infinity, NaN));
    expect([...ys]).toEqual([0, 0, 0, 0]);
  });
});
