/**
 * Malformed files at the level of the file itself: not JSON, not an object, the wrong format
 * or version, a missing or extra top-level field, prototype keys anywhere a key can go, and a
 * file over the size cap.
 */
import { MAX_RUN_FILE_BYTES } from '../../src/core/serialization/runIO';
import { garbage, type EditableRun, type Mutation } from './mutation';

const notJson: Mutation[] = [
  { name: 'empty file', expectedField: 'file', raw: () => '' },
  { name: 'only whitespace', expectedField: 'file', raw: () => ' \n\t\r\n ' },
  {
    name: 'truncated JSON (first half)',
    expectedField: 'file',
    raw: (v) => v.slice(0, v.length >> 1),
  },
  { name: 'truncated JSON (last brace lost)', expectedField: 'file', raw: (v) => v.slice(0, -1) },
  { name: 'binary garbage', expectedField: 'file', raw: () => garbage(4096) },
  { name: 'NUL bytes before the JSON', expectedField: 'file', raw: (v) => '\0\0\0\0' + v },
  { name: 'byte-order mark + JSON', expectedField: 'file', raw: (v) => '\uFEFF' + v },
  { name: 'trailing garbage after the JSON', expectedField: 'file', raw: (v) => v + ' x' },
  { name: 'two JSON documents', expectedField: 'file', raw: (v) => v + '\n' + v },
  { name: 'a comment before the JSON', expectedField: 'file', raw: (v) => '// run\n' + v },
  { name: 'single-quoted strings', expectedField: 'file', raw: (v) => v.replaceAll('"', "'") },
  {
    name: 'a bare NaN literal in a weight',
    expectedField: 'file',
    raw: (v) => v.replace('"whh":[[', '"whh":[[NaN,'),
  },
  {
    name: 'a bare Infinity literal in a weight',
    expectedField: 'file',
    raw: (v) => v.replace('"whh":[[', '"whh":[[Infinity,'),
  },
  {
    name: 'over the size cap (padded with spaces)',
    expectedField: ['file', `${MAX_RUN_FILE_BYTES / 1024 / 1024} MB`],
    raw: (v) => v.padEnd(MAX_RUN_FILE_BYTES + 1, ' '),
    large: true,
  },
  {
    // About half as many characters as the cap, but each "é" is two bytes in UTF-8, which is
    // what File.size counts.
    name: 'over the size cap in UTF-8 bytes, not in characters (padded with "é")',
    expectedField: ['file', `${MAX_RUN_FILE_BYTES / 1024 / 1024} MB`],
    raw: (v) => v + 'é'.repeat(MAX_RUN_FILE_BYTES / 2 + 1),
    large: true,
  },
];

const notAnObject: Mutation[] = [
  { name: 'top level null', expectedField: 'file', raw: () => 'null' },
  { name: 'top level empty array', expectedField: 'file', raw: () => '[]' },
  { name: 'top level array holding the run', expectedField: 'file', raw: (v) => `[${v}]` },
  { name: 'top level number', expectedField: 'file', raw: () => '42' },
  { name: 'top level string', expectedField: 'file', raw: () => '"moduli-lab-run"' },
  { name: 'top level true', expectedField: 'file', raw: () => 'true' },
];

const set =
  (key: string, value: unknown) =>
  (f: EditableRun): void => {
    f[key] = value;
  };

const formatAndVersion: Mutation[] = [
  { name: 'format: another string', expectedField: 'format', mutate: set('format', 'some-run') },
  { name: 'format: null', expectedField: 'format', mutate: set('format', null) },
  { name: 'version 0 (older than any)', expectedField: 'version', mutate: set('version', 0) },
  { name: 'version 2 (newer)', expectedField: 'version', mutate: set('version', 2) },
  { name: "version '1' (a string)", expectedField: 'version', mutate: set('version', '1') },
  { name: 'version 1.5', expectedField: 'version', mutate: set('version', 1.5) },
  { name: 'version -1', expectedField: 'version', mutate: set('version', -1) },
  { name: 'version null', expectedField: 'version', mutate: set('version', null) },
  { name: 'appVersion a number', expectedField: 'appVersion', mutate: set('appVersion', 1) },
  {
    name: 'createdAt longer than 50 characters',
    expectedField: 'createdAt',
    mutate: set('createdAt', 'x'.repeat(51)),
  },
];

/** Every field the exporter writes; topology is optional and the exporter omits it here. */
const topLevelFields = [
  'format',
  'version',
  'appVersion',
  'createdAt',
  'config',
  'step',
  'lottery',
  'weights',
  'masks',
  'embedding',
  'optimizer',
  'coefficients',
  'metrics',
  'validation',
];

const missingFields: Mutation[] = topLevelFields.map((field) => ({
  name: `missing top-level field ${field}`,
  expectedField: field,
  mutate: (f) => {
    delete f[field];
  },
}));

/** Adds `key` as an own field of the object at `path`; JSON.parse would do the same. */
const ownKey =
  (path: string[], key: string, value: unknown) =>
  (f: EditableRun): void => {
    const target = path.reduce<EditableRun>((o, k) => o[k], f);
    Object.defineProperty(target, key, { value, enumerable: true, writable: true });
  };

const prototypeKeys = ['__proto__', 'constructor', 'prototype'];
const polluting = { polluted: true, model: { hidden: 9 } };
const extraKeys: Mutation[] = [
  { name: 'extra top-level key', expectedField: 'extra', mutate: set('extra', 1) },
  ...prototypeKeys.flatMap((key): Mutation[] => [
    { name: `"${key}" at top level`, expectedField: key, mutate: ownKey([], key, polluting) },
    {
      name: `"${key}" in config`,
      expectedField: ['config', key],
      mutate: ownKey(['config'], key, polluting),
    },
    {
      name: `"${key}" in config.model`,
      expectedField: ['config.model', key],
      mutate: ownKey(['config', 'model'], key, polluting),
    },
    {
      name: `"${key}" in weights`,
      expectedField: `weights.${key}`,
      mutate: ownKey(['weights'], key, [[1]]),
    },
    {
      name: `"${key}" in masks`,
      expectedField: `masks.${key}`,
      mutate: ownKey(['masks'], key, [[1]]),
    },
  ]),
  {
    name: '"__proto__" in optimizer.m',
    expectedField: 'optimizer.m.__proto__',
    mutate: ownKey(['optimizer', 'm'], '__proto__', [[1]]),
  },
  {
    name: '"constructor" in embedding',
    expectedField: ['embedding', 'constructor'],
    mutate: ownKey(['embedding'], 'constructor', 1),
  },
  {
    name: '"__proto__" in a metric point',
    expectedField: ['metrics.0', '__proto__'],
    mutate: ownKey(['metrics', '0'], '__proto__', { step: 1 }),
  },
];

export const fileMutations: Mutation[] = [
  ...notJson,
  ...notAnObject,
  ...formatAndVersion,
  ...missingFields,
  ...extraKeys,
];
