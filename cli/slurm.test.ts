/**
 * Against a real Slurm, not a mock: the test starts a single-node cluster (cli/slurmCluster.ts),
 * submits a small comparison (2 conditions × 2 seeds) with deploy/slurm/submit.sh as an array
 * job plus the merge job, and checks the merged table equals the one-process one. Then it
 * cancels an array task in the middle of its run (scancel), requeues it (scontrol requeue),
 * and checks the resumed run ends bit-identical to the uninterrupted one. Daemons are stopped
 * by their pids at the end, jobs cancelled first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openAsBlob, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { blobSource } from '../src/core/serialization/bytes';
import { readRunFile } from '../src/core/serialization/runFiles';
import { startSlurm, waitForJobs, type SlurmCluster } from './slurmCluster';
import { runCli, tableOf, tinyComparison } from './testing';

const root = resolve(import.meta.dirname, '..');
let cluster: SlurmCluster;
const submitted: string[] = [];
const started = performance.now();

beforeAll(async () => {
  cluster = await startSlurm(2);
  console.log(
    `slurm: a single-node cluster up in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}, 120_000);

afterAll(async () => {
  if (!cluster) return;
  if (submitted.length > 0) spawnSync('scancel', submitted, { env: cluster.env });
  await cluster.stop();
  console.log(`slurm: whole test ${((performance.now() - started) / 1000).toFixed(1)} s`);
}, 60_000);

function submit(outDir: string, ...flags: string[]): [string, string] {
  const result = spawnSync(join(root, 'deploy/slurm/submit.sh'), [outDir, ...flags], {
    env: { ...cluster.env, SBATCH_OPTIONS: '--cpus-per-task=1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`submit.sh: ${result.stderr}`);
  const [array, merge] = result.stdout.trim().split('\n').at(-1)!.split(' ');
  submitted.push(array, merge);
  return [array, merge];
}

async function load(path: string) {
  const read = await readRunFile(path, blobSource(await openAsBlob(path)));
  if (!read.ok) throw new Error(read.error);
  const { state, history } = read.value;
  const bits = (r: Record<string, Float32Array>) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [k, Array.from(new Uint32Array(v.buffer))]),
    );
  return {
    step: state.step,
    weights: bits(state.weights),
    adam: bits(state.optimizer!.m),
    history,
  };
}

describe('a comparison on Slurm', () => {
  test(
    'array job + merge job give the one-process table',
    async () => {
      const dir = join(cluster.dir, 'table');
      mkdirSync(dir);
      const config = join(dir, 'tiny.json');
      writeFileSync(config, JSON.stringify(tinyComparison));
      const whole = runCli('compare', '--config', config, '--out', join(dir, 'whole'), '--quiet');
      expect(whole.code).toBe(0);

      const runs = join(dir, 'runs');
      const [array, merge] = submit(runs, '--config', config);
      const states = await waitForJobs(cluster, [array, merge], 15 * 60_000);
      expect(states).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED']);
      const log = readFileSync(join(runs, `moduli-merge-${merge}.out`), 'utf8');
      console.log(
        `one process:\n${tableOf(whole.stdout)}\nSlurm (4 array tasks + merge):\n${tableOf(log)}`,
      );
      expect(tableOf(log)).toBe(tableOf(whole.stdout));
      expect(readFileSync(join(runs, 'table.csv'), 'utf8')).toBe(
        readFileSync(join(dir, 'whole.csv'), 'utf8'),
      );
      // Each task ran on the one CPU Slurm bound it to.
      const task = readFileSync(join(runs, `moduli-compare-${array}_0.out`), 'utf8');
      expect(task).toContain('--cpus-per-task 1, 1 CPUs bound');
    },
    20 * 60_000,
  );

  test(
    'a task cancelled mid-run and requeued resumes to the uninterrupted run',
    async () => {
      const dir = join(cluster.dir, 'requeue');
      mkdirSync(dir);
      const config = join(dir, 'tiny.json');
      writeFileSync(config, JSON.stringify(tinyComparison));
      // Long enough to be caught mid-run: 2 epochs × 300 steps at n = 48, checkpoints every 20.
      const flags = [
        '--config',
        config,
        '--steps',
        '300',
        '--hidden',
        '48',
        '--checkpoint-every',
        '20',
      ];
      const runs = join(dir, 'runs');
      mkdirSync(runs);
      const job = spawnSync(
        'sbatch',
        [
          ...['--parsable', '--export=ALL', '--array=0', '--cpus-per-task=1', `--chdir=${runs}`],
          join(root, 'deploy/slurm/compare-array.sbatch'),
          ...flags,
        ],
        { env: { ...cluster.env, MODULI_LAB: root, OUT_DIR: runs }, encoding: 'utf8' },
      ).stdout.trim();
      expect(job).toMatch(/^\d+$/);
      submitted.push(job);
      const checkpoint = join(runs, 'run-0.npz');
      while (!existsSync(checkpoint)) await new Promise((r) => setTimeout(r, 100));
      cluster.run('scancel', `${job}_0`);
      await waitForJobs(cluster, [job], 120_000);
      const stopped = await load(checkpoint);
      // Really stopped in the middle of the sparse run.
      expect(stopped.step).toBeLessThan(600);
      expect(existsSync(join(runs, 'outcome-0.json'))).toBe(false);
      cluster.run('scontrol', 'requeue', `${job}_0`);
      expect(await waitForJobs(cluster, [job], 10 * 60_000)).toEqual(['COMPLETED']);
      const log = readFileSync(join(runs, `moduli-compare-${job}_0.out`), 'utf8');
      expect(log).toContain(`run 0: resuming sparse from ${checkpoint} at step ${stopped.step}`);

      const straight = join(dir, 'straight');
      const direct = runCli('compare', ...flags, '--index', '0', '--out-dir', straight);
      expect(direct.code).toBe(0);
      for (const file of ['run-0.npz', 'run-0.lottery.npz'])
        expect(await load(join(runs, file))).toEqual(await load(join(straight, file)));
      const metrics = (d: string) =>
        JSON.parse(readFileSync(join(d, 'outcome-0.json'), 'utf8')).result.runs.map(
          (r: { sparseMetric: number; lotteryMetric: number }) => [r.sparseMetric, r.lotteryMetric],
        );
      expect(metrics(runs)).toEqual(metrics(straight));
      console.log(
        `requeue: cancelled at step ${stopped.step} of 600, resumed; same run files and outcome`,
      );
    },
    20 * 60_000,
  );
});
