// Reading a segment file and proving it is the one its commit wrote: the manifest records each file's
// size and SHA-256 (format.ts, FileCheck); the size is checked before the first line is read, the hash as
// the bytes stream past (no second read), and a file that ends inside a line is cut short whatever the
// manifest says. A damaged segment is a StoreError (exit 3) naming it and the repair.
import { createReadStream, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { StoreError } from './errors.ts';
import type { FileCheck } from './format.ts';

/** A segment that is not what its commit wrote (exit 3); the message names it and the repair. */
export class DamagedSegmentError extends StoreError {
  override name = 'DamagedSegmentError';
  constructor(
    readonly segment: string,
    readonly detail: string,
    dir: string,
  ) {
    super(
      `geokg store: ${dir}: segment ${segment} is damaged (${detail}). Run "geokg repair --store ${dir}" to go back to the last whole version (then import again what it drops), or rebuild the store by importing again`,
    );
  }
}

export const damaged = (dir: string, segment: string, detail: string): DamagedSegmentError =>
  new DamagedSegmentError(segment, detail, dir);

export interface SegmentFile {
  dir: string;
  segment: string;
  file: string;
  /** Absent for segments written before checks were recorded. */
  check?: FileCheck | undefined;
  /** Every line ends in "\n" (version 2 and later). */
  terminated: boolean;
  /** Gzip members (version 3 and later); the check is of the compressed bytes. */
  gzip?: boolean;
}

/** The non-empty lines of a segment file, a chunk at a time; throws `damaged` when it is not whole. */
export async function* segmentLines(f: SegmentFile, chunkBytes = 1 << 20): AsyncGenerator<string[]> {
  const path = join(f.dir, f.file);
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw damaged(f.dir, f.segment, `${f.file} cannot be read: ${code ?? (e as Error).message}`);
  }
  if (f.check && size !== f.check.bytes)
    throw damaged(f.dir, f.segment, `${f.file} has ${size} bytes, its commit wrote ${f.check.bytes}`);
  const hash = f.check ? createHash('sha256') : undefined;
  const decoder = new StringDecoder('utf8');
  let rest = '';
  const raw = createReadStream(path, { highWaterMark: chunkBytes });
  if (hash) raw.on('data', (b) => hash.update(b as Buffer));
  let source: NodeJS.ReadableStream = raw;
  if (f.gzip) {
    const gunzip = createGunzip({ chunkSize: chunkBytes });
    raw.on('error', (e) => gunzip.destroy(e));
    source = raw.pipe(gunzip);
  }
  try {
    for await (const buf of source as AsyncIterable<Buffer>) {
      const text = rest + decoder.write(buf);
      const end = text.lastIndexOf('\n');
      if (end < 0) {
        rest = text;
        continue;
      }
      rest = text.slice(end + 1);
      yield lines(text.slice(0, end));
    }
  } catch (e) {
    // zlib's errors (a cut or altered member) say the file is not what was written.
    if ((e as { errno?: unknown }).errno !== undefined && /^Z_/.test(String((e as { code?: unknown }).code)))
      throw damaged(f.dir, f.segment, `${f.file} is not whole gzip (${(e as Error).message})`);
    throw e;
  }
  rest += decoder.end();
  if (hash && hash.digest('hex') !== f.check!.sha256)
    throw damaged(f.dir, f.segment, `${f.file} does not have the SHA-256 its commit recorded`);
  if (rest && f.terminated) throw damaged(f.dir, f.segment, `${f.file} ends in the middle of a line`);
  if (rest) yield lines(rest);
}

function lines(text: string): string[] {
  const out = text.split('\n');
  for (let i = 0; i < out.length; i++) if (out[i]!.endsWith('\r')) out[i] = out[i]!.slice(0, -1);
  return out.filter((l) => l);
}
