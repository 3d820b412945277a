// Plain line files for the export's spill (spill.ts): appended through a byte buffer, read back a line at a time
// with synchronous reads (the export formats are synchronous generators), and merged in order of a number
// each line starts with. Lines never hold a line break: ids and JSON have none.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/** Bytes a writer buffers (at most: dozens write at once) and a reader reads at a time. */
const FLUSH = 1 << 18;

/**
 * Appends lines to a file, `flushBytes` at a time. Each line is copied into a byte buffer as it comes: a
 * buffered string would keep alive whatever it was sliced from (a whole chunk of a segment), for every
 * file written at once.
 */
export class LineWriter {
  private readonly fd: number;
  /** Let go at close: an export keeps its writers (and dozens of them) until it ends. */
  private buf: Buffer;
  private at = 0;

  constructor(
    readonly path: string,
    private readonly flushBytes = FLUSH,
  ) {
    this.fd = openSync(path, 'w');
    this.buf = Buffer.allocUnsafe(flushBytes);
  }

  write(line: string): void {
    // A UTF-16 unit takes at most 3 bytes in UTF-8: beyond that the line may not fit what is left.
    if (this.at + 3 * line.length + 1 > this.flushBytes) this.flush();
    if (3 * line.length + 1 > this.flushBytes) {
      writeSync(this.fd, line + '\n');
      return;
    }
    this.at += this.buf.write(line, this.at);
    this.buf[this.at++] = 10;
  }

  private flush(): void {
    if (this.at) writeSync(this.fd, this.buf, 0, this.at);
    this.at = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
    this.buf = Buffer.alloc(0);
  }
}

/** The lines of a file, read `chunkBytes` at a time. */
export function* readLines(path: string, chunkBytes = FLUSH): Generator<string> {
  const fd = openSync(path, 'r');
  const chunk = Buffer.alloc(chunkBytes);
  // The bytes after the last line break read so far: a chunk may end inside a line, or a character.
  let rest = Buffer.alloc(0);
  try {
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      const end = chunk.lastIndexOf(10, n - 1);
      if (end < 0) {
        rest = Buffer.concat([rest, chunk.subarray(0, n)]);
        continue;
      }
      const text = Buffer.concat([rest, chunk.subarray(0, end)]).toString('utf8');
      rest = Buffer.from(chunk.subarray(end + 1, n));
      for (const line of text.split('\n')) if (line) yield line;
    }
    if (rest.length) yield rest.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** A line starting `<number>\t`: its number and what follows the tab. */
export function splitSeq(line: string): [seq: number, rest: string] {
  const tab = line.indexOf('\t');
  return [Number(line.slice(0, tab)), line.slice(tab + 1)];
}

/**
 * The lines of several files, each in increasing order of its leading number, merged into one increasing
 * order (the numbers are distinct across files); yields what follows each number.
 */
export function* mergeBySeq(paths: readonly string[]): Generator<string> {
  const heads = paths.map((p) => {
    // Many files are open at once here: a smaller buffer each.
    const lines = readLines(p, 1 << 16);
    return { lines, head: next(lines) };
  });
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i]!.head;
      if (h && (best < 0 || h[0] < heads[best]!.head![0])) best = i;
    }
    if (best < 0) return;
    const h = heads[best]!;
    yield h.head![1];
    h.head = next(h.lines);
  }
}

function next(lines: Generator<string>): [number, string] | undefined {
  const r = lines.next();
  return r.done ? undefined : splitSeq(r.value);
}
