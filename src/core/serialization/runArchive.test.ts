/**
 * The binary run file (.npz) and the streamed JSON: both come back as the run they were made
 * from, bit for bit; the JSON text is what JSON.stringify(exportRun) gives; and a damaged or
 * foreign .npz is refused naming the file, the member and what is wrong.
 */
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseConfig } from '../../../tests/malformed/baseRun';
import { runConfig } from '../config/validate';
import { Trainer } from '../training/trainer';
import { BlobSink, blobSource } from './bytes';
import { npyHeader, parseNpyHeader } from './npy';
import { crc32 } from './npzReader';
import { writeRunNpz } from './runArchive';
import { readRunFile, writeRunFile, type RunFormat } from './runFiles';
import { exportRun, type ImportedRun } from './runIO';
import { snapshotRun } from './runSnapshot';

let trainer: Trainer;
let npz: Uint8Array;

async function bytesOf(t: Trainer, format: RunFormat): Promise<Uint8Array> {
  const sink = new BlobSink();
  await writeRunFile(snapshotRun(t), format, sink);
  return new Uint8Array(await sink.blob('').arrayBuffer());
}

async function read(bytes: Uint8Array, name = 'run.npz') {
  return readRunFile(name, blobSource(new Blob([bytes as Uint8Array<ArrayBuffer>])));
}

