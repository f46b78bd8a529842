/** The assembler's encoders against bytes worked out by hand from the WebAssembly spec. */
import { describe, expect, test } from 'vitest';
import {
  assemble,
  f32Const,
  forLoop,
  frame,
  I32,
  i32Const,
  name,
  op,
  section,
  sleb,
  uleb,
  V128,
  vec,
  type Func,
} from './assembler';

describe('LEB128', () => {
  test('unsigned: 7 bits a byte, low first, the high bit says more follow', () => {
    expect(uleb(0)).toEqual([0x00]);
    expect(uleb(127)).toEqual([0x7f]);
    expect(uleb(128)).toEqual([0x80, 0x01]);
    expect(uleb(624485)).toEqual([0xe5, 0x8e, 0x26]);
    expect(uleb(65536)).toEqual([0x80, 0x80, 0x04]);
    expect(uleb(2 ** 32 - 1)).toEqual([0xff, 0xff, 0xff, 0xff, 0x0f]);
  });

  test('signed: ends when the rest is all sign bits and bit 6 agrees', () => {
    expect(sleb(0)).toEqual([0x00]);
    expect(sleb(63)).toEqual([0x3f]);
    expect(sleb(64)).toEqual([0xc0, 0x00]);
    expect(sleb(-1)).toEqual([0x7f]);
    expect(sleb(-64)).toEqual([0x40]);
    expect(sleb(-65)).toEqual([0xbf, 0x7f]);
    expect(sleb(-123456)).toEqual([0xc0, 0xbb, 0x78]);
    expect(sleb(-(2 ** 31))).toEqual([0x80, 0x80, 0x80, 0x80, 0x78]);
  });
});

describe('immediates, names and sections', () => {
  test('constants', () => {
    expect(i32Const(-1)).toEqual([0x41, 0x7f]);
    expect(i32Const(300)).toEqual([0x41, 0xac, 0x02]);
    expect(f32Const(1)).toEqual([0x43, 0x00, 0x00, 0x80, 0x3f]);
    expect(f32Const(-Infinity)).toEqual([0x43, 0x00, 0x00, 0x80, 0xff]);
  });

  test('a name is its UTF-8 bytes after their count', () => {
    expect(name('mem')).toEqual([3, 0x6d, 0x65, 0x6d]);
    expect(name('σ')).toEqual([2, 0xcf, 0x83]);
  });

  test('vectors and sections carry their length first', () => {
    expect(vec([[1], [2, 3]])).toEqual([2, 1, 2, 3]);
    expect(section(10, [1, 2, 3])).toEqual([10, 3, 1, 2, 3]);
    expect(section(0, new Array(200).fill(0)).slice(0, 3)).toEqual([0, 0xc8, 0x01]);
  });

  test('forLoop: block, loop, exit test, body, step, branch back', () => {
    const nop = 0x01;
    // prettier-ignore
    expect(forLoop(2, [op.get, 0], 4, [nop])).toEqual([
      0x41, 0, 0x21, 2,             // i32.const 0; local.set 2
      0x02, 0x40, 0x03, 0x40,       // block; loop
      0x20, 2, 0x20, 0, 0x4f,       // local.get 2; local.get 0; i32.ge_u
      0x0d, 1,                      // br_if 1 (out of the block)
      nop,
      0x20, 2, 0x41, 4, 0x6a, 0x21, 2, // local 2 += 4
      0x0c, 0, 0x0b, 0x0b,          // br 0 (the loop); end; end
    ]);
  });
});

describe('frame', () => {
  test('indices in declaration order, runs numbered, locals run-length encoded', () => {
    const f = frame({ A: I32, B: I32 }, { I: I32, J: I32, X: V128, ACC: [V128, 3] });
    expect(f.at).toEqual({ A: 0, B: 1, I: 2, J: 3, X: 4, ACC: 5 });
    expect(f.declaration).toEqual({
      params: [I32, I32],
      locals: [
        [2, I32],
        [4, V128],
      ],
      names: ['A', 'B', 'I', 'J', 'X', 'ACC0', 'ACC1', 'ACC2'],
    });
  });
});

describe('assemble', () => {
  const add: Func = {
    ...frame({ a: I32, b: I32 }).declaration,
    results: [I32],
    body: [op.get, 0, op.get, 1, op.i32Add],
  };

  test('a module with its own memory, byte for byte, and it runs', () => {
    const bytes = assemble([{ ...add, names: undefined }], { add: 0 }, { export: 'mem' });
    // prettier-ignore
    expect([...bytes]).toEqual([
      0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,                 // magic, version 1
      1, 7, 1, 0x60, 2, 0x7f, 0x7f, 1, 0x7f,              // types: (i32, i32) → i32
      3, 2, 1, 0,                                         // functions: #0 has type 0
      5, 3, 1, 0, 1,                                      // memory: min 1 page, no max
      7, 13, 2, 3, 0x61, 0x64, 0x64, 0, 0, 3, 0x6d, 0x65, 0x6d, 2, 0, // exports add, mem
      10, 9, 1, 7, 0, 0x20, 0, 0x20, 1, 0x6a, 0x0b,       // code: no locals, a + b
    ]);
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
    expect((exports.add as (a: number, b: number) => number)(2, 3)).toBe(5);
  });

  test('the name section: function names, then each function’s local names', () => {
    const bytes = assemble([{ ...add, name: 'add' }], { add: 0 }, { export: 'mem' });
    const [names] = WebAssembly.Module.customSections(new WebAssembly.Module(bytes), 'name');
    // prettier-ignore
    expect([...new Uint8Array(names)]).toEqual([
      1, 6, 1, 0, 3, 0x61, 0x64, 0x64,                    // function 0 is "add"
      2, 9, 1, 0, 2, 0, 1, 0x61, 1, 1, 0x62,              // its locals 0, 1 are "a", "b"
    ]);
    // The custom section itself: id 0, size, its name "name", then the above.
    expect([...bytes.slice(-26, -17)]).toEqual([0, 24, 4, 0x6e, 0x61, 0x6d, 0x65, 1, 6]);
  });

  test('an imported shared memory declares the maximum the spec allows', () => {
    const bytes = assemble([add], { add: 0 }, { import: 'env.memory', shared: true });
    // prettier-ignore
    const importSection = [
      2, 18, 1, 3, 0x65, 0x6e, 0x76, 6, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, // env.memory
      2, 3, 0, 0x80, 0x80, 0x04,                          // memory, shared, min 0, max 65536
    ];
    expect([...bytes.slice(17, 17 + importSection.length)]).toEqual(importSection);
    expect(WebAssembly.validate(bytes)).toBe(true);
  });
});
