// The writer lock: `.lock` in the store folder holds the pid of the one process writing the store.
// It appears atomically with its content (written to a private file, then hard-linked into place, which
// fails when the name exists), so a second writer either gets the whole lock or a clear refusal. A lock
// whose process is gone (or is a zombie nobody has reaped) is stale; only the holder of a short-lived
// `.lock.takeover` may remove one, after checking under it that the lock is still the stale one it saw,
// so two writers racing to take over never both win.
import { linkSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { StoreError } from './errors.ts';

/** A takeover file older than this was left by a process killed in its few microseconds of holding it. */
const TAKEOVER_STALE_MS = 5_000;

/** Takes the lock at `path`, or throws StoreError when a live process holds it. Returns the release. */
export function takeLock(path: string): () => void {
  const mine = `${path}.${process.pid}`;
  writeFileSync(mine, String(process.pid));
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      if (tryLink(mine, path)) return () => removeQuietly(path);
      const holder = readPid(path);
      if (holder === undefined) continue; // released between our link and our read: try again
      if (holder === process.pid || alive(holder)) {
        throw new StoreError(
          `geokg store: ${path} says process ${holder} is writing this store; wait for it to finish (or delete the file if that process is gone)`,
        );
      }
      removeStale(path, holder);
    }
    throw new StoreError(`geokg store: could not take ${path}: other writers keep taking it; try again`);
  } finally {
    removeQuietly(mine);
  }
}

/** Removes the lock at `path` if it still names the dead `holder`, under the takeover lock. */
function removeStale(path: string, holder: number): void {
  const takeover = `${path}.takeover`;
  const mine = `${takeover}.${process.pid}`;
  writeFileSync(mine, String(process.pid));
  try {
    if (!tryLink(mine, takeover)) {
      // Someone else is taking over; theirs is broken only when it is older than any takeover takes.
      const age = ageMs(takeover);
      if (age !== undefined && age > TAKEOVER_STALE_MS) removeQuietly(takeover);
      return;
    }
    try {
      if (readPid(path) === holder && !alive(holder)) removeQuietly(path);
    } finally {
      removeQuietly(takeover);
    }
  } finally {
    removeQuietly(mine);
  }
}

function tryLink(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

function readPid(path: string): number | undefined {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : 0;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

function ageMs(path: string): number | undefined {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}

/** True when `pid` runs: it exists, and on Linux it is not a zombie (state Z or X in /proc/PID/stat). */
export function alive(pid: number): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: it exists, under another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) S ..." — comm may hold spaces and parentheses, so the state follows the last ")".
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return true; // no /proc (not Linux): kill(0) is all we know
  }
}
