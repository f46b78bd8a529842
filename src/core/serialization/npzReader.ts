/**
 * Reading an .npz member by member from a ByteSource, each array straight into its own typed
 * array: memory is the arrays themselves and one chunk. Members are found through the zip's
 * central directory (at the end of the file), the index every zip reader uses: fflate's
 * streaming Unzip has no such index, and members written as streams (sizes after the data, as
 * fflate and numpy write them) can only be found by scanning for a signature that random
 * float32 data may contain. Deflated members go through fflate's Inflate; every member's
 * CRC-32 is checked, so a damaged file is refused rather than read as other numbers.
 */
import { Inflate } from 'fflate';
import type { ByteSource } from './bytes';
import { elementCount, itemSize, parseNpyHeader, type NpyDtype, type NpyHeader } from './npy';

export interface ZipMember {
  name: string;
  compression: number;
  crc: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 1 << 23;

/** The members of the zip in `source`, by name; throws "not a zip (.npz) file" and the like. */
export async function readZipDirectory(source: ByteSource): Promise<Map<string, ZipMember>> {
  const tailLength = Math.min(source.size, 22 + 0xffff);
  const tail = await source.read(source.size - tailLength, tailLength);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new Error('not a zip (.npz) file: no end-of-directory record');
  const count = view.getUint16(at + 10, true);
  const dirSize = view.getUint32(at + 12, true);
  const dirOffset = view.getUint32(at + 16, true);
  if (dirOffset + dirSize > source.size)
    throw new Error('zip directory past the end: file cut short');
  const dir = await source.read(dirOffset, dirSize);
  const d = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
  const members = new Map<string, ZipMember>();
  let p = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > dir.length || d.getUint32(p, true) !== CENTRAL)
      throw new Error(`zip directory entry ${k} is damaged`);
    const flags = d.getUint16(p + 8, true);
    const nameLength = d.getUint16(p + 28, true);
    const name = new TextDecoder().decode(dir.subarray(p + 46, p + 46 + nameLength));
    if (flags & 1) throw new Error(`${name}: encrypted, which a run file never is`);
    if (members.has(name)) throw new Error(`${name}: stored twice`);
    members.set(name, {
      name,
      compression: d.getUint16(p + 10, true),
      crc: d.getUint32(p + 16, true),
      compressedSize: d.getUint32(p + 20, true),
      size: d.getUint32(p + 24, true),
      headerOffset: d.getUint32(p + 42, true),
    });
    p += 46 + nameLength + d.getUint16(p + 30, true) + d.getUint16(p + 32, true);
  }
  return members;
}

/**
 * Calls `consume` with the member's uncompressed bytes in order, then checks its size and
 * CRC-32. `consume` may throw to stop early (a wrong header, say).
 */
export async function streamMember(
  source: ByteSource,
  member: ZipMember,
  consume: (chunk: Uint8Array) => void,
): Promise<void> {
  const local = await source.read(member.headerOffset, 30);
  const l = new DataView(local.buffer, local.byteOffset, local.byteLength);
  if (local.length < 30 || l.getUint32(0, true) !== LOCAL)
    throw new Error('zip entry header damaged');
  const start = member.headerOffset + 30 + l.getUint16(26, true) + l.getUint16(28, true);
  if (start + member.compressedSize > source.size) throw new Error('cut short');
  let crc = ~0;
  let seen = 0;
  const take = (chunk: Uint8Array) => {
    seen += chunk.length;
    if (seen > member.size) throw new Error(`holds more than the ${member.size} bytes it declares`);
    crc = crc32(chunk, crc);
    consume(chunk);
  };
  if (member.compression !== 0 && member.compression !== 8)
    throw new Error(`compression method ${member.compression}; run files use stored or deflate`);
  const inflate = member.compression === 8 ? new Inflate((chunk) => take(chunk)) : null;
  for (let at = 0; at < member.compressedSize; at += CHUNK) {
    const length = Math.min(CHUNK, member.compressedSize - at);
    const chunk = await source.read(start + at, length);
    if (chunk.length < length) throw new Error('cut short');
    if (inflate) inflate.push(chunk, at + length >= member.compressedSize);
    else take(chunk);
  }
  if (inflate && member.compressedSize === 0) inflate.push(new Uint8Array(0), true);
  if (seen !== member.size) throw new Error(`holds ${seen} bytes, its entry says ${member.size}`);
  if (~crc >>> 0 !== member.crc) throw new Error('CRC-32 mismatch: the file is damaged');
}

/** What the caller expects of an array: dtype and shape, or any (extra members). */
export type Expectation = NpyHeader | null;

const typed = (dtype: NpyDtype, count: number) =>
  dtype === '<f4' ? new Float32Array(count) : new Uint8Array(count * itemSize(dtype));

const shapeText = (shape: readonly number[]) =>
  `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;

/**
 * An .npy member read into a new array, refusing (before allocating) a dtype or a shape other
 * than `expect`. Throws plain messages; the caller names the member.
 */
export async function readNpyMember(
  source: ByteSource,
  member: ZipMember,
  expect: Expectation,
): Promise<{ header: NpyHeader; data: Float32Array | Uint8Array }> {
  let head = new Uint8Array(0);
  let header: (NpyHeader & { length: number }) | null = null;
  let data: Float32Array | Uint8Array | null = null;
  let bytes: Uint8Array | null = null;
  let filled = 0;
  const place = (chunk: Uint8Array) => {
    if (filled + chunk.length > bytes!.length) throw new Error('more data than its shape holds');
    bytes!.set(chunk, filled);
    filled += chunk.length;
  };
  await streamMember(source, member, (chunk) => {
    if (header) return place(chunk);
    const joined = new Uint8Array(head.length + chunk.length);
    joined.set(head);
    joined.set(chunk, head.length);
    head = joined;
    if (head.length < 10) return;
    const size = 10 + new DataView(head.buffer).getUint16(8, true);
    if (head.length < size) return;
    header = parseNpyHeader(head);
    if (expect) {
      if (header.dtype !== expect.dtype)
        throw new Error(
          `dtype ${header.dtype}, expected ${expect.dtype} (${dtypeName(expect.dtype)})`,
        );
      if (shapeText(header.shape) !== shapeText(expect.shape))
        throw new Error(`shape ${shapeText(header.shape)}, expected ${shapeText(expect.shape)}`);
    }
    const count = elementCount(header.shape);
    data = typed(header.dtype, count);
    bytes = new Uint8Array(data.buffer);
    place(head.subarray(size));
    head = new Uint8Array(0);
  });
  if (!header || !data || !bytes) throw new Error('not a .npy array (header cut short)');
  if (filled !== (bytes as Uint8Array).length)
    throw new Error(`${filled} bytes of data, its shape needs ${(bytes as Uint8Array).length}`);
  return { header, data };
}

const dtypeName = (dtype: NpyDtype) =>
  dtype === '<f4' ? 'float32' : dtype === '|u1' ? 'uint8' : dtype;

let table: Uint32Array | null = null;

/** CRC-32 (the zip's, polynomial 0xEDB88320) of `bytes`, continuing from `crc`. */
export function crc32(bytes: Uint8Array, crc = ~0): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return crc;
}
