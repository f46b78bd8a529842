/**
 * `npm run bench [-- --quick --sizes 256 --skip browser,cpu]`: one run that times the navigation
 * training step (batch 64, T = 50, Np = 512, Adam, penalty on, no pruning) on every backend it
 * can reach (Node WASM, CPU and WebGPU through Dawn, headless Chromium WASM / WebGL / WebGPU,
 * PyTorch), the parts of
 * a step that are not BPTT (penalty, data), page load → first step, the sparse forward pass and
 * a profile of the WASM step. Everything is compared with PyTorch measured in the same run,
 * because on a shared machine only ratios taken together mean anything; the load average at
 * each section is kept to judge the noise. No pass/fail: it writes bench-results/bench.json
 * and bench.md. Node WASM runs its GEMM with helper threads, as the CLIs do.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BenchBackend } from '../bench/page/protocol';
import { browserRows } from '../bench/browser';
import { dataRows, nodeStepRows, penaltyRows, profileRows, type PlanFor } from '../bench/node';
import { kernelRows } from '../bench/kernels';
import { markdownTable, textTable } from '../bench/report';
import { addRatios, type BenchRow } from '../bench/rows';
import { sparseRows } from '../bench/sparse';
import type { TimingOptions } from '../bench/stats';
import { runTorch } from '../bench/torch';
import { runCommand, usageError, type CliSpec, type ParsedArgs } from './flags';
import { chromiumPath } from '../e2e/chromium';
import { initNodeBackend } from '../src/core/backend/node';
import { backendChoice } from './backend';

const sectionNames = [
  'torch',
  'wasm',
  'penalty',
  'data',
  'profile',
  'kernels',
  'cpu',
  'webgpu',
  'sparse',
  'browser',
] as const;
type Section = (typeof sectionNames)[number];

const cli: CliSpec = {
  name: 'bench',
  synopsis: '[options]',
  runSettings: false,
  options: {
    quick: { type: 'boolean', help: 'fewer repetitions and half the time caps' },
    sizes: { type: 'string', value: '256,1024', help: 'hidden sizes n of the training step' },
    skip: { type: 'string', value: 'LIST', help: `leave out sections: ${sectionNames.join(',')}` },
    only: { type: 'string', value: 'LIST', help: 'run only these sections' },
    backend: {
      type: 'string',
      value: 'NAME',
      help: 'only PyTorch and the Node step on wasm, cpu or webgpu (Dawn; the row names its adapter)',
    },
    backends: {
      type: 'string',
      value: 'LIST',
      help: 'Chromium backends (default wasm,webgl,webgpu)',
    },
    'blas-dir': {
      type: 'string',
      value: 'DIR',
      help: 'directory with an OpenBLAS libblas.so.3 for PyTorch',
    },
    chromium: {
      type: 'string',
      value: 'PATH',
      help: 'Chromium binary (default /usr/bin/chromium)',
    },
    out: {
      type: 'string',
      value: 'DIR',
      help: 'where bench.json and bench.md go (default bench-results)',
    },
  },
};

/** Repetitions and caps: fewer runs where a step takes seconds; GPU cells run on SwiftShader. */
function plans(quick: boolean) {
  const scale = quick ? 0.5 : 1;
  const make = (warmup: number, reps: number, capS: number): TimingOptions => ({
    warmup,
    reps: Math.max(2, Math.round(reps * scale)),
    capMs: capS * 1000 * scale,
  });
  const bySize =
    (small: TimingOptions, large: TimingOptions): PlanFor =>
    (n) =>
      n <= 256 ? small : large;
  return {
    // WASM steps settle after ~5 (V8 tiers our kernels up from its baseline compiler meanwhile).
    wasm: bySize(make(6, 15, 30), make(3, 8, 40)),
    cpu: bySize(make(0, 2, 30), make(0, 2, 30)),
    part: make(2, 10, 15),
    browserWasm: bySize(make(6, 10, 30), make(3, 5, 40)),
    browserGpu: bySize(make(1, 5, 40), make(1, 3, 40)),
    // Node WebGPU: a software adapter (lavapipe) takes seconds a step, so few repetitions.
    nodeGpu: bySize(make(1, 5, 30), make(1, 3, 30)),
    // Sparse passes take milliseconds: many samples, so a neighbour's burst on this shared
    // machine moves the spread, not the median; the second-long dense loops stop at the cap.
    sparse: make(2, 21, 8),
    kernels: make(1, 5, 30),
  };
}

/** What "PyTorch" and "WebGPU" were in this run: BLAS library, threads, GPU adapters. */
function environment(info: Record<string, unknown>): string[] {
  const lines: string[] = [];
  const torch = info.torch as { torch?: string; blas?: string[]; skipped?: string } | undefined;
  if (torch) lines.push(`PyTorch: ${torch.skipped ?? `${torch.torch}, ${torch.blas?.at(-1)}`}.`);
  const { chromium: version, ...backends } = (info.chromium ?? {}) as Record<string, unknown>;
  if (version) lines.push(`Chromium ${version}.`);
  for (const [backend, start] of Object.entries(backends))
    lines.push(`Chromium ${backend}: ${(start as { device: string }).device}.`);
  if (info.nodeWebGpu) lines.push(`Node WebGPU (Dawn): ${String(info.nodeWebGpu)}.`);
  return lines;
}

