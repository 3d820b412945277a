// Lines of a large text file, a chunk at a time: one await per 64 KiB instead of one per line (node:readline
// pays an event per line). Small chunks matter too: the claims made from a chunk die young, before the
// garbage collector moves them to the old generation - 1 MiB chunks doubled peak RSS at a million rows.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

export interface LineChunk {
  /** The chunk's complete lines, without their line ends ("\r\n" or "\n"). */
  lines: string[];
  /** 1-based line number of lines[0] in the file. */
  firstLine: number;
  /** Bytes of the file read so far. */
  bytesRead: number;
}

/** The lines of a text without their line ends ("\r\n" or "\n"). */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.charCodeAt(l.length - 1) === 13) lines[i] = l.slice(0, -1);
  }
  return lines;
}

/** `gzip`: the file is gzip-compressed (the store's segments); bytesRead then counts compressed bytes. */
export async function* readLineChunks(
  path: string,
  chunkBytes = 1 << 16,
  gzip = false,
): AsyncGenerator<LineChunk> {
  const file = createReadStream(
    path,
    gzip ? { highWaterMark: chunkBytes } : { encoding: 'utf8', highWaterMark: chunkBytes },
  );
  let stream: Readable = file;
  if (gzip) {
    stream = file.pipe(createGunzip({ chunkSize: chunkBytes }));
    file.on('error', (e) => stream.destroy(e));
    stream.setEncoding('utf8');
  }
  let rest = '';
  let next = 1;
  let bytesRead = 0;
  for await (const chunk of stream as AsyncIterable<string>) {
    bytesRead = file.bytesRead;
    const text = rest + chunk;
    const end = text.lastIndexOf('\n');
    if (end < 0) {
      rest = text;
      continue;
    }
    rest = text.slice(end + 1);
    const lines = splitLines(text.slice(0, end));
    yield { lines, firstLine: next, bytesRead };
    next += lines.length;
  }
  if (rest) yield { lines: [rest.endsWith('\r') ? rest.slice(0, -1) : rest], firstLine: next, bytesRead };
}
