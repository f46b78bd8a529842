/**
 * A tiny WebAssembly assembler: byte helpers, the opcodes our hand-written kernels use, and a
 * module builder. There is no toolchain in this project (and none in the browser), so the SIMD
 * kernels (./sparse, ./kernels) are written as byte arrays built from these pieces. A function
 * declares its parameters and locals by name (`frame`), and the module carries those names and
 * the functions' in a name section, so a disassembler (wabt's wasm2wat, the browser's debugger)
 * shows them: ./listing.test.ts checks a text listing of every module in (./listing/*.wat).
 * Opcodes follow the WebAssembly core spec plus the SIMD and relaxed-SIMD proposals.
 */

export type Bytes = number[];

/** Unsigned LEB128. */
export const uleb = (n: number): Bytes => {
  const out: Bytes = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
};

/** Signed LEB128 (the immediate of i32.const). */
export const sleb = (n: number): Bytes => {
  const out: Bytes = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    const done = (n === 0 && !(byte & 0x40)) || (n === -1 && byte & 0x40);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
};

export const vec = (items: Bytes[]): Bytes => [...uleb(items.length), ...items.flat()];
export const section = (id: number, body: Bytes): Bytes => [id, ...uleb(body.length), ...body];
/** A name: its UTF-8 bytes, length first. */
export const name = (s: string): Bytes => vec([...new TextEncoder().encode(s)].map((b) => [b]));

export const I32 = 0x7f;
export const F32 = 0x7d;
export const V128 = 0x7b;

export const op = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  else: 0x05,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  call: 0x10,
  void: 0x40,
  get: 0x20,
  set: 0x21,
  tee: 0x22,
  i32Eqz: 0x45,
  i32Eq: 0x46,
  i32LtU: 0x49,
  i32GtU: 0x4b,
  i32GeU: 0x4f,
  f32Gt: 0x5e,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32Mul: 0x6c,
  i32And: 0x71,
  i32Shl: 0x74,
  i32ShrU: 0x76,
};

export const i32Const = (n: number): Bytes => [0x41, ...sleb(n)];
export const i32Load = (offset: number): Bytes => [0x28, 2, ...uleb(offset)];
export const i32Store = (offset: number): Bytes => [0x36, 2, ...uleb(offset)];
export const f32Load = (offset: number): Bytes => [0x2a, 2, ...uleb(offset)];
export const f32Store = (offset: number): Bytes => [0x38, 2, ...uleb(offset)];
/** f32.const with the float32 nearest x, little-endian. */
export const f32Const = (x: number): Bytes => [0x43, ...new Uint8Array(Float32Array.of(x).buffer)];

/** A SIMD-prefixed instruction with its immediates. */
const simd = (code: number, ...immediates: number[]): Bytes => [0xfd, ...uleb(code), ...immediates];
const memarg = (alignLog2: number, offset: number) => [alignLog2, ...uleb(offset)];

export const v128 = {
  load: (offset = 0) => simd(0x00, ...memarg(4, offset)),
  load32Splat: (offset = 0) => simd(0x09, ...memarg(2, offset)),
  store: (offset = 0) => simd(0x0b, ...memarg(4, offset)),
  zero: simd(0x0c, ...new Array(16).fill(0)),
  /** A constant from its 16 bytes (little-endian lanes). */
  const: (bytes: Bytes) => simd(0x0c, ...bytes),
  /** Lanes picked by byte index from the concatenation of two vectors. */
  shuffle: (lanes: Bytes) => simd(0x0d, ...lanes),
  and: simd(0x4e),
  /** 1 if any lane is non-zero. */
  anyTrue: simd(0x53),
  load32Lane: (offset: number, lane: number) => simd(0x56, ...memarg(2, offset), lane),
  store32Lane: (offset: number, lane: number) => simd(0x5a, ...memarg(2, offset), lane),
  store64Lane: (offset: number, lane: number) => simd(0x5b, ...memarg(3, offset), lane),
  load32Zero: (offset = 0) => simd(0x5c, ...memarg(2, offset)),
  load64Zero: (offset = 0) => simd(0x5d, ...memarg(3, offset)),
};

export const f32x4 = {
  splat: simd(0x13),
  extractLane: (lane: number) => simd(0x1f, lane),
  eq: simd(0x41),
  gt: simd(0x44),
  abs: simd(0xe0),
  sqrt: simd(0xe3),
  add: simd(0xe4),
  sub: simd(0xe5),
  mul: simd(0xe6),
  div: simd(0xe7),
  /** pmin(a, b) = b < a ? b : a, one minps on x86. */
  pmin: simd(0xea),
  /** pmax(a, b) = a < b ? b : a, one maxps on x86 (f32x4.max has NaN/−0 rules that cost more). */
  pmax: simd(0xeb),
  /** a·b + c, fused where the CPU has FMA (relaxed SIMD). */
  relaxedMadd: simd(0x105),
};

export const i32x4 = {
  /** 1 if every lane is non-zero. */
  allTrue: simd(0xa3),
  shl: simd(0xab),
  add: simd(0xae),
};

