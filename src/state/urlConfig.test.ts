import { describe, expect, test } from 'vitest';
import { runConfig } from '../core/config/validate';
import { readUrlConfig, urlForConfig } from './urlConfig';

describe('config in the URL', () => {
  test('a config round-trips through a link, seed included', () => {
    const config = runConfig({
      task: { kind: 'adding', seqLen: 30 },
      geometry: { manifold: 'klein' },
      seed: 42,
    });
    const url = urlForConfig(config, 'http://localhost/');
    const read = readUrlConfig(new URL(url).search);
    expect(read?.error).toBeNull();
    expect(read?.config).toEqual(config);
    expect(url).toContain('seed');
  });

  test('no parameter: null, so the lab opens on its default', () => {
    expect(readUrlConfig('')).toBeNull();
  });

  test('an invalid link opens with defaults and a message naming the bad field', () => {
    const read = readUrlConfig(`?run=${encodeURIComponent('{"model":{"hidden":0}}')}`);
    expect(read?.config).toEqual(runConfig({}));
    expect(read?.error).toContain('model.hidden');
    expect(readUrlConfig('?run=%7Bnot-json')?.error).toContain('not valid JSON');
    expect(readUrlConfig(`?run=${'x'.repeat(9000)}`)?.error).toContain('longer than');
  });
});
