/**
 * Run files in either format, by what they are: the binary .npz (the default) or the JSON v1
 * text (kept: older files, and people who want the numbers as text). Readers tell them apart by
 * their first bytes, writers by the format asked for (the CLI: the file's extension).
 */
import type { Result } from '../config/validate';
import { blobSource, type ByteSink, type ByteSource } from './bytes';
import { writeRunNpz } from './runArchive';
import { importRunNpz, isZip } from './runArchiveReader';
import { MAX_RUN_FILE_BYTES, RUN_FILE_TOO_LARGE } from './runFile';
import { importRun, type ImportedRun } from './runIO';
import { writeRunJson, type Progress } from './runJsonWriter';
import type { RunSnapshot } from './runSnapshot';

export type RunFormat = 'npz' | 'json';

export const RUN_FILE_TYPES: Record<RunFormat, { extension: string; mime: string }> = {
  npz: { extension: '.npz', mime: 'application/zip' },
  json: { extension: '.json', mime: 'application/json' },
};

/** The format a path asks for by its extension, or null for another extension. */
export function formatOfPath(path: string): RunFormat | null {
  if (path.endsWith('.npz')) return 'npz';
  if (path.endsWith('.json')) return 'json';
  return null;
}

export function writeRunFile(
  snapshot: RunSnapshot,
  format: RunFormat,
  sink: ByteSink,
  onProgress?: Progress,
): Promise<void> {
  return format === 'npz'
    ? writeRunNpz(snapshot, sink, { onProgress })
    : writeRunJson(snapshot, sink, onProgress);
}

/**
 * Reads a run file of either format. Every refusal starts with the file's name, then the
 * member or field, then what is wrong.
 */
export async function readRunFile(name: string, source: ByteSource): Promise<Result<ImportedRun>> {
  const result = await readEither(source);
  return result.ok ? result : { ok: false, error: `${name}: ${result.error}` };
}

async function readEither(source: ByteSource): Promise<Result<ImportedRun>> {
  if (isZip(await source.read(0, 4))) return importRunNpz(source);
  if (source.size > MAX_RUN_FILE_BYTES) return { ok: false, error: RUN_FILE_TOO_LARGE };
  const bytes = await source.read(0, source.size);
  return importRun(new TextDecoder().decode(bytes));
}

/** A File (or any Blob) from the lab's import. */
export const readRunBlob = (name: string, blob: Blob) => readRunFile(name, blobSource(blob));
