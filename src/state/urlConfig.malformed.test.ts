/**
 * Malformed `?run=` links: each opens the lab with the default config and a message that
 * names the bad field (or the parameter, when it is not JSON at all), never a throw, never a
 * polluted prototype.
 */
import { describe, expect, test } from 'vitest';
import { runConfig } from '../core/config/validate';
import { readUrlConfig } from './urlConfig';

/** `?run=` with `value` percent-encoded, as a shared link carries it. */
const link = (value: string): string => `?run=${encodeURIComponent(value)}`;

interface MalformedLink {
  name: string;
  search: string;
  /** The message must contain this (each of these): the field, or the parameter, it names. */
  field: string | string[];
}

const links: MalformedLink[] = [
  {
    name: 'bad JSON',
    search: link('{"model":{"hidden":64}'),
    field: '"run" parameter is not valid JSON',
  },
  {
    name: 'JSON5-style unquoted keys',
    search: link('{model:{hidden:64}}'),
    field: '"run" parameter',
  },
  { name: 'an empty value', search: '?run=', field: '"run" parameter' },
  { name: 'a broken percent-escape', search: '?run=%7B%22seed%22%3A%2', field: '"run" parameter' },
  { name: 'a truncated UTF-8 escape', search: '?run=%E0%A4%A', field: '"run" parameter' },
  { name: 'a lone "%"', search: '?run=%', field: '"run" parameter' },
  {
    name: '"__proto__" at top level',
    search: link('{"__proto__":{"model":{"hidden":0}}}'),
    field: '__proto__',
  },
  {
    name: '"__proto__" beside a valid task',
    search: link('{"task":{"kind":"adding"},"__proto__":{"seed":3}}'),
    field: '__proto__',
  },
  {
    name: '"__proto__" inside the task',
    search: link('{"task":{"kind":"adding","__proto__":{"seqLen":3}}}'),
    field: ['task', '__proto__'],
  },
  {
    name: '"constructor" inside the model',
    search: link('{"model":{"constructor":{"prototype":{"x":1}}}}'),
    field: ['model', 'constructor'],
  },
  {
    name: '"prototype" at top level',
    search: link('{"prototype":{"polluted":true}}'),
    field: 'prototype',
  },
  {
    name: 'a huge number (1e400 → Infinity)',
    search: link('{"model":{"hidden":1e400}}'),
    field: 'model.hidden',
  },
  { name: 'a seed beyond 2³¹', search: link('{"seed":1e20}'), field: 'seed' },
  {
    name: 'a negative learning rate',
    search: link('{"training":{"learningRate":-1}}'),
    field: 'training.learningRate',
  },
  {
    name: 'a number as a string',
    search: link('{"model":{"hidden":"64"}}'),
    field: 'model.hidden',
  },
  { name: 'a boolean as a string', search: link('{"model":{"bias":"yes"}}'), field: 'model.bias' },
  {
    name: 'a fractional unit count',
    search: link('{"model":{"hidden":64.5}}'),
    field: 'model.hidden',
  },
  { name: 'an unknown top-level field', search: link('{"optimiser":"sgd"}'), field: 'optimiser' },
  {
    name: 'an unknown nested field',
    search: link('{"training":{"momentum":0.9}}'),
    field: ['training', 'momentum'],
  },
  {
    name: 'an unknown manifold',
    search: link('{"geometry":{"manifold":"projective"}}'),
    field: 'geometry.manifold',
  },
  { name: 'an unknown task kind', search: link('{"task":{"kind":"speech"}}'), field: 'task.kind' },
  {
    name: 'σ₂ below σ₁',
    search: link('{"inhibitor":{"kind":"dog","sigma1":5,"sigma2":1}}'),
    field: 'inhibitor.sigma2',
  },
  {
    name: 'a trained embedding with diffusion',
    search: link('{"geometry":{"embedding":"trained"},"inhibitor":{"kind":"diffusion"}}'),
    field: 'inhibitor.kind',
  },
  { name: 'a top-level array', search: link('[{"seed":1}]'), field: '(config)' },
  { name: 'a top-level null', search: link('null'), field: '(config)' },
  { name: 'a top-level number', search: link('42'), field: '(config)' },
  {
    name: 'nested garbage in a field',
    search: link('{"model":{"hidden":{"a":[{"b":null}]}}}'),
    field: 'model.hidden',
  },
  { name: 'an array where an object goes', search: link('{"model":[256,"relu"]}'), field: 'model' },
  {
    name: 'deep nesting',
    search: link(`${'{"model":'.repeat(500)}1${'}'.repeat(500)}`),
    field: 'model',
  },
  {
    name: 'too long (over 8,000 characters)',
    search: link(`{"seed":1,"pad":"${'x'.repeat(9000)}"}`),
    field: '"run" parameter is longer than 8000',
  },
];

describe('malformed ?run= links open with defaults and a message naming the field', () => {
  const defaults = runConfig({});

  test('there are at least 15 of them', () => {
    expect(links.length).toBeGreaterThanOrEqual(15);
  });

  for (const { name, search, field } of links) {
    test(name, () => {
      let read: ReturnType<typeof readUrlConfig> = null;
      expect(() => (read = readUrlConfig(search))).not.toThrow();
      expect(read).not.toBeNull();
      const { config, error } = read as unknown as NonNullable<typeof read>;
      expect(config).toEqual(defaults);
      expect(error).toMatch(/^Link ignored: /);
      for (const part of [field].flat()) expect(error).toContain(part);
    });
  }

  test('no link pollutes a prototype, and a good link still reads afterwards', () => {
    const keys = () =>
      [Object.prototype, Array.prototype].map((p) => Object.getOwnPropertyNames(p).sort());
    const before = keys();
    for (const { search } of links) readUrlConfig(search);
    expect(keys()).toEqual(before);
    const probe: Record<string, unknown> = {};
    for (const key of ['polluted', 'x', 'seed', 'seqLen', 'model'])
      expect(probe[key]).toBeUndefined();
    const good = readUrlConfig(link('{"task":{"kind":"adding"},"seed":3}'));
    expect(good?.error).toBeNull();
    expect(good?.config.seed).toBe(3);
  });

  test('the first "run" parameter counts; a later good one does not rescue a bad one', () => {
    const read = readUrlConfig(`${link('{"seed":-1}')}&run=${encodeURIComponent('{"seed":2}')}`);
    expect(read?.config).toEqual(defaults);
    expect(read?.error).toContain('seed');
  });
});
