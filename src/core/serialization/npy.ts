/**
 * numpy's .npy format, version 1.0: the magic "\x93NUMPY", the version, a little-endian
 * uint16 header length, then a Python dict literal such as
 *   {'descr': '<f4', 'fortran_order': False, 'shape': (256, 256), }
 * padded with spaces and a newline so the data starts on a 64-byte boundary, then the raw
 * row-major data. np.load reads it; this module writes the header and reads it back strictly.
 */

/** The dtypes run files use: float32 tensors, uint8 masks, int32/int64 indices, ASCII bytes. */
export type NpyDtype = '<f4' | '|u1' | '<i4' | '<i8' | `|S${number}`;

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59];
/** Magic (6), version (2), header length (2). */
const PREFIX = 10;
const ALIGN = 64;

export interface NpyHeader {
  dtype: NpyDtype;
  shape: number[];
}

/** Bytes per element of a dtype. */
export function itemSize(dtype: NpyDtype): number {
  if (dtype === '|u1') return 1;
  if (dtype === '<i8') return 8;
  if (dtype.startsWith('|S')) return Number(dtype.slice(2));
  return 4;
}

/** The header bytes for an array of `dtype` and `shape` (its data follows directly). */
export function npyHeader({ dtype, shape }: NpyHeader): Uint8Array {
  const dims = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  const dict = `{'descr': '${dtype}', 'fortran_order': False, 'shape': ${dims}, }`;
  const unpadded = PREFIX + dict.length + 1;
  const total = Math.ceil(unpadded / ALIGN) * ALIGN;
  const text = dict + ' '.repeat(total - unpadded) + '\n';
  const out = new Uint8Array(total);
  out.set(MAGIC);
  out[6] = 1;
  out[7] = 0;
  new DataView(out.buffer).setUint16(8, text.length, true);
  for (let i = 0; i < text.length; i++) out[PREFIX + i] = text.charCodeAt(i);
  return out;
}

/** Elements in an array of this shape. */
export function elementCount(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** The whole .npy file's size: header and data. */
export function npyBytes(header: NpyHeader): number {
  return npyHeader(header).length + elementCount(header.shape) * itemSize(header.dtype);
}

/**
 * Reads the header at the start of `bytes` (at least its first 10 bytes, and then the whole
 * header): its dtype, shape and length. Throws a message saying what is wrong (the caller
 * prefixes the member's name).
 */
export function parseNpyHeader(bytes: Uint8Array): NpyHeader & { length: number } {
  if (bytes.length < PREFIX || MAGIC.some((b, i) => bytes[i] !== b))
    throw new Error('not a .npy array (no \\x93NUMPY magic)');
  if (bytes[6] !== 1 || bytes[7] !== 0)
    throw new Error(`.npy version ${bytes[6]}.${bytes[7]}, this lab reads 1.0`);
  const size = new DataView(bytes.buffer, bytes.byteOffset + 8, 2).getUint16(0, true);
  if (bytes.length < PREFIX + size) throw new Error('.npy header cut short');
  const text = String.fromCharCode(...bytes.subarray(PREFIX, PREFIX + size));
  const match =
    /^\{\s*'descr':\s*'([<>|=][a-zA-Z]\d+)',\s*'fortran_order':\s*(True|False),\s*'shape':\s*\(([\d,\s]*)\),?\s*\}\s*$/.exec(
      text,
    );
  if (!match) throw new Error(`.npy header not understood: ${text.trim().slice(0, 120)}`);
  const [, dtype, fortran, dims] = match;
  if (fortran === 'True')
    throw new Error('stored in Fortran (column-major) order; expected C order');
  if (!/^(<f4|\|u1|<i4|<i8|\|S\d+)$/.test(dtype))
    throw new Error(`dtype ${dtype}, which a run file does not use`);
  const shape = dims
    .split(',')
    .map((d) => d.trim())
    .filter((d) => d !== '')
    .map(Number);
  return { dtype: dtype as NpyDtype, shape, length: PREFIX + size };
}
