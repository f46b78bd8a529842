/**
 * What every thread running the GEMM (./gemm.ts) shares: the row blocking of one call, the
 * control block through which a caller hands helper threads their rows, and the helpers' loop.
 * Plain JS, not TS, because three loaders run it: Vite bundles it into the browser's helper
 * worker (workers/gemmThread.ts) and the app, Vite's module runner serves it to the CLIs and
 * Vitest, and Node's own loader runs it in worker_threads helpers
 * (src/core/backend/nodeGemmThread.mjs), which cannot load TS. A function's source text sent
 * to an eval'd worker (tfjs-wasm's trick) would also work, but breaks as soon as a transform
 * (coverage counters, name-keeping helpers, minifier) touches the function; a file does not.
 * Types: ./gemmThreads.d.mts.
 *
 * Control block: an Int32Array on a SharedArrayBuffer. The caller writes each helper's call into
 * its slot, zeroes DONE and bumps SEQ; each helper runs its slot and adds 1 to DONE. A slot names
 * its kernel (KERNEL) before the export's arguments, so the helpers serve every row-wise kernel
 * whose module they were started with, not only the GEMM.
 */

/** Rows of the module's register tile (./gemmModule.ts): row blocks are whole tiles. */
export const TILE_ROWS = 6;
/**
 * Bytes of A per block (rows × K chunk floats), so a block stays in L2 while the panels pass it;
 * also each thread's scratch, where `gemm` packs the block's rows.
 */
export const BLOCK_BYTES = 512 * 1024;

/**
 * A B (packed) larger than this is taken in K chunks of K_CHUNK: with a B of 13 MB a whole panel
 * (100 KB) falls out of L1 between row tiles, and chunks of 512 rows (a 16 KB panel chunk) ran
 * about a tenth faster. Products with B up to 4 MB (at n = 256 all of them, at n = 1024 all but the
 * two weight gradients over T·B = 3200) ran as fast or faster unchunked.
 */
const CHUNKED_B_BYTES = 8 * 1024 * 1024;
const K_CHUNK = 512;
/** Longer K is chunked too, so one tile's packed rows (TILE_ROWS × K) fit the scratch. */
const MAX_K = BLOCK_BYTES / (4 * TILE_ROWS);
/** The module's flag to start from C's values instead of 0 (./gemmModule.ts uses this one). */
export const ACCUMULATE = 8;

/**
 * One `gemm` call ([rows, n, k, a, b, c, addOffset, maskOffset, flags, scratch]) in row blocks whose
 * A (rows × K chunk) stays in L2, each in its K chunks. Chunks after the first sum on from C, in
 * the same order as one pass (C holds the float32 accumulators in between: the same bits), and
 * the epilogue waits for the last chunk.
 */
export function runBlocked(gemm, call) {
  const [m, n, k, a, b, c, addOffset, maskOffset, flags, scratch] = call;
  const kc = 4 * k * n > CHUNKED_B_BYTES || k > MAX_K ? K_CHUNK : Math.max(k, 1);
  const block = Math.max(TILE_ROWS, Math.floor(BLOCK_BYTES / (4 * kc * TILE_ROWS)) * TILE_ROWS);
  for (let i = 0; i < m; i += block) {
    const [rows, aRow, cRow] = [Math.min(block, m - i), a + 4 * i * k, c + 4 * i * n];
    for (let k0 = 0; k0 === 0 || k0 < k; k0 += kc) {
      const chunk = Math.min(kc, k - k0);
      const chunkFlags = (k0 > 0 ? ACCUMULATE : 0) | (k0 + chunk >= k ? flags : 0);
      const at = aRow + 4 * k0;
      gemm(rows, n, chunk, at, b, cRow, addOffset, maskOffset, chunkFlags, k, k0, scratch);
    }
  }
}

/**
 * A recurrence's time loop over one share of its batch rows: `steps` products, step s writing
 * C = c + s·stride (stride < 0 runs backwards in time) from A = the previous step's C, the first
 * from `firstA` with K = `firstK` (0: an empty product, the epilogue alone). Call:
 * [rows, n, steps, firstA, firstK, w, c, stride, addOffset, maskOffset, flags, scratch]. A batch row's
 * state depends on that row alone, so a thread can run its rows through all T steps on its own.
 */
export function runSteps(gemm, call) {
  const [rows, n, steps, firstA, firstK, w, c, stride, addOffset, maskOffset, flags, scratch] =
    call;
  for (let s = 0; s < steps; s++) {
    const [a, k] = s === 0 ? [firstA, firstK] : [c + (s - 1) * stride, n];
    const epilogue = [addOffset, maskOffset, flags, scratch];
    runBlocked(gemm, [rows, n, k, a, w, c + s * stride, ...epilogue]);
  }
}

/** A barrier that waits longer than this has lost a thread: the pass throws. */
const BARRIER_LOST_MS = 10_000;

/**
 * A sparse pass's time loop over one share of its rows (../sparse/placed.ts): one step of the
 * sparse module's spmm at a time, then a barrier with the other threads, as the next step reads
 * every row of this one. Call: [rows, first, lanes, rowPtr, colOff, values, x, bias, relu, steps,
 * slot, barrier]: the share is rows first … first + rows − 1; step s reads the states at x + s·slot
 * and writes them slot bytes on; `barrier` is the byte offset of two i32 in the shared memory,
 * [threads arrived, threads], the first zeroed by the caller.
 */