async function imported(bytes: Uint8Array): Promise<ImportedRun> {
  const result = await read(bytes);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** The same bits, −0 included (the binary file keeps the sign of zero, unlike JSON). */
const bits = (x: Float32Array) => Array.from(new Uint32Array(x.buffer, x.byteOffset, x.length));

beforeAll(async () => {
  trainer = new Trainer(baseConfig);
  for (let i = 0; i < 3; i++) await trainer.trainStep();
  await trainer.validate();
  npz = await bytesOf(trainer, 'npz');
});
afterAll(() => trainer.dispose());

describe('.npy headers', () => {
  test('version 1.0, data on a 64-byte boundary, read back as written', () => {
    const header = npyHeader({ dtype: '<f4', shape: [3, 5] });
    expect(header.length % 64).toBe(0);
    expect(Array.from(header.subarray(0, 8))).toEqual([0x93, 78, 85, 77, 80, 89, 1, 0]);
    expect(strFromU8(header.subarray(10)).trimEnd()).toBe(
      "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 5), }",
    );
    expect(parseNpyHeader(header)).toEqual({ dtype: '<f4', shape: [3, 5], length: 128 });
    expect(parseNpyHeader(npyHeader({ dtype: '|u1', shape: [7] })).shape).toEqual([7]);
  });

  test('CRC-32 of "123456789" is the check value 0xCBF43926', () => {
    expect(~crc32(strToU8('123456789')) >>> 0).toBe(0xcbf43926);
  });
});

describe('the binary run file', () => {
  test('holds PyTorch names, masks, moments and run.json, which np.load-style unzip reads', () => {
    const files = unzipSync(npz);
    expect(Object.keys(files)).toEqual([
      'run.json',
      'rnn.weight_ih_l0.npy',
      'rnn.weight_hh_l0.npy',
      'decoder.weight.npy',
      'encoder.weight.npy',
      'rnn.bias_ih_l0.npy',
      'rnn.bias_hh_l0.npy',
      'decoder.bias.npy',
      'positions.npy',
      'masks/encoder.weight.npy',
      'masks/rnn.weight_ih_l0.npy',
      'masks/rnn.weight_hh_l0.npy',
      'masks/decoder.weight.npy',
      ...['exp_avg', 'exp_avg_sq'].flatMap((m) =>
        [
          'rnn.weight_hh_l0',
          'rnn.weight_ih_l0',
          'decoder.weight',
          'rnn.bias_ih_l0',
          'decoder.bias',
          'encoder.weight',
          'positions_l0',
        ].map((n) => `optimizer/${m}/${n}.npy`),
      ),
    ]);
    const whh = files['rnn.weight_hh_l0.npy'];
    const header = parseNpyHeader(whh);
    expect(header.shape).toEqual([3, 3]);
    const values = new Float32Array(whh.slice(header.length).buffer);
    expect(bits(values)).toEqual(bits(trainer.weightValues().whh));
    const meta = JSON.parse(strFromU8(files['run.json']));
    expect(meta.config).toEqual(baseConfig);
    expect(meta.optimizer).toEqual({ steps: 3 });
  });

  test('comes back bit for bit: weights, masks, positions, moments, step, history', async () => {
    const run = await imported(npz);
    expect(run.config).toEqual(baseConfig);
    const weights = trainer.weightValues();
    for (const name of Object.keys(weights))
      expect(bits(run.state.weights[name]), name).toEqual(bits(weights[name]));
    for (const name of trainer.masks.names)
      expect(Array.from(run.state.masks![name])).toEqual(Array.from(trainer.masks.mask(name)));
    expect(bits(run.state.embedding!)).toEqual(bits(trainer.regularization.allPositions()));
    const adam = trainer.optimizerState();
    expect(run.state.optimizer!.steps).toBe(adam.steps);
    for (const m of ['m', 'v'] as const)
      for (const name of Object.keys(adam[m]))
        expect(bits(run.state.optimizer![m][name])).toEqual(bits(adam[m][name]));
    expect(run.state.step).toBe(3);
    expect(run.history).toEqual(trainer.history);
  });

  test('a text run of two layers names each layer as nn.RNN does, and comes back', async () => {
    const config = runConfig({
      task: { kind: 'text', layers: 2, seqLen: 4, embeddingSize: 6, vocabularyCap: 20 },
      model: { hidden: 5 },
      training: { epochs: 1, stepsPerEpoch: 1, batch: 2, validationBatches: 1 },
    });
    const text = new Trainer(config, undefined, undefined, {
      text: 'the cat sat on the mat. '.repeat(50),
    });
    await text.trainStep();
    const bytes = await bytesOf(text, 'npz');
    const names = Object.keys(unzipSync(bytes));
    for (const n of ['encoder.weight', 'rnn.weight_ih_l1', 'rnn.weight_hh_l1', 'rnn.bias_hh_l1'])
      expect(names).toContain(`${n}.npy`);
    const run = await imported(bytes);
    expect(run.state.vocabulary).toEqual(text.task.vocabulary);
    expect(bits(run.state.weights['whh.1'])).toEqual(bits(text.weightValues()['whh.1']));
    text.dispose();
  });
});

describe('the streamed JSON run file', () => {
  test('is the text JSON.stringify(exportRun) gives, and reads back', async () => {
    const json = strFromU8(await bytesOf(trainer, 'json'));
    const parsed = JSON.parse(json);
    const expected = JSON.parse(JSON.stringify(exportRun(trainer)));
    expect({ ...parsed, createdAt: '' }).toEqual({ ...expected, createdAt: '' });
    const run = await imported(strToU8(json));
    expect(run.state.step).toBe(3);
  });
});

describe('a bad .npz is refused naming the file, the member and the fault', () => {
  /** The file rebuilt with member `name` replaced (or removed, with null). */
  function edited(name: string, content: Uint8Array | null): Uint8Array {
    const files = unzipSync(npz);
    if (content === null) delete files[name];
    else files[name] = content as Uint8Array<ArrayBuffer>;
    return zipSync(files, { level: 0 });
  }
  const npy = (dtype: '<f4' | '|u1' | '<i8', shape: number[], data: Uint8Array) => {
    const header = npyHeader({ dtype, shape });
    const out = new Uint8Array(header.length + data.length);
    out.set(header);
    out.set(data, header.length);
    return out;
  };
  const floats = (values: number[]) => new Uint8Array(new Float32Array(values).buffer);
  async function refusal(bytes: Uint8Array): Promise<string> {
    const result = await read(bytes, 'bad.npz');
    if (result.ok) throw new Error('expected a refusal');
    return result.error;
  }

  test('a NaN in W_hh: row and column', async () => {
    const values = Array.from(trainer.weightValues().whh);
    values[1 * 3 + 2] = NaN;
    expect(await refusal(edited('rnn.weight_hh_l0.npy', npy('<f4', [3, 3], floats(values))))).toBe(
      'bad.npz: rnn.weight_hh_l0.npy: row 1, column 2: NaN, expected a finite float32 (|x| up to about 3.4e38)',
    );
  });

  test('a wrong shape, a wrong dtype, a mask of 2', async () => {
    expect(
      await refusal(edited('rnn.weight_hh_l0.npy', npy('<f4', [3, 2], floats([1, 2, 3, 4, 5, 6])))),
    ).toBe('bad.npz: rnn.weight_hh_l0.npy: shape (3, 2), expected (3, 3)');
    expect(
      await refusal(edited('decoder.bias.npy', npy('<i8', [5], new Uint8Array(40)))),
    ).toContain('decoder.bias.npy: dtype <i8, expected <f4 (float32)');
    const mask = new Uint8Array(9).fill(1);
    mask[4] = 2;
    expect(await refusal(edited('masks/rnn.weight_hh_l0.npy', npy('|u1', [3, 3], mask)))).toBe(
      'bad.npz: masks/rnn.weight_hh_l0.npy: row 1, column 1: 2, expected 0 or 1',
    );
  });

  test('a missing tensor, an extra one, a missing run.json', async () => {
    expect(await refusal(edited('masks/rnn.weight_hh_l0.npy', null))).toBe(
      'bad.npz: masks/rnn.weight_hh_l0.npy: missing',
    );
    expect(await refusal(edited('rnn.weight_hh_l1.npy', npy('<f4', [1], floats([0]))))).toBe(
      'bad.npz: rnn.weight_hh_l1.npy: not part of a run file of this config',
    );
    expect(await refusal(edited('run.json', null))).toContain('bad.npz: run.json: missing');
  });

  test('version 2, a bad config field, a data array cut short', async () => {
    const meta = JSON.parse(strFromU8(unzipSync(npz)['run.json']));
    expect(
      await refusal(edited('run.json', strToU8(JSON.stringify({ ...meta, version: 2 })))),
    ).toBe('bad.npz: version: this lab reads run files of version 1, not 2');
    const config = { ...meta.config, model: { ...meta.config.model, hidden: 1 } };
    expect(
      await refusal(edited('run.json', strToU8(JSON.stringify({ ...meta, config })))),
    ).toContain('bad.npz: config.model.hidden');
    const short = npy('<f4', [3, 3], floats([1, 2, 3]));
    expect(await refusal(edited('rnn.weight_hh_l0.npy', short))).toContain(
      'rnn.weight_hh_l0.npy: 12 bytes of data, its shape needs 36',
    );
  });

  test('a flipped byte (CRC), a truncated file, and not a zip at all', async () => {
    const damaged = npz.slice();
    const whh = new Uint8Array(trainer.weightValues().whh.buffer);
    const at = Buffer.from(npz).indexOf(Buffer.from(whh));
    expect(at).toBeGreaterThan(0);
    damaged[at + 5] ^= 0x01;
    expect(await refusal(damaged)).toBe(
      'bad.npz: rnn.weight_hh_l0.npy: CRC-32 mismatch: the file is damaged',
    );
    expect(await refusal(npz.slice(0, npz.length - 100))).toMatch(/^bad\.npz: not a zip|damaged/);
    expect(await refusal(strToU8('PK\x03\x04 not really'))).toContain('bad.npz: not a zip');
  });
});

test('the writer streams: no chunk is the whole file', async () => {
  const sizes: number[] = [];
  await writeRunNpz(snapshotRun(trainer), { write: (c) => void sizes.push(c.length) });
  const total = sizes.reduce((a, b) => a + b, 0);
  // The same file but for createdAt, which run.json holds deflated: a byte or two apart.
  expect(Math.abs(total - npz.length)).toBeLessThan(8);
  expect(Math.max(...sizes)).toBeLessThan(total / 2);
});
