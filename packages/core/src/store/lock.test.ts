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

/** A zombie: a child that has exited and that its parent (perl, sleeping) never reaps. */
async function zombie(): Promise<{ pid: number; stop: () => void }> {
  const script = '$| = 1; $SIG{CHLD} = "DEFAULT"; my $c = fork(); exit 0 unless $c; print "$c\\n"; sleep 30;';
  const parent = spawn('perl', ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
  const pid = await new Promise<number>((done) => parent.stdout.once('data', (d) => done(Number(String(d)))));
  const state = () => readFileSync(`/proc/${pid}/stat`, 'utf8');
  for (let i = 0; i < 300 && !state().includes(') Z'); i++) await new Promise((r) => setTimeout(r, 10));
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

  it.runIf(existsSync('/proc/self/stat') && spawnSync('perl', ['-v']).status === 0)(
    'counts a zombie as dead',
    async () => {
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
    },
  );

  it('leaves no private files behind', () => {
    const dir = tmp();
    const path = join(dir, '.lock');
    writeFileSync(path, String(deadPid()));
    takeLock(path)();
    expect(existsSync(`${path}.${process.pid}`)).toBe(false);
    expect(existsSync(`${path}.takeover`)).toBe(false);
  });
});
