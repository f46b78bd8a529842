/**
 * Importing a binary run file (.npz, runArchive.ts) as strictly as the JSON one: run.json
 * first (schema, version, config), then every tensor the config implies, each checked for
 * dtype and shape before it is read and for finite values after, then any member nobody
 * expects is refused. Messages name the member (e.g. "rnn.weight_hh_l0.npy: row 3, column 7:
 * NaN, expected a finite float32"); nothing is returned unless everything holds.
 */
import { formatIssues, parseRunConfig, type Result } from '../config/validate';
import type { AdamState } from '../optim/adam';
import type { ByteSource } from './bytes';
import type { NpyHeader } from './npy';
import { readNpyMember, readZipDirectory, streamMember, type ZipMember } from './npzReader';
import { pytorchName, zeroBiasName } from './pytorchNames';
import {
  EXTRA_PREFIX,
  MASK_PREFIX,
  MOMENT_PREFIX,
  POSITIONS_MEMBER,
  RUN_META_MEMBER,
} from './runArchive';
import { RUN_FILE_TOO_LARGE, runMetaSchema } from './runFile';
import { finishRun, planRun, refuseVersion, type ImportedRun } from './runIO';
import { checkValues, type TensorKind } from './tensorChecks';

/** run.json holds the history, not tensors: a few MB even for a 30,000-step run. */
const MAX_META_BYTES = 64 * 1024 * 1024;

/** Whether the first bytes are a zip's (an .npz), not JSON text. */
export const isZip = (head: Uint8Array): boolean =>
  head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;

export async function importRunNpz(source: ByteSource): Promise<Result<ImportedRun>> {
  try {
    return await read(source);
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** Runs `body`, prefixing any error with the member's file name. */
async function named<T>(member: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (e) {
    throw new Error(`${member}: ${(e as Error).message}`, { cause: e });
  }
}

/**
 * The text of an .npz run file's run.json (config, step, metric histories; no tensors), read
 * without touching the arrays: the Runs panel charts a saved run's history from it. Throws a
 * message naming the member.
 */
export async function readRunMetaText(source: ByteSource): Promise<string> {
  return metaText(source, await readZipDirectory(source));
}

async function metaText(source: ByteSource, members: Map<string, ZipMember>): Promise<string> {
  const metaMember = members.get(RUN_META_MEMBER);
  if (!metaMember) throw new Error(`${RUN_META_MEMBER}: missing (not a run file of this lab)`);
  if (metaMember.size > MAX_META_BYTES)
    throw new Error(`${RUN_META_MEMBER}: ${RUN_FILE_TOO_LARGE}`);
  return named(RUN_META_MEMBER, () => memberText(source, metaMember));
}

async function read(source: ByteSource): Promise<Result<ImportedRun>> {
  const members = await readZipDirectory(source);
  const text = await metaText(source, members);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${RUN_META_MEMBER}: not valid JSON (${(e as Error).message})` };
  }
  const version = refuseVersion(json);
  if (version) return version;
  const meta = runMetaSchema.safeParse(json);
  if (!meta.success) return { ok: false, error: formatIssues(meta.error, '', RUN_META_MEMBER) };
  const config = parseRunConfig(meta.data.config, 'config');
  if (!config.ok) return config;
  const plan = planRun(meta.data, config.value);

  const used = new Set([RUN_META_MEMBER]);
  const array = async (name: string, header: NpyHeader, kind: TensorKind) => {
    const file = `${name}.npy`;
    const member = members.get(file);
    if (!member) throw new Error(`${file}: missing`);
    used.add(file);
    const { data } = await named(file, () => readNpyMember(source, member, header));
    checkValues(data, header.shape, file, kind);
    return data;
  };
  const float = async (name: string, shape: number[]) =>
    (await array(name, { dtype: '<f4', shape }, 'float32')) as Float32Array;

  const weights: Record<string, Float32Array> = {};
  for (const [name, shape] of Object.entries(plan.shapes)) {
    weights[name] = await float(pytorchName(name), shape);
    if (/^bias(\.\d)?$/.test(name)) {
      // PyTorch's two biases add up; the lab writes the second as zeros, so the sum is exact.
      const second = await float(zeroBiasName(name), shape);
      weights[name] = weights[name].map((x, i) => Math.fround(x + second[i]));
    }
  }
  const masks: Record<string, Uint8Array> = {};
  for (const name of plan.matrices) {
    const shape = plan.shapes[name];
    masks[name] = (await array(
      MASK_PREFIX + pytorchName(name),
      { dtype: '|u1', shape },
      'bits',
    )) as Uint8Array;
  }
  const positions = await float(POSITIONS_MEMBER, plan.positionsShape);
  let optimizer: AdamState | null = null;
  if (meta.data.optimizer) {
    const moments = { m: {}, v: {} } as AdamState;
    for (const moment of ['m', 'v'] as const) {
      for (const [name, shape] of Object.entries(plan.variableShapes)) {
        const member = MOMENT_PREFIX[moment] + pytorchName(name);
        if (members.has(`${member}.npy`)) moments[moment][name] = await float(member, shape);
      }
    }
    optimizer = { steps: meta.data.optimizer.steps, m: moments.m, v: moments.v };
  }
  for (const name of members.keys()) {
    if (used.has(name) || name.startsWith(EXTRA_PREFIX)) continue;
    throw new Error(`${name}: not part of a run file of this config`);
  }
  return {
    ok: true,
    value: finishRun(meta.data, config.value, plan, { weights, masks, positions, optimizer }),
  };
}

async function memberText(source: ByteSource, member: ZipMember): Promise<string> {
  const bytes = new Uint8Array(member.size);
  let at = 0;
  await streamMember(source, member, (chunk) => {
    bytes.set(chunk, at);
    at += chunk.length;
  });
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
