/**
 * The JSON v1 run file written in pieces, row by row, so it works at every size the schema
 * accepts (at n = 4096 the text is far past V8's longest string). The text is what
 * JSON.stringify(exportRun(trainer)) gives, member for member.
 */
import { TextWriter, type ByteSink } from './bytes';
import type { RunSnapshot } from './runSnapshot';

/** Called now and then with the tensor entries written so far and their total. */
export type Progress = (done: number, total: number) => void;

export async function writeRunJson(
  snapshot: RunSnapshot,
  sink: ByteSink,
  onProgress?: Progress,
): Promise<void> {
  const { meta, weights, masks, positions, dim, optimizer, shapes } = snapshot;
  const out = new TextWriter(sink);
  const records = [weights, masks, ...(optimizer ? [optimizer.m, optimizer.v] : [])];
  const total =
    records.reduce((s, r) => s + Object.values(r).reduce((t, a) => t + a.length, 0), 0) +
    positions.length;
  let done = 0;

  const tensor = async (data: Float32Array | Uint8Array, shape: readonly number[]) => {
    if (shape.length === 1) {
      await out.write(`[${data.join(',')}]`);
    } else {
      const cols = shape[1];
      await out.write('[');
      for (let r = 0; r < shape[0]; r++) {
        await out.write(`${r ? ',' : ''}[${data.subarray(r * cols, (r + 1) * cols).join(',')}]`);
      }
      await out.write(']');
    }
    done += data.length;
    onProgress?.(done, total);
  };
  const record = async (values: Record<string, Float32Array | Uint8Array>) => {
    await out.write('{');
    let first = true;
    for (const [name, data] of Object.entries(values)) {
      await out.write(`${first ? '' : ','}${JSON.stringify(name)}:`);
      await tensor(data, shapes[name]);
      first = false;
    }
    await out.write('}');
  };
  const field = (name: string, value: unknown) =>
    value === undefined ? '' : `,${JSON.stringify(name)}:${JSON.stringify(value)}`;

  const { format, vocabulary, metrics, validation, topology, ...head } = meta;
  await out.write(`{"format":${JSON.stringify(format)}`);
  for (const [name, value] of Object.entries(head)) await out.write(field(name, value));
  await out.write(',"weights":');
  await record(weights);
  await out.write(',"masks":');
  await record(masks);
  await out.write(`,"embedding":{"dim":${dim},"points":`);
  await tensor(positions, [positions.length / dim, dim]);
  await out.write('},"optimizer":');
  if (optimizer) {
    await out.write(`{"steps":${optimizer.steps},"m":`);
    await record(optimizer.m);
    await out.write(',"v":');
    await record(optimizer.v);
    await out.write('}');
  } else await out.write('null');
  await out.write(field('vocabulary', vocabulary));
  await out.write(field('metrics', metrics) + field('validation', validation));
  await out.write(`${field('topology', topology)}}`);
  await out.flush();
}
