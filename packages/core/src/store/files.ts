// Small file helpers for the store: temporary names, flushed writes, making a rename survive a power loss.
import { closeSync, fsyncSync, openSync, unlinkSync, writeSync } from 'node:fs';

/** The temporary name a writer gives `path`; the next lock holder removes what a crash leaves (format.ts). */
export const tmpName = (path: string): string => `${path}.tmp-${process.pid}`;

/** Flushes a folder's entries, so a rename into it survives a power loss (a file's fsync does not). */
export function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes a whole file and flushes it to disk. */
export function writeSynced(path: string, data: string): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Removes a file that may not be there. */
export function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* not there */
  }
}
