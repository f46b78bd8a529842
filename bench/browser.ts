/**
 * The training step in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core)
 * on WASM, WebGL and WebGPU. The bench page (./page) is built with the project's Vite config
 * into bench-results/site and served by `vite preview`, which sends the COOP/COEP headers WASM
 * threads need. Headless GPU backends run on SwiftShader (a CPU rasteriser), so a step can take
 * very long: every cell has a time cap, and a cell that cannot finish one step within it is
 * reported as skipped and its page thrown away. On WASM the step is also profiled (./profile).
 */
import { chromium, type Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchBackend, BenchWindow, PageReady } from './page/protocol';
import { chromiumArgs } from '../e2e/chromium';
import { skippedRow, timedRow, type BenchRow } from './rows';
import type { TimingOptions } from './stats';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, 'bench-results/site');
const configFile = resolve(root, 'vite.config.ts');

const BACKEND_LABELS: Record<BenchBackend, string> = {
  wasm: 'WASM',
  webgl: 'WebGL',
  webgpu: 'WebGPU',
};

const TIMED_OUT = Symbol('timed out');

async function within<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cap = new Promise<typeof TIMED_OUT>((done) => (timer = setTimeout(done, ms, TIMED_OUT)));
  try {
    return await Promise.race([work, cap]);
  } finally {
    clearTimeout(timer);
  }
}

export interface BrowserOptions {
  backends: BenchBackend[];
  sizes: number[];
  plan: (backend: BenchBackend, hidden: number) => TimingOptions;
  /** Cap for page load + backend start + the first step. */
  firstStepCapMs: number;
  executablePath: string;
}

/** Opens the page for one backend and waits for its first step; null if over the cap. */
async function openPage(
  browser: Browser,
  url: string,
  backend: BenchBackend,
  hidden: number,
  capMs: number,
) {
  const page = await browser.newPage();
  await page.goto(`${url}bench/page/index.html?backend=${backend}&hidden=${hidden}`);
  const ready = await within(
    page.evaluate(() => (window as unknown as BenchWindow).bench.ready),
    capMs,
  );
  if (ready !== TIMED_OUT) return { page, ready };
  await page.close();
  return null;
}

/** Navigation start → first step resolved, with where the time went. */
function loadRow(backend: string, hidden: number, ready: PageReady): BenchRow {
  const { start, firstStep, loadToFirstStepMs } = ready;
  const ms = loadToFirstStepMs ?? 0;
  const note = firstStep
    ? `script ran at ${ready.scriptStartMs.toFixed(0)} ms, backend start ${start.ms.toFixed(0)} ms, Trainer ${firstStep.trainerMs.toFixed(0)} ms, first step ${firstStep.stepMs.toFixed(0)} ms`
    : '';
  const summary = { medianMs: ms, q1Ms: ms, q3Ms: ms, minMs: ms, maxMs: ms, count: 1 };
  return {
    group: 'load',
    where: backend,
    what: 'page load → first training step',
    hidden,
    summary,
    note,
  };
}

export async function browserRows(
  options: BrowserOptions,
): Promise<{ rows: BenchRow[]; info: Record<string, unknown> }> {
  await build({
    root,
    configFile,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: resolve(root, 'bench/page/index.html') },
    },
  });
  const server = await preview({
    root,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 4190 },
  });
  const url = server.resolvedUrls?.local[0] ?? 'http://localhost:4190/';
  const browser = await chromium.launch({
    executablePath: options.executablePath,
    args: chromiumArgs,
  });
  const rows: BenchRow[] = [];
  const info: Record<string, unknown> = { chromium: browser.version() };
  try {
    for (const backend of options.backends) {
      const where = `Chromium ${BACKEND_LABELS[backend]}`;
      const base = (hidden: number) => ({
        group: 'step' as const,
        where,
        what: 'training step',
        hidden,
      });
      const [first] = options.sizes;
      const opened = await openPage(browser, url, backend, first, options.firstStepCapMs);
      if (!opened) {
        rows.push(
          skippedRow(
            { ...base(first), group: 'load', what: 'page load → first training step' },
            'skipped (over time cap)',
          ),
        );
        rows.push(
          ...options.sizes.map((n) => skippedRow(base(n), 'skipped (first step over time cap)')),
        );
        continue;
      }
      info[backend] = opened.ready.start;
      if (opened.ready.start.running !== backend) {
        const why = `unavailable: ${opened.ready.start.fallbackReasons.join('; ')}`;
        rows.push(...options.sizes.map((n) => skippedRow(base(n), why)));
        await opened.page.close();
        continue;
      }
      rows.push(loadRow(where, first, opened.ready));
      const { page } = opened;
      let overCap = false;
      for (const hidden of options.sizes) {
        if (overCap) {
          rows.push(skippedRow(base(hidden), 'skipped (a smaller n was over the time cap)'));
          continue;
        }
        const plan = options.plan(backend, hidden);
        const work = page.evaluate(
          ([n, o]) => (window as unknown as BenchWindow).bench.cell(n, o),
          [hidden, plan] as const,
        );
        // A step cannot be interrupted inside the page: past the cap, the page is abandoned.
        const timing = await within(work, plan.capMs * 1.5 + 15_000);
        overCap = timing === TIMED_OUT || !timing.summary;
        rows.push(
          timing === TIMED_OUT
            ? skippedRow(base(hidden), 'skipped (over time cap)')
            : timedRow(base(hidden), timing, plan.reps),
        );
        // Where the lab's own step spends its time (GPU backends' kernels are not timed alike).
        if (backend === 'wasm' && !overCap)
          rows.push(
            ...(await page.evaluate(
              ([n, label]) => (window as unknown as BenchWindow).bench.profile(n, label),
              [hidden, where] as const,
            )),
          );
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { rows, info };
}