/** for (local = 0; local < limit; local += step) body — as block/loop with a br_if exit. */
export const forLoop = (local: number, limit: Bytes, step: number, body: Bytes): Bytes => [
  ...[...i32Const(0), op.set, local, op.block, op.void, op.loop, op.void],
  ...[op.get, local, ...limit, op.i32GeU, op.brIf, 1],
  ...body,
  ...[op.get, local, ...i32Const(step), op.i32Add, op.set, local, op.br, 0, op.end, op.end],
];

/** if (condition) body. */
export const when = (condition: Bytes, body: Bytes): Bytes => [
  ...condition,
  op.if,
  op.void,
  ...body,
  op.end,
];

export interface Func {
  params: number[];
  /** Result types; none if absent. */
  results?: number[];
  /** Extra locals as [count, type] runs, after the parameters. */
  locals: [number, number][];
  body: Bytes;
  /** The function's name in the name section. */
  name?: string;
  /** Names of the parameters and locals, by index (see frame). */
  names?: string[];
}

/** A local's type, or [type, count] for a numbered run of them (name0, name1, …). */
type Declared = number | readonly [number, number];
type Declarations = Record<string, Declared>;

/** Parameters and locals declared by name, with each one's index. */
export interface Frame<Name extends string> {
  /** Index of each local; for a run, the index of its first. */
  at: Record<Name, number>;
  /** What a Func takes: `{ ...frame.declaration, body }`. */
  declaration: Pick<Func, 'params' | 'locals' | 'names'>;
}

/**
 * A function's parameters, then its locals, by name in declaration order (the order of the
 * indices). `{ acc: [V128, 12] }` declares acc0 … acc11 with at.acc the index of acc0.
 */
export function frame<P extends Declarations, L extends Declarations = Record<never, Declared>>(
  params: P,
  locals?: L,
): Frame<Extract<keyof P | keyof L, string>> {
  const at: Record<string, number> = {};
  const types: number[] = [];
  const names: string[] = [];
  const declare = (declarations: Declarations) => {
    for (const [key, declared] of Object.entries(declarations)) {
      const [type, count] = typeof declared === 'number' ? [declared, 0] : declared;
      at[key] = types.length;
      for (let i = 0; i < Math.max(count, 1); i++) {
        types.push(type);
        names.push(count ? `${key}${i}` : key);
      }
    }
  };
  declare(params);
  const paramCount = types.length;
  declare(locals ?? {});
  const runs: [number, number][] = [];
  for (const type of types.slice(paramCount)) {
    const last = runs[runs.length - 1];
    if (last && last[1] === type) last[0]++;
    else runs.push([1, type]);
  }
  return { at, declaration: { params: types.slice(0, paramCount), locals: runs, names } };
}

/**
 * The custom "name" section: the functions' names (subsection 1) and their locals' (subsection
 * 2), for those that have them. Engines ignore it; disassemblers and debuggers show the names.
 */
function nameSection(funcs: Func[]): Bytes {
  const named = funcs.flatMap((f, i) => (f.name ? [[...uleb(i), ...name(f.name)]] : []));
  const withLocals = funcs.flatMap((f, i) =>
    f.names ? [[...uleb(i), ...vec(f.names.map((local, j) => [...uleb(j), ...name(local)]))]] : [],
  );
  const subsection = (id: number, entries: Bytes[]) =>
    entries.length ? [id, ...uleb(vec(entries).length), ...vec(entries)] : [];
  const body = [...subsection(1, named), ...subsection(2, withLocals)];
  return body.length ? section(0, [...name('name'), ...body]) : [];
}

/** Where the module's linear memory comes from: its own (exported), or imported as env.memory. */
export type MemorySpec = { export: string } | { import: 'env.memory'; shared: boolean };

/** A module of functions over one memory; `exports` names function indices. */
export function assemble(funcs: Func[], exports: Record<string, number>, memory: MemorySpec) {
  const signature = (f: Func) => `${f.params.join(',')}:${(f.results ?? []).join(',')}`;
  const types = [...new Set(funcs.map(signature))];
  const typeOf = (f: Func) => types.indexOf(signature(f));
  const valueTypes = (list: string) => vec(list ? list.split(',').map((t) => [+t]) : []);
  const fnType = (key: string) => {
    const [params, results] = key.split(':');
    return [0x60, ...valueTypes(params), ...valueTypes(results)];
  };
  const imported = 'import' in memory;
  // Imported memory: no maximum unless shared (then the spec's 65536 pages, matching any).
  const limits = imported ? (memory.shared ? [3, 0, ...uleb(65536)] : [0, 0]) : [0, 1];
  const bodies = funcs.map((f) => {
    const code = [...vec(f.locals.map(([n, t]) => [...uleb(n), t])), ...f.body, op.end];
    return [...uleb(code.length), ...code];
  });
  const exported = Object.entries(exports).map(([key, index]) => [...name(key), 0, ...uleb(index)]);
  if (!imported) exported.push([...name(memory.export), 2, 0]);
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0],
    ...section(1, vec(types.map(fnType))),
    ...(imported ? section(2, vec([[...name('env'), ...name('memory'), 2, ...limits]])) : []),
    ...section(3, vec(funcs.map((f) => uleb(typeOf(f))))),
    ...(imported ? [] : section(5, vec([limits]))),
    ...section(7, vec(exported)),
    ...section(10, vec(bodies)),
    ...nameSection(funcs),
  ]);
}
