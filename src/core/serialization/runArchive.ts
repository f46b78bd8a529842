/**
 * The binary run file: an .npz (a zip of numpy .npy arrays) that np.load opens with no extra
 * package, with the run's small fields as a run.json member (first, so a reader knows the
 * config before any tensor). Tensors carry PyTorch's names (pytorchNames.ts):
 *   run.json                          everything but tensors (config, step, history, …)
 *   encoder.weight, rnn.weight_ih_l0, rnn.weight_hh_l0, rnn.bias_ih_l0, rnn.bias_hh_l0 (zeros),
 *   …_l1, …_l2 (text layers), decoder.weight, decoder.bias          float32 <f4
 *   positions                         [layers·n, dim] unit positions    float32
 *   masks/<name>                      1 kept, 0 pruned, per matrix      uint8 |u1 (deflated)
 *   optimizer/exp_avg/<name>, optimizer/exp_avg_sq/<name>   Adam's m and v   float32
 *   batch/<name>                      optional arrays a test or a user adds (read, not imported)
 * Float tensors are stored (no compression: random floats do not shrink, and stored members
 * can be read straight into their arrays); masks and run.json are deflated. Everything is
 * written through the sink as it is made: the chunks are views of the tensors themselves.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { ByteSink } from './bytes';
import { elementCount, itemSize, npyBytes, npyHeader, type NpyHeader } from './npy';
import { pytorchName, zeroBiasName } from './pytorchNames';
import type { Progress } from './runJsonWriter';
import type { RunSnapshot } from './runSnapshot';

export const RUN_META_MEMBER = 'run.json';
export const MASK_PREFIX = 'masks/';
export const MOMENT_PREFIX = { m: 'optimizer/exp_avg/', v: 'optimizer/exp_avg_sq/' } as const;
export const POSITIONS_MEMBER = 'positions';
export const EXTRA_PREFIX = 'batch/';

/** Zip without zip64 (fflate writes none): every offset must fit in 32 bits. */
export const MAX_ARCHIVE_BYTES = 2 ** 32 - 1;
/** Bytes handed to the zip per push: bounds what is in flight, not what is stored. */
const CHUNK = 1 << 22;

export interface NpyArray extends NpyHeader {
  data: Float32Array | Uint8Array | Int32Array | BigInt64Array;
}

interface Member {
  name: string;
  array: NpyArray;
  deflate: boolean;
}

/** The members of a run's .npz in the order they are written (run.json aside). */
export function runMembers(snapshot: RunSnapshot, extras: Record<string, NpyArray> = {}): Member[] {
  const { weights, masks, positions, dim, optimizer, shapes } = snapshot;
  const float = (data: Float32Array, shape: number[]): NpyArray => ({ dtype: '<f4', shape, data });
  const members: Member[] = [];
  for (const [name, data] of Object.entries(weights)) {
    members.push({ name: pytorchName(name), array: float(data, shapes[name]), deflate: false });
    if (/^bias(\.\d)?$/.test(name)) {
      const zeros = new Float32Array(data.length);
      members.push({ name: zeroBiasName(name), array: float(zeros, shapes[name]), deflate: false });
    }
  }
  const positionsShape = [positions.length / dim, dim];
  members.push({ name: POSITIONS_MEMBER, array: float(positions, positionsShape), deflate: false });
  for (const [name, data] of Object.entries(masks)) {
    const array: NpyArray = { dtype: '|u1', shape: shapes[name], data };
    members.push({ name: MASK_PREFIX + pytorchName(name), array, deflate: true });
  }
  for (const moment of ['m', 'v'] as const) {
    for (const [name, data] of Object.entries(optimizer?.[moment] ?? {})) {
      const array = float(data, shapes[name]);
      members.push({ name: MOMENT_PREFIX[moment] + pytorchName(name), array, deflate: false });
    }
  }
  for (const [name, array] of Object.entries(extras))
    members.push({ name: EXTRA_PREFIX + name, array, deflate: false });
  return members;
}

/** run.json: the JSON run file's fields without its tensors. */
export function runMetaText(snapshot: RunSnapshot): string {
  const { meta, dim, optimizer } = snapshot;
  const { vocabulary, metrics, validation, topology, ...head } = meta;
  return JSON.stringify({
    ...head,
    embedding: { dim },
    optimizer: optimizer && { steps: optimizer.steps },
    ...(vocabulary ? { vocabulary } : {}),
    metrics,
    validation,
    ...(topology === undefined ? {} : { topology }),
  });
}

/**
 * Streams the run as an .npz into `sink`. `onProgress` hears the bytes written and an upper
 * bound of the total (deflated members come out smaller than counted).
 */
export async function writeRunNpz(
  snapshot: RunSnapshot,
  sink: ByteSink,
  options: { onProgress?: Progress; extras?: Record<string, NpyArray> } = {},
): Promise<void> {
  await writeNpz(
    [
      { name: RUN_META_MEMBER, text: runMetaText(snapshot) },
      ...runMembers(snapshot, options.extras),
    ],
    sink,
    { onProgress: options.onProgress, mtime: new Date(snapshot.meta.createdAt) },
  );
}

/** One zip member: an array (name without .npy) or a text file (name as is, deflated). */
export type NpzEntry = Member | { name: string; text: string };

/** Streams `entries` as a zip of .npy files (and texts) into `sink`, as np.savez would. */
export async function writeNpz(
  entries: NpzEntry[],
  sink: ByteSink,
  options: { onProgress?: Progress; mtime?: Date } = {},
): Promise<void> {
  const encoded = entries.map((e) =>
    'text' in e ? { ...e, bytes: new TextEncoder().encode(e.text) } : e,
  );
  const total = encoded.reduce(
    (s, e) => s + 100 + 2 * e.name.length + ('bytes' in e ? e.bytes.length : npyBytes(e.array)),
    22,
  );
  if (total > MAX_ARCHIVE_BYTES)
    throw new Error(
      `run file: ${(total / 2 ** 30).toFixed(2)} GiB, past the 4 GiB a zip without zip64 holds`,
    );
  const pending: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else pending.push(chunk);
  });
  let written = 0;
  const flush = async () => {
    if (failure) throw failure;
    for (const chunk of pending.splice(0)) {
      await sink.write(chunk);
      written += chunk.length;
    }
    options.onProgress?.(written, total);
  };
  const mtime = options.mtime ?? new Date();
  for (const entry of encoded) {
    const deflate = 'bytes' in entry || entry.deflate;
    const name = 'bytes' in entry ? entry.name : `${entry.name}.npy`;
    const file = deflate ? new ZipDeflate(name, { level: 1 }) : new ZipPassThrough(name);
    file.mtime = mtime;
    zip.add(file);
    const parts = 'bytes' in entry ? [entry.bytes] : [npyHeader(entry.array), bytesOf(entry.array)];
    for (const [p, part] of parts.entries()) {
      for (let at = 0; at < part.length || at === 0; at += CHUNK) {
        const last = p === parts.length - 1 && at + CHUNK >= part.length;
        file.push(part.subarray(at, at + CHUNK), last);
        await flush();
      }
    }
  }
  zip.end();
  await flush();
}

/** An array's bytes as they sit in memory (little-endian on every platform the lab runs on). */
function bytesOf({ data, shape, dtype }: NpyArray): Uint8Array {
  const length = elementCount(shape) * itemSize(dtype);
  if (data.byteLength !== length)
    throw new Error(`array of shape (${shape.join(', ')}) holds ${data.byteLength} bytes`);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
