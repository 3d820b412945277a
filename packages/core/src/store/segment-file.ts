// A segment file as a commit writes it (gzip from version 3): through one reused buffer (a million claims make no million strings
// to join), under a temporary name until the commit renames it, with its size and SHA-256 taken as the
// bytes go out for the manifest (format.ts, FileCheck). A full disk or another I/O failure is a StoreError
// (exit 3) saying that nothing was committed, never a stack trace.
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { basename, dirname } from 'node:path';
import { StoreError } from './errors.ts';
import type { FileCheck } from './format.ts';

const BUFFER_BYTES = 1 << 20;

/** What a failed write means for the user: which file, why, and that the store is as it was. */
export function writeFailed(e: unknown, path: string): unknown {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (typeof code !== 'string' || e instanceof StoreError) return e;
  const why =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'no space left on the device'
      : code === 'EROFS' || code === 'EACCES' || code === 'EPERM'
        ? 'the folder cannot be written'
        : `${code}: ${(e as Error).message}`;
  return new StoreError(
    `geokg store: ${dirname(path)}: writing ${basename(path)} failed (${why}); nothing was committed and the store is as it was. Free space (or fix the folder) and run the command again`,
    { cause: e },
  );
}

export class SegmentFile {
  private readonly fd: number;
  private readonly buf = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  private bytes = 0;
  private readonly hash = createHash('sha256');
  private closed = false;
  private renamed = false;
  private members = 0;

  constructor(
    readonly tmp: string,
    readonly final: string,
    /** Each flush becomes one gzip member (level 1: the fastest; text still shrinks about fourfold). */
    private readonly gzip = false,
  ) {
    this.fd = this.io(() => openSync(tmp, 'w'));
  }

  /** Runs a file operation, turning its failure into a StoreError. */
  private io<T>(op: () => T): T {
    try {
      return op();
    } catch (e) {
      throw writeFailed(e, this.final);
    }
  }

  /** Writes bytes (compressed when gzip), counting and hashing what reaches the file. */
  private out(text: Uint8Array): void {
    this.members++;
    const bytes = this.gzip ? gzipSync(text, { level: 1 }) : text;
    this.io(() => writeSync(this.fd, bytes));
    this.hash.update(bytes);
    this.bytes += bytes.length;
  }

  /** Whole lines, each ending in "\n". */
  writeBytes(bytes: Uint8Array): void {
    if (!bytes.length) return;
    if (this.used + bytes.length > this.buf.length) {
      this.flush();
      if (bytes.length > this.buf.length) return this.out(bytes);
    }
    this.buf.set(bytes, this.used);
    this.used += bytes.length;
  }

  write(line: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit; a line that may not fit is flushed around.
    if (this.used + line.length * 3 + 1 > this.buf.length) {
      this.flush();
      if (line.length * 3 + 1 > this.buf.length) return this.out(Buffer.from(line + '\n', 'utf8'));
    }
    this.used += this.buf.write(line, this.used, 'utf8');
    this.buf[this.used++] = 10;
  }

  private flush(): void {
    if (this.used) this.out(this.buf.subarray(0, this.used));
    this.used = 0;
  }

  /** Flushes the file to disk and closes it, still under its temporary name; its size and SHA-256. */
  finish(): FileCheck {
    this.flush();
    // An empty file is no gzip file: one empty member makes it one that gunzip reads as nothing.
    if (this.gzip && !this.members) this.out(new Uint8Array(0));
    this.io(() => fsyncSync(this.fd));
    this.closed = true;
    this.io(() => closeSync(this.fd));
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  rename(): void {
    this.io(() => renameSync(this.tmp, this.final));
    this.renamed = true;
  }

  /** Removes the file, whichever name it has now; only for a commit that did not swap the manifest. */
  discard(): void {
    if (!this.closed) {
      this.closed = true;
      try {
        closeSync(this.fd);
      } catch {
        /* already closed */
      }
    }
    try {
      unlinkSync(this.renamed ? this.final : this.tmp);
    } catch {
      /* never written */
    }
  }
}