/** The sections that run Node WASM: its GEMM gets helper threads, as in the CLIs. */
const nodeWasmSections: Section[] = ['wasm', 'penalty', 'profile', 'kernels', 'sparse'];

const list = (value: string | boolean | undefined) =>
  typeof value === 'string' ? value.split(',').filter(Boolean) : [];

export function main(argv: string[]): Promise<number> {
  return runCommand(cli, argv, bench);
}

async function bench({ options: flags }: ParsedArgs): Promise<number> {
  let only = list(flags.only);
  if (flags.backend !== undefined) {
    if (only.length > 0) return usageError(cli, '--backend and --only both choose sections');
    try {
      only = ['torch', backendChoice(flags.backend)];
    } catch (e) {
      return usageError(cli, (e as Error).message);
    }
  }
  const skip = list(flags.skip);
  const wanted = (s: Section) => (only.length === 0 || only.includes(s)) && !skip.includes(s);
  const quick = flags.quick === true;
  const sizes = (list(flags.sizes).length ? list(flags.sizes) : ['256', '1024']).map(Number);
  const backends = (
    list(flags.backends).length ? list(flags.backends) : ['wasm', 'webgl', 'webgpu']
  ) as BenchBackend[];
  const plan = plans(quick);
  const started = performance.now();
  const rows: BenchRow[] = [];
  const loadBySection: Record<string, number> = {};
  const info: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model,
      cores: cpus().length,
      memGiB: Math.round(totalmem() / 2 ** 30),
    },
    node: process.version,
    quick,
    loadBySection,
  };
  const sections: Record<Section, () => Promise<BenchRow[]>> = {
    torch: async () => {
      const torch = runTorch(sizes, quick ? 8 : 15, (flags['blas-dir'] as string) ?? null);
      info.torch = torch.info;
      return torch.rows;
    },
    wasm: () => nodeStepRows('wasm', sizes, plan.wasm),
    penalty: () => penaltyRows(sizes, () => plan.part),
    data: () => dataRows(sizes, plan.part),
    profile: () => profileRows(sizes),
    kernels: () => kernelRows(sizes, plan.kernels),
    cpu: () => nodeStepRows('cpu', sizes, plan.cpu),
    webgpu: () => nodeStepRows('webgpu', sizes, plan.nodeGpu, info),
    sparse: () =>
      sparseRows(
        1024,
        [0.9, 0.98],
        [
          { label: 'batch B=64 T=20', batch: 64, seqLen: 20 },
          { label: 'free run B=1 T=500', batch: 1, seqLen: 500 },
        ],
        plan.sparse,
      ),
    browser: async () => {
      const result = await browserRows({
        backends,
        sizes,
        plan: (backend, n) => (backend === 'wasm' ? plan.browserWasm : plan.browserGpu)(n),
        firstStepCapMs: quick ? 60_000 : 90_000,
        executablePath: (flags.chromium as string) ?? chromiumPath,
      });
      info.chromium = result.info;
      return result.rows;
    },
  };
  if (nodeWasmSections.some(wanted)) await initNodeBackend('wasm', { threads: true });
  for (const name of sectionNames.filter(wanted)) {
    loadBySection[name] = loadavg()[0];
    console.log(`… ${name} (load ${loadavg()[0].toFixed(1)})`);
    rows.push(...(await sections[name]()));
  }

  addRatios(rows);
  const totalSeconds = (performance.now() - started) / 1000;
  info.totalSeconds = totalSeconds;
  const out = (flags.out as string) ?? 'bench-results';
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'bench.json'), JSON.stringify({ info, rows }, null, 2));
  const header = [
    'Navigation step: batch 64, T = 50, Np = 512, Adam, penalty on, no pruning.',
    `${JSON.stringify(info.machine)}, Node ${process.version}, ${totalSeconds.toFixed(0)} s,`,
    `1-min load average per section: ${JSON.stringify(loadBySection)}.`,
    '× PyTorch: median over PyTorch’s step at the same n in this run. Share of step: penalty and',
    'data over the Node WASM step; profile rows over the sum of their own slices (op rows: the',
    'per-kernel profile reads every output back, so they overstate a little).',
    ...environment(info),
  ].join('\n');
  writeFileSync(join(out, 'bench.md'), `# npm run bench\n\n${header}\n\n${markdownTable(rows)}\n`);
  console.log(`\n${header}\n\n${textTable(rows)}\n\nWrote ${out}/bench.json and ${out}/bench.md`);
  return 0;
}
