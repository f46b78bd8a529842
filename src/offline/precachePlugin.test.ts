import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { injectManifest, precacheManifest } from './precachePlugin';

describe('the precache manifest of a build', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'precache-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<html></html>');
    writeFileSync(join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
    writeFileSync(join(dir, 'sw.js'), 'worker');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every file but the worker, and its version follows the content', () => {
    const first = precacheManifest(dir);
    expect(first.files).toEqual(['assets/app-1234.js', 'index.html']);
    expect(first.version).toMatch(/^[0-9a-f]{16}$/);
    expect(precacheManifest(dir).version).toBe(first.version);
    writeFileSync(join(dir, 'sw.js'), 'another worker'); // the worker itself is not hashed
    expect(precacheManifest(dir).version).toBe(first.version);
    writeFileSync(join(dir, 'index.html'), '<html><title>new</title></html>');
    expect(precacheManifest(dir).version).not.toBe(first.version);
  });

  it("writes the manifest into the worker's placeholder, in any quotes, or refuses", () => {
    const manifest = { version: 'abc', files: ['a "quoted" name.js'] };
    for (const quote of ['"', "'", '`']) {
      const source = `const m=JSON.parse(${quote}__PRECACHE_MANIFEST__${quote});`;
      const literal = /JSON\.parse\((.*)\);/.exec(injectManifest(source, manifest))![1];
      expect(JSON.parse(JSON.parse(literal))).toEqual(manifest);
    }
    expect(() => injectManifest('const m = 1;', manifest)).toThrow(/placeholder is missing/);
  });
});
