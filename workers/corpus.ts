/**
 * The text the text task trains on, held in the worker beside the config (a corpus is too
 * big for a config or a link): the shipped public-domain book, fetched once from this
 * origin, or the file the user loaded.
 */
import type { RunConfig } from '../src/core/config/schema';
import type { Result } from '../src/core/config/validate';
import { decodeTextFile, SHIPPED_CORPUS, type TextSource } from '../src/core/tasks/text';
import type { TaskContext } from '../src/core/tasks/types';

export interface LoadedText {
  name: string;
  bytes: number;
}

export class CorpusHolder {
  private shipped: Promise<string> | null = null;
  private custom: { source: TextSource; info: LoadedText } | null = null;

  /** Decodes a user's file; a refused file leaves the previous text in place. */
  load(bytes: ArrayBuffer, name: string): Result<LoadedText> {
    const decoded = decodeTextFile(bytes, name);
    if (!decoded.ok) return decoded;
    this.custom = { source: decoded.value, info: { name, bytes: bytes.byteLength } };
    return { ok: true, value: this.custom.info };
  }

  /** What the Trainer needs beside this config, or why it cannot have it yet. */
  async contextFor(config: RunConfig): Promise<Result<TaskContext>> {
    if (config.task.kind !== 'text') return { ok: true, value: {} };
    if (config.task.corpus === 'custom') {
      if (!this.custom)
        return { ok: false, error: 'task.corpus: load a text file first (Task → Load text file)' };
      return { ok: true, value: { text: this.custom.source } };
    }
    try {
      return { ok: true, value: { text: await this.shippedText() } };
    } catch (e) {
      this.shipped = null;
      return {
        ok: false,
        error: `task.corpus: the shipped corpus could not be read (${(e as Error).message})`,
      };
    }
  }

  private shippedText(): Promise<string> {
    this.shipped ??= fetch(
      new URL(`${import.meta.env.BASE_URL}${SHIPPED_CORPUS.path}`, self.location.origin),
    ).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    });
    return this.shipped;
  }
}