export function runSparseRows(spmm, memory, call) {
  const [rows, first, lanes, rowPtr, colOff, values, x, bias, relu, steps, slot, barrier] = call;
  const counter = new Int32Array(memory.buffer, barrier, 2);
  const threads = Atomics.load(counter, 1);
  const [rowShift, outShift] = [4 * first, 4 * first * lanes];
  for (let s = 0; s < steps; s++) {
    const at = x + s * slot;
    spmm(
      rows,
      lanes,
      lanes,
      rowPtr + rowShift,
      colOff,
      values,
      at,
      bias + rowShift,
      relu,
      1,
      slot + outShift,
    );
    Atomics.add(counter, 0, 1);
    Atomics.notify(counter, 0);
    const all = (s + 1) * threads;
    if (waitFor(counter, 0, (arrived) => arrived >= all, SPIN_MS, BARRIER_LOST_MS) === null)
      throw new Error(`sparse pass: a thread did not finish step ${s} in time`);
  }
}

/** The modules a helper is started with, by index in GemmThreadStart.modules (./helperModules.ts). */
export const MODULE = { gemm: 0, crossEntropy: 1, sparse: 2 };
/**
 * Kernels a helper runs (the time loop runs the GEMM's module; spmm, some lanes through all of a
 * call's steps, and sparseRows the sparse engine's).
 */
export const KERNEL = { gemm: 0, crossEntropy: 1, steps: 2, spmm: 3, sparseRows: 4 };
/** How a helper runs a call of each kernel, given the instance exports of every module. */
const RUNNERS = [
  ([{ gemm }], call) => runBlocked(gemm, call),
  ([, { run }], call) => run(...call.slice(0, 8)),
  ([{ gemm }], call) => runSteps(gemm, call),
  ([, , { spmm }], call) => spmm(...call.slice(0, 11)),
  ([, , { spmm }], call, memory) => runSparseRows(spmm, memory, call),
];

/** Job sequence number, helpers finished, a helper failed (1), helpers should exit (1). */
export const [SEQ, DONE, FAILED, STOP] = [0, 1, 2, 3];
const HEADER = 4;
/** A slot: the kernel, then its call, rows first (the time loop's 12 arguments are the most). */
const SLOT_LENGTH = 13;

export const controlLength = (helpers) => HEADER + helpers * SLOT_LENGTH;

/** Helper `index`'s call of `kernel` (none, or rows 0: nothing to do), written before SEQ moves. */
export function writeCall(control, index, call, kernel = KERNEL.gemm) {
  const at = HEADER + index * SLOT_LENGTH;
  Atomics.store(control, at, kernel);
  if (!call) Atomics.store(control, at + 1, 0);
  else call.forEach((value, i) => Atomics.store(control, at + 1 + i, value));
}

function readSlot(control, index) {
  const at = HEADER + index * SLOT_LENGTH;
  return Array.from({ length: SLOT_LENGTH }, (_, i) => Atomics.load(control, at + i));
}

/**
 * Waits until control[index] satisfies `done`, and returns that value: first spinning on
 * Atomics.load for `spinMs` (a time step's next product follows within microseconds, and a
 * futex wake-up costs tens of µs), then sleeping in Atomics.wait (workers and Node only).
 * Returns null after `timeoutMs`.
 */
export function waitFor(control, index, done, spinMs, timeoutMs = Infinity) {
  const start = performance.now();
  for (let i = 0; ; i++) {
    const value = Atomics.load(control, index);
    if (done(value)) return value;
    if ((i & 63) !== 63) continue;
    const elapsed = performance.now() - start;
    if (elapsed > timeoutMs) return null;
    if (elapsed > spinMs) Atomics.wait(control, index, value, Math.min(timeoutMs - elapsed, 1000));
  }
}

/**
 * How long an idle helper spins before it sleeps: a step's products follow each other within
 * microseconds, and a futex wake-up costs tens of µs. 3 ms (across a step's non-GEMM gaps) made
 * the step no faster in Chromium and would hold a core the page may need.
 */
const SPIN_MS = 0.2;

function serve({ modules, memory, control: buffer, index }, post) {
  const exports = modules.map(
    (module) => new WebAssembly.Instance(module, { env: { memory } }).exports,
  );
  const control = new Int32Array(buffer);
  let seq = Atomics.load(control, SEQ);
  post('ready');
  for (;;) {
    const last = seq;
    seq = waitFor(control, SEQ, (value) => value !== last, SPIN_MS) ?? seq;
    if (Atomics.load(control, STOP)) return;
    const [kernel, ...call] = readSlot(control, index);
    try {
      if (call[0] > 0) RUNNERS[kernel](exports, call, memory);
    } catch (e) {
      Atomics.store(control, FAILED, 1);
      console.error('GEMM helper thread:', e);
    }
    Atomics.add(control, DONE, 1);
    Atomics.notify(control, DONE);
  }
}

/**
 * A helper thread's life: instantiates the modules against the shared memory, posts 'ready', then
 * runs its slot of each job until STOP; posts 'failed: …' if it breaks. It blocks in Atomics.wait
 * between jobs, so it answers no messages.
 */
export function serveGemm(start, post) {
  try {
    serve(start, post);
  } catch (e) {
    post(`failed: ${e.message}`);
  }
}
