/**
 * Run files on disk for the CLIs: written as they are made into a temporary file beside the
 * target, then renamed over it, so a crash (or a killed job) never leaves half a file under
 * the real name; read through fs.openAsBlob, a range at a time. The format comes from the
 * extension: .npz (binary) or .json.
 */
import {
  closeSync,
  fsyncSync,
  openAsBlob,
  openSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { csrNpzEntries, exportCsr } from '../src/core/serialization/csrFile';
import { blobSource, type ByteSink } from '../src/core/serialization/bytes';
import { writeNpz } from '../src/core/serialization/runArchive';
import { isZip } from '../src/core/serialization/runArchiveReader';
import { formatOfPath, readRunFile, writeRunFile } from '../src/core/serialization/runFiles';
import { snapshotRun } from '../src/core/serialization/runSnapshot';
import type { Trainer } from '../src/core/training/trainer';

/** The message for a run-file path of another extension (a usage error). */
export function runPathError(flag: string, path: string): string | null {
  return formatOfPath(path) ? null : `${flag} ${path}: a run file ends in .npz (binary) or .json`;
}

/** Writes through `body` into PATH.tmp-PID, flushed to disk, then renames it to `path`. */
export async function writeAtomically(
  path: string,
  body: (sink: ByteSink) => Promise<void>,
): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}`;
  const fd = openSync(temporary, 'w');
  try {
    await body({
      write: (chunk) => {
        for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at, chunk.length - at);
      },
    });
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, path);
  } catch (e) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw e;
  }
}

/** The trainer's run file at `path`, in the format its extension names. */
export function saveRun(trainer: Trainer, path: string): Promise<void> {
  const format = formatOfPath(path);
  if (!format) throw new Error(runPathError('run file', path)!);
  return writeAtomically(path, (sink) => writeRunFile(snapshotRun(trainer), format, sink));
}

/** A run file from disk, either format; a refusal names the file, the member and the fault. */
export async function loadRun(path: string) {
  let blob: Blob;
  try {
    blob = await openAsBlob(path);
  } catch (e) {
    return { ok: false as const, error: `${path}: ${(e as Error).message}` };
  }
  return readRunFile(path, blobSource(blob));
}

/** `run.npz` → `run.lottery.npz`: where the run's lottery ticket goes. */
export const lotteryPath = (path: string) => path.replace(/(\.npz|\.json)$/, '.lottery$1');

/**
 * The pruned W_hh in CSR: .npz as scipy.sparse.save_npz writes it (one file per layer: layer 0
 * at `path`, layer k at PATH-without-.npz.rnn.weight_hh_lk.npz), or the JSON CSR file.
 */
export async function saveCsr(trainer: Trainer, path: string): Promise<string[]> {
  if (!path.endsWith('.npz')) {
    const text = new TextEncoder().encode(JSON.stringify(exportCsr(trainer)));
    await writeAtomically(path, async (sink) => sink.write(text));
    return [path];
  }
  const written: string[] = [];
  for (const [k, { name, entries }] of csrNpzEntries(trainer).entries()) {
    const target = k === 0 ? path : path.replace(/\.npz$/, `.${name}.npz`);
    await writeAtomically(target, (sink) => writeNpz(entries, sink));
    written.push(target);
  }
  return written;
}

/** Whether the file at `path` is a binary run file (a zip), by its first bytes. */
export function isBinaryRunFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = new Uint8Array(4);
    readSync(fd, head, 0, 4, 0);
    return isZip(head);
  } finally {
    closeSync(fd);
  }
}
