// A large file as chunks of whole lines, in bytes: for handing to worker threads, which decode their own
// chunks (decoding is part of the work shared out). Each chunk owns its memory, so it can be transferred.
import { open } from 'node:fs/promises';

export interface ByteChunk {
  /** Whole lines, the last one ending the chunk (or the file). */
  bytes: Buffer;
  /** 1-based line number of the chunk's first line. */
  firstLine: number;
  /** Bytes of the file up to the end of this chunk. */
  end: number;
}

const NL = 10;

function countLines(b: Buffer): number {
  let n = 0;
  for (let i = b.indexOf(NL); i >= 0; i = b.indexOf(NL, i + 1)) n++;
  return n;
}

export async function* readByteChunks(path: string, chunkBytes = 1 << 18): AsyncGenerator<ByteChunk> {
  const fh = await open(path, 'r');
  try {
    let carry = Buffer.alloc(0);
    let line = 1;
    let pos = 0;
    for (;;) {
      const buf = Buffer.allocUnsafeSlow(carry.length + chunkBytes);
      carry.copy(buf);
      const { bytesRead } = await fh.read(buf, carry.length, chunkBytes, pos);
      pos += bytesRead;
      const len = carry.length + bytesRead;
      if (!bytesRead) {
        if (len) yield { bytes: buf.subarray(0, len), firstLine: line, end: pos };
        return;
      }
      const last = buf.lastIndexOf(NL, len - 1);
      if (last < 0) {
        // A line longer than a chunk: keep reading until it ends.
        carry = Buffer.from(buf.subarray(0, len));
        continue;
      }
      carry = Buffer.from(buf.subarray(last + 1, len));
      const bytes = buf.subarray(0, last + 1);
      const firstLine = line;
      // Counted before the chunk is handed on: a consumer may transfer its memory to another thread.
      line += countLines(bytes);
      yield { bytes, firstLine, end: pos - carry.length };
    }
  } finally {
    await fh.close();
  }
}
