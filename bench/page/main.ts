/**
 * The bench page: starts one training worker, as the app does (tfjs lives in a worker there
 * too), on the backend named in the URL (?backend=webgpu&hidden=256), takes one training step
 * at once so the time from navigation to the first finished step can be read, then waits for
 * timing requests from the Node bench.
 */
import * as Comlink from 'comlink';
import type { BenchBackend, BenchPage, BenchWindow, PageReady } from './protocol';
import type { BenchWorker } from './worker';

const scriptStartMs = performance.now();
const params = new URLSearchParams(location.search);
const backend = (params.get('backend') ?? 'wasm') as BenchBackend;
const hidden = Number(params.get('hidden') ?? 256);

const worker = Comlink.wrap<BenchWorker>(
  new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
);

async function firstStep(): Promise<PageReady> {
  const start = await worker.start(backend);
  if (start.running !== backend)
    return { start, firstStep: null, loadToFirstStepMs: null, scriptStartMs };
  const step = await worker.firstStep(hidden);
  return { start, firstStep: step, loadToFirstStepMs: performance.now(), scriptStartMs };
}

const page: BenchPage = {
  ready: firstStep(),
  cell: (n, options) => worker.cell(n, options),
  profile: (n, where) => worker.profile(n, where),
};
(window as unknown as BenchWindow).bench = page;
