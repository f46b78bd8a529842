/**
 * Runs ./torch_step.py with Debian's python3-torch (/usr/bin/python3, not the pyenv
 * python first on PATH) at its best 2-core setting (docs/architecture.md §Performance). Debian's
 * torch takes whatever libblas.so.3 the linker finds; netlib's reference BLAS is ~30× slower than
 * OpenBLAS, so an OpenBLAS directory (`--blas-dir`, or Debian's own if installed) goes first on the
 * library path and the JSON says which BLAS was really loaded.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './rows';
import type { Summary } from './stats';

const PYTHON = '/usr/bin/python3';
const DEBIAN_OPENBLAS = [
  '/usr/lib/x86_64-linux-gnu/openblas-pthread',
  '/usr/lib/x86_64-linux-gnu/openblas-openmp',
];

interface TorchCell extends Summary {
  hidden: number;
  samplesMs: number[];
}

export interface TorchResult {
  rows: BenchRow[];
  /** What ran (torch version, threads, BLAS), or why it did not. */
  info: Record<string, unknown>;
}

export function runTorch(sizes: number[], reps: number, blasDir: string | null): TorchResult {
  const where = 'PyTorch';
  const skipped = (why: string): TorchResult => ({
    rows: sizes.map((hidden) => ({
      group: 'step',
      where,
      what: 'training step',
      hidden,
      summary: null,
      note: `skipped: ${why}`,
    })),
    info: { skipped: why },
  });
  const probe = spawnSync(PYTHON, ['-c', 'import torch'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return skipped(`${PYTHON} has no torch`);
  const blas = [blasDir, ...DEBIAN_OPENBLAS].find((d) => d && existsSync(join(d, 'libblas.so.3')));
  const env = {
    ...process.env,
    OMP_NUM_THREADS: '1',
    OPENBLAS_NUM_THREADS: '2',
    ...(blas
      ? { LD_LIBRARY_PATH: [blas, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') }
      : {}),
  };
  const script = join(dirname(fileURLToPath(import.meta.url)), 'torch_step.py');
  const args = [script, '--sizes', sizes.join(','), '--reps', String(reps)];
  const run = spawnSync(PYTHON, args, { env, encoding: 'utf8', timeout: 240_000 });
  if (run.status !== 0) return skipped(`torch_step.py failed: ${run.stderr.trim().slice(-300)}`);
  const out = JSON.parse(run.stdout) as { cells: TorchCell[]; blas: string[] } & Record<
    string,
    unknown
  >;
  const note = out.blas.some((path) => path.includes('openblas'))
    ? 'OpenBLAS'
    : 'reference BLAS, ~30× slow: apt-get install libopenblas0-pthread, or --blas-dir';
  const rows: BenchRow[] = out.cells.map(({ hidden, samplesMs, ...summary }) => ({
    group: 'step',
    where,
    what: 'training step (nn.RNN, random data)',
    hidden,
    summary: samplesMs.length ? summary : null,
    note: samplesMs.length ? note : `skipped (over time cap), ${note}`,
  }));
  const { cells, ...info } = out;
  return { rows, info: { ...info, samplesMs: cells.map((c) => c.samplesMs) } };
}
