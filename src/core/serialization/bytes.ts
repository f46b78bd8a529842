/**
 * Where run files are written to and read from, in pieces: a sink takes chunks as they are
 * made (a file descriptor in the CLI, Blob parts in the lab), a source hands out byte ranges
 * (a Blob: a File in the lab, fs.openAsBlob in Node), so no file is ever one string or buffer.
 */

export interface ByteSink {
  /** Called with each chunk in order; the chunk may be a view of a tensor, used only now. */
  write(chunk: Uint8Array): void | Promise<void>;
}

export interface ByteSource {
  readonly size: number;
  /** Bytes [offset, offset + length); fewer only past the end. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A Blob (a File) as a source: each read is a slice, so only that range is in memory. */
export function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (offset, length) =>
      new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

/** Collects chunks as Blob parts (each copied into its own small Blob at once). */
export class BlobSink implements ByteSink {
  private readonly parts: Blob[] = [];
  bytes = 0;

  write(chunk: Uint8Array): void {
    this.parts.push(new Blob([chunk as Uint8Array<ArrayBuffer>]));
    this.bytes += chunk.length;
  }

  blob(type: string): Blob {
    return new Blob(this.parts, { type });
  }
}

/** Text chunks as UTF-8 bytes, flushed to the sink once `size` characters have gathered. */
export class TextWriter {
  private readonly encoder = new TextEncoder();
  private pending: string[] = [];
  private length = 0;

  constructor(
    private readonly sink: ByteSink,
    private readonly size = 1 << 20,
  ) {}

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.length += text.length;
    if (this.length >= this.size) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.length = 0;
    await this.sink.write(this.encoder.encode(text));
  }
}
