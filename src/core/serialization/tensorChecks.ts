/**
 * Entry-by-entry checks of a run file's tensors, shared by the JSON and the binary readers, so
 * a refusal names the tensor, the row and the column of the first bad entry.
 */

/** Float tensors hold finite float32 values; masks hold 0 or 1. */
export type TensorKind = 'float32' | 'bits';

const expected = (kind: TensorKind) =>
  kind === 'float32' ? 'expected a finite float32 (|x| up to about 3.4e38)' : 'expected 0 or 1';

/** "row 3, column 7" for a matrix, "entry 7" for a vector. */
export function position(index: number, shape: readonly number[]): string {
  if (shape.length !== 2) return `entry ${index}`;
  const cols = shape[1];
  return `row ${Math.floor(index / cols)}, column ${index % cols}`;
}

/** How a bad JSON entry reads in a message: "null", "\"NaN\"", "1e+39", "an array". */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 20));
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

/** Whether a number stays finite as float32 (1e39 becomes Infinity) or is a mask bit. */
const accepts = (kind: TensorKind, x: unknown): x is number =>
  typeof x === 'number' &&
  (kind === 'float32' ? Number.isFinite(Math.fround(x)) : x === 0 || x === 1);

const shapeText = (shape: readonly number[]) =>
  shape.length === 1 ? `${shape[0]} numbers` : `${shape[0]} rows of ${shape[1]} numbers`;

/**
 * A JSON tensor (a flat list for a vector, a list of rows for a matrix) → its row-major array,
 * refusing a wrong nesting, a short or long row, or a bad entry by row and column.
 */
export function fromNested(
  value: unknown,
  shape: readonly number[],
  field: string,
  kind: TensorKind,
): Float32Array {
  const [rows, cols] = shape;
  if (!Array.isArray(value)) throw new Error(`${field}: expected ${shapeText(shape)}`);
  if (value.length !== rows)
    throw new Error(
      `${field}: has ${value.length} ${shape.length === 1 ? 'entries' : 'rows'}, expected ${rows}`,
    );
  const out = new Float32Array(rows * (cols ?? 1));
  if (shape.length === 1) {
    value.forEach((x: unknown, i) => {
      if (!accepts(kind, x))
        throw new Error(`${field}: entry ${i}: ${describe(x)}, ${expected(kind)}`);
      out[i] = x;
    });
    return out;
  }
  value.forEach((row: unknown, r) => {
    if (!Array.isArray(row))
      throw new Error(`${field}: row ${r}: ${describe(row)}, expected a list of ${cols} numbers`);
    if (row.length !== cols)
      throw new Error(`${field}: row ${r} has ${row.length} entries, expected ${cols}`);
    row.forEach((x: unknown, c) => {
      if (!accepts(kind, x))
        throw new Error(`${field}: row ${r}, column ${c}: ${describe(x)}, ${expected(kind)}`);
      out[r * cols + c] = x;
    });
  });
  return out;
}

/** A binary tensor's values: the first NaN, infinity or non-bit is refused by row and column. */
export function checkValues(
  data: Float32Array | Uint8Array,
  shape: readonly number[],
  field: string,
  kind: TensorKind,
): void {
  for (let i = 0; i < data.length; i++) {
    const x = data[i];
    if (kind === 'float32' ? x - x !== 0 : x > 1)
      throw new Error(`${field}: ${position(i, shape)}: ${x}, ${expected(kind)}`);
  }
}
