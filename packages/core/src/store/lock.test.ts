import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from './errors.ts';
import { alive, takeLock } from './lock.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'geokg-lock-'));

/** The pid of a process that has exited and been reaped. */
const deadPid = (): number => spawnSync('true').pid!;

/** A zombie: a child of `sleep` (which never reaps) that has exited. Resolves with its pid and a stop. */
async function zombie(): Promise<{ pid: number; stop: () => void }> {
  const parent = spawn('sh', ['-c', 'true & echo $!; exec sleep 30'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const pid = await new Promise<number>((done) => parent.stdout.once('data', (d) => done(Number(String(d)))));
  for (let i = 0; i < 300 && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z'); i++)
    await new Promise((r) => setTimeout(r, 10));
  return { pid, stop: () => parent.kill('SIGKILL') };
}

describe('takeLock', () => {
  it('holds the pid, refuses a second taker while held, and can be taken again once released', () => {
    const path = join(tmp(), '.lock');
    const release = takeLock(path);
    expect(readFileSync(path, 'utf8')).toBe(String(process.pid));
    expect(() => takeLock(path)).toThrow(StoreError);
    release();
    expect(existsSync(path)).toBe(false);
    takeLock(path)();
  });

  it('refuses a lock held by a live process', () => {
    const path = join(tmp(), '.lock');
    writeFileSync(path, String(process.ppid));
    expect(() => takeLock(path)).toThrow(/process \d+ is writing this store/);
    expect(readFileSync(path, 'utf8')).toBe(String(process.ppid));
  });

  it('takes over a lock left by a dead process, or an empty one', () => {
    const dir = tmp();
    const path = join(dir, '.lock');
    writeFileSync(path, String(deadPid()));
    takeLock(path)();
    writeFileSync(path, '');
    takeLock(path)();
  });

  it.runIf(existsSync('/proc/self/stat'))('counts a zombie as dead', async () => {
    const z = await zombie();
    try {
      expect(readFileSync(`/proc/${z.pid}/stat`, 'utf8')).toContain(') Z');
      expect(alive(z.pid)).toBe(false);
      const path = join(tmp(), '.lock');
      writeFileSync(path, String(z.pid));
      takeLock(path)();
    } finally {
      z.stop();
    }
  });

  it('leaves no private files behind', () => {
    const dir = tmp();
    const path = join(dir, '.lock');
    writeFileSync(path, String(deadPid()));
    takeLock(path)();
    expect(existsSync(`${path}.${process.pid}`)).toBe(false);
    expect(existsSync(`${path}.takeover`)).toBe(false);
  });
});
