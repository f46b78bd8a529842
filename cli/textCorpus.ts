/**
 * The text task's corpus from disk, for the CLI: the shipped one from public/, or the user's
 * file(s), checked by the core before any training starts.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunConfig } from '../src/core/config/schema';
import type { OptionSpec } from './flags';
import type { Result } from '../src/core/config/validate';
import type { TaskContext } from '../src/core/tasks';
import { decodeTextFile, SHIPPED_CORPUS, type TextSource } from '../src/core/tasks/text/corpus';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface TextFiles {
  /** The one text to split 90/5/5, or WikiText's training file when the other two are given. */
  text?: string;
  valid?: string;
  test?: string;
}

function readText(path: string): Result<string> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
  return decodeTextFile(bytes, path);
}

/** The corpus a run uses: the user's files when given, else the shipped text. */
export function readTextSource(files: TextFiles): Result<TextSource> {
  if ((files.valid === undefined) !== (files.test === undefined) || (files.valid && !files.text)) {
    return { ok: false, error: '--valid-file and --test-file go together, with --text-file' };
  }
  const paths = [
    files.text ?? resolve(root, 'public', SHIPPED_CORPUS.path),
    files.valid,
    files.test,
  ];
  const texts: string[] = [];
  for (const path of paths.filter((p) => p !== undefined)) {
    const text = readText(path);
    if (!text.ok) return text;
    texts.push(text.value);
  }
  const [train, valid, test] = texts;
  return { ok: true, value: texts.length === 3 ? { train, valid, test } : train };
}

/** The corpus flags of the CLIs that train (experiment, compare). */
export const textFileOptions = {
  'text-file': {
    type: 'string',
    value: 'FILE',
    help: 'text task: train on this UTF-8 .txt (split 90/5/5) instead of the shipped corpus',
  },
  'valid-file': {
    type: 'string',
    value: 'FILE',
    help: "with --text-file and --test-file: WikiText-2's three files",
  },
  'test-file': { type: 'string', value: 'FILE', help: 'see --valid-file' },
} as const satisfies Record<string, OptionSpec>;

/** The text task's corpus (checked before anything trains); other tasks need none. */
export function textContext(
  config: RunConfig,
  options: Record<string, string | boolean | undefined>,
): Result<TaskContext> {
  const file = (name: keyof typeof textFileOptions) => {
    const value = options[name];
    return typeof value === 'string' ? value : undefined;
  };
  const files = { text: file('text-file'), valid: file('valid-file'), test: file('test-file') };
  if (config.task.kind !== 'text') {
    const given = Object.values(files).some((f) => f !== undefined);
    return given ? { ok: false, error: '--text-file is for --task text' } : { ok: true, value: {} };
  }
  if ((config.task.corpus === 'custom') !== (files.text !== undefined)) {
    return { ok: false, error: 'task.corpus custom goes with --text-file FILE, shipped without' };
  }
  const source = readTextSource(files);
  return source.ok ? { ok: true, value: { text: source.value } } : source;
}
