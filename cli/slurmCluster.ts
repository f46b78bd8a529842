/**
 * For the Slurm integration test: a real single-node Slurm cluster on this machine, all its
 * state in a temporary folder. munged runs with --force (as root) on its own key, socket and
 * pid file there; slurm.conf points Slurm at that socket (AuthInfo=socket=…); slurmctld and
 * slurmd run as root in the foreground (-D) as children of the test, so they are stopped by
 * their own pids. Needs root and Debian's slurmctld, slurmd, slurm-client and munge (.ci/run
 * installs them); without them it throws saying what is missing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { hostname, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

const TOOLS = ['munged', 'slurmctld', 'slurmd', 'sbatch', 'squeue', 'scontrol', 'scancel', 'sinfo'];

export interface SlurmCluster {
  dir: string;
  /** The environment for Slurm's commands (SLURM_CONF). */
  env: NodeJS.ProcessEnv;
  /** Runs a Slurm command; throws with its stderr when it fails. */
  run(command: string, ...args: string[]): string;
  stop(): Promise<void>;
}

/** A free TCP port on this machine. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startSlurm(cpus: number): Promise<SlurmCluster> {
  if (process.getuid?.() !== 0) throw new Error('the Slurm test starts munged and slurmd as root');
  const missing = TOOLS.filter((t) => spawnSync('which', [t]).status !== 0);
  if (missing.length > 0)
    throw new Error(
      `missing ${missing.join(', ')}: apt-get install slurmctld slurmd slurm-client munge`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'moduli-lab-slurm-'));
  const munge = join(dir, 'munge');
  for (const d of [munge, join(dir, 'state'), join(dir, 'spool')]) mkdirSync(d);
  chmodSync(munge, 0o700);
  const key = join(munge, 'munge.key');
  writeFileSync(key, randomBytes(1024), { mode: 0o400 });
  const socket = join(munge, 'munge.socket');
  const mungePid = join(munge, 'munged.pid');
  const started = spawnSync('munged', [
    '--force',
    `--key-file=${key}`,
    `--socket=${socket}`,
    `--pid-file=${mungePid}`,
    `--log-file=${join(munge, 'munged.log')}`,
    `--seed-file=${join(munge, 'munged.seed')}`,
  ]);
  if (started.status !== 0) throw new Error(`munged: ${started.stderr}`);
  const host = hostname();
  const [ctldPort, slurmdPort] = [await freePort(), await freePort()];
  const conf = join(dir, 'slurm.conf');
  writeFileSync(
    conf,
    [
      'ClusterName=moduli',
      `SlurmctldHost=${host}`,
      'AuthType=auth/munge',
      'CredType=cred/munge',
      `AuthInfo=socket=${socket}`,
      'SlurmUser=root',
      'SlurmdUser=root',
      `SlurmctldPort=${ctldPort}`,
      `SlurmdPort=${slurmdPort}`,
      `StateSaveLocation=${join(dir, 'state')}`,
      `SlurmdSpoolDir=${join(dir, 'spool')}`,
      `SlurmctldPidFile=${join(dir, 'slurmctld.pid')}`,
      `SlurmdPidFile=${join(dir, 'slurmd.pid')}`,
      `SlurmctldLogFile=${join(dir, 'slurmctld.log')}`,
      `SlurmdLogFile=${join(dir, 'slurmd.log')}`,
      'ProctrackType=proctrack/linuxproc',
      // Binds each task to its CPUs, so the CLI's threads follow --cpus-per-task.
      'TaskPlugin=task/affinity',
      'SchedulerType=sched/backfill',
      'SelectType=select/cons_tres',
      'SelectTypeParameters=CR_CPU',
      'ReturnToService=2',
      'MpiDefault=none',
      'JobCompType=jobcomp/none',
      'AccountingStorageType=accounting_storage/none',
      'JobAcctGatherType=jobacct_gather/none',
      'JobRequeue=1',
      `NodeName=${host} CPUs=${cpus} RealMemory=${Math.floor(totalmem() / 2 ** 21)} State=UNKNOWN`,
      `PartitionName=debug Nodes=${host} Default=YES MaxTime=INFINITE State=UP`,
      '',
    ].join('\n'),
  );
  const env = { ...process.env, SLURM_CONF: conf };
  const daemons: ChildProcess[] = ['slurmctld', 'slurmd'].map((daemon) =>
    spawn(daemon, ['-D', '-f', conf], { env, stdio: 'ignore' }),
  );
  const run = (command: string, ...args: string[]) => {
    const result = spawnSync(command, args, { env, encoding: 'utf8', timeout: 30_000 });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };
  const stop = async () => {
    for (const daemon of daemons.reverse()) {
      if (daemon.exitCode === null) {
        daemon.kill('SIGTERM');
        await new Promise((r) => daemon.once('exit', r));
      }
    }
    const pid = Number(readFileSync(mungePid, 'utf8'));
    // Gone, or a zombie (munged daemonizes; this container's init may never reap it).
    const alive = () => {
      try {
        return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      } catch {
        return false;
      }
    };
    if (alive()) process.kill(pid, 'SIGTERM');
    for (let i = 0; i < 50 && alive(); i++) await sleep(100);
    rmSync(dir, { recursive: true, force: true });
  };
  // The node reports idle once slurmd has registered with slurmctld: a few seconds.
  for (let i = 0; i < 60; i++) {
    await sleep(500);
    try {
      if (run('sinfo', '-h', '-o', '%t').trim() === 'idle') return { dir, env, run, stop };
    } catch {
      // slurmctld not listening yet
    }
  }
  await stop();
  throw new Error('the Slurm node never became idle (slurmctld.log, slurmd.log)');
}

const FINISHED = new Set([
  'COMPLETED',
  'FAILED',
  'CANCELLED',
  'TIMEOUT',
  'OUT_OF_MEMORY',
  'NODE_FAIL',
]);

/** Every task's state of `jobs` (array tasks one by one), e.g. ["COMPLETED", "RUNNING"]. */
export function jobStates(cluster: SlurmCluster, jobs: string[]): string[] {
  const out = cluster.run('squeue', '-h', '-t', 'all', '-o', '%T', '-j', jobs.join(','));
  return out.split('\n').filter((line) => line.trim() !== '');
}

/** Waits until every task of `jobs` has finished, however (at most `ms`). */
export async function waitForJobs(
  cluster: SlurmCluster,
  jobs: string[],
  ms: number,
): Promise<string[]> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const states = jobStates(cluster, jobs);
    if (states.length > 0 && states.every((s) => FINISHED.has(s))) return states;
    await sleep(1000);
  }
  throw new Error(
    `jobs ${jobs.join(', ')} not finished after ${ms / 1000} s: ${jobStates(cluster, jobs)}`,
  );
}
