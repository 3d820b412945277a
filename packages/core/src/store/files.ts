// Small file helpers for the store: atomic replace, line reading, the writer lock.
import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { StoreError } from './errors.ts';

/** Writes a file under a temporary name, flushes it, then renames it over the target. */
export function writeAtomic(path: string, data: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** Takes the writer lock, or throws when a live process holds it; a lock left by a dead process is taken over. */
export function takeLock(path: string): () => void {
  try {
    writeFileSync(path, String(process.pid), { flag: 'wx' });
  } catch {
    const pid = Number(readFileSync(path, 'utf8'));
    if (pid && alive(pid)) {
      throw new StoreError(
        `geokg store: ${path} says process ${pid} is writing this store; wait for it to finish (or delete the file if that process is gone)`,
      );
    }
    writeFileSync(path, String(process.pid));
  }
  return () => {
    try {
      unlinkSync(path);
    } catch {
      /* already gone */
    }
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
