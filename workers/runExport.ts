/**
 * The run as files for the export buttons and the autosave: the run file (.npz or .json)
 * and the pruned W_hh in CSR. The worker writes them; the UI thread only saves what it gets.
 */
import { exportCsr } from '../src/core/serialization/csrFile';
import { BlobSink } from '../src/core/serialization/bytes';
import { RUN_FILE_TYPES, writeRunFile, type RunFormat } from '../src/core/serialization/runFiles';
import { snapshotRun } from '../src/core/serialization/runSnapshot';
import type { Trainer } from '../src/core/training/trainer';
import type { TopologyReply } from './protocol';

/**
 * The run file as a Blob of parts, written a chunk at a time (never one string or buffer, so
 * n = 4096 fits); `onProgress` hears the bytes written and the total, a hundred times at most.
 */
export async function runFileBlob(
  trainer: Trainer,
  topology: TopologyReply | undefined,
  format: RunFormat,
  onProgress?: (done: number, total: number) => void,
): Promise<Blob> {
  const sink = new BlobSink();
  let reported = -1;
  await writeRunFile(snapshotRun(trainer, topology), format, sink, (done, total) => {
    const percent = Math.floor((100 * done) / total);
    if (percent > reported) onProgress?.(done, total);
    reported = percent;
  });
  return sink.blob(RUN_FILE_TYPES[format].mime);
}

/** Every layer's pruned W_hh in CSR (scipy's field names), as JSON text. */
export function csrJson(trainer: Trainer): string {
  return JSON.stringify(exportCsr(trainer));
}
