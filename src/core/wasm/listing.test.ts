/**
 * Every WebAssembly module as text (WAT, by wabt's disassembler), checked in under ./listing: a
 * change to a kernel's bytes shows up as a readable diff of these files. Regenerate them with
 * `npx vitest run src/core/wasm/listing.test.ts -u` and review the diff like code.
 */
import { describe, expect, test } from 'vitest';
import wabtInit from 'wabt';
import { everyModule } from './testing';

const wabt = await wabtInit();

/** The module as folded text, named from its name section. */
function listing(bytes: Uint8Array): string {
  const module = wabt.readWasm(bytes, {
    readDebugNames: true,
    simd: true,
    relaxed_simd: true,
    threads: true,
  });
  try {
    module.applyNames();
    return module.toText({ foldExprs: true, inlineExport: true });
  } finally {
    module.destroy();
  }
}

describe('the WebAssembly kernels as text', () => {
  const modules = Object.entries(everyModule(true));

  test.each(modules)('%s: valid, and every function, parameter and local named', (_, bytes) => {
    // Relaxed SIMD is on in the tests (vitest.config.ts), as in Chromium.
    expect(WebAssembly.validate(bytes)).toBe(true);
    const text = listing(bytes);
    // Without names wabt prints indices: (func (;3;) …), (param i32), (local v128), local.get 4.
    expect(text).not.toMatch(/\(func \(;\d+;\)/);
    expect(text).not.toMatch(/^ *\(func .*\(param (i32|f32|v128)/m);
    expect(text).not.toMatch(/\(local (i32|f32|v128)/);
    expect(text).not.toMatch(/(local\.(get|set|tee)|call) \d+/);
  });

  test.each(modules)('%s: the listing is the checked-in one', async (key, bytes) => {
    await expect(listing(bytes)).toMatchFileSnapshot(`./listing/${key}.wat`);
  });

  test('without relaxed SIMD only the multiply-adds differ', () => {
    const plain = everyModule(false);
    for (const [key, bytes] of modules) {
      const relaxed = listing(bytes).split('\n');
      const lines = listing(plain[key]).split('\n');
      const fused = relaxed.filter((line) => line.includes('relaxed_madd')).length;
      expect(lines.some((line) => line.includes('relaxed'))).toBe(false);
      if (!fused) expect(lines).toEqual(relaxed);
    }
  });
});
