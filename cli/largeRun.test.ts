/**
 * The paper's size, n = 4096 (random weights, no training): the binary run file is written to
 * disk and read back bit for bit, within the bounds the format promises: its size at most
 * 1.1 × the raw float32 bytes of the stored tensors, and peak extra memory (resident set, from
 * the kernel's high-water mark) at most 2 × the tensors' own bytes while writing and reading.
 * The figures are printed for the README; timings are printed, never asserted.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runConfig } from '../src/core/config/validate';
import { writeRunFile } from '../src/core/serialization/runFiles';
import { floatBytes } from '../src/core/serialization/runSnapshot';
import { syntheticSnapshot } from '../tests/syntheticRun';
import { loadRun, writeAtomically } from './runFiles';

/** Resident bytes now, and the peak since the last reset. */
function memory(): { rss: number; peak: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)![1]);
  return { rss: kb('VmRSS') * 1024, peak: kb('VmHWM') * 1024 };
}

/** Peak extra resident bytes while `body` runs (Linux: clear_refs 5 resets the peak). */
async function peakExtra<T>(
  body: () => Promise<T>,
): Promise<{ value: T; extra: number; s: number }> {
  writeFileSync('/proc/self/clear_refs', '5');
  const before = memory().rss;
  const started = performance.now();
  const value = await body();
  const s = (performance.now() - started) / 1000;
  return { value, extra: memory().peak - before, s };
}

const same = (a: ArrayBufferView, b: ArrayBufferView) =>
  Buffer.compare(
    Buffer.from(a.buffer, a.byteOffset, a.byteLength),
    Buffer.from(b.buffer, b.byteOffset, b.byteLength),
  ) === 0;

const MB = 1024 * 1024;

test('n = 4096: written and read back bit for bit, within the size and memory bounds', async () => {
  const snapshot = syntheticSnapshot(runConfig({ model: { hidden: 4096 } }));
  const floats = floatBytes(snapshot);
  const maskBytes = Object.values(snapshot.masks).reduce((s, m) => s + m.byteLength, 0);
  const tensors = floats + maskBytes;
  const dir = mkdtempSync(join(tmpdir(), 'moduli-lab-4096-'));
  try {
    const path = join(dir, 'run.npz');
    const write = await peakExtra(() =>
      writeAtomically(path, (sink) => writeRunFile(snapshot, 'npz', sink)),
    );
    const size = statSync(path).size;
    const read = await peakExtra(() => loadRun(path));
    if (!read.value.ok) throw new Error(read.value.error);
    const { state } = read.value.value;
    console.log(
      `n = 4096: tensors ${(tensors / MB).toFixed(1)} MB (float32 ${(floats / MB).toFixed(1)} MB),` +
        ` file ${(size / MB).toFixed(1)} MB = ${(size / floats).toFixed(3)} × float32;` +
        ` write ${write.s.toFixed(2)} s, peak extra ${(write.extra / MB).toFixed(1)} MB;` +
        ` read ${read.s.toFixed(2)} s, peak extra ${(read.extra / MB).toFixed(1)} MB`,
    );
    expect(size).toBeLessThanOrEqual(1.1 * floats);
    expect(write.extra).toBeLessThanOrEqual(2 * tensors);
    expect(read.extra).toBeLessThanOrEqual(2 * tensors);
    for (const [name, w] of Object.entries(snapshot.weights))
      expect(same(state.weights[name], w), name).toBe(true);
    for (const [name, m] of Object.entries(snapshot.masks))
      expect(same(state.masks![name], m), name).toBe(true);
    for (const [name, m] of Object.entries(snapshot.optimizer!.v))
      expect(same(state.optimizer!.v[name], m), name).toBe(true);
    expect(same(state.embedding!, snapshot.positions)).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);
