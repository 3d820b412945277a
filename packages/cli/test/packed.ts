// The packages as a user gets them: `pnpm pack` of @geokg/core, extract and neo4j (built to JavaScript by
// their prepack), installed with npm into a project in the temporary folder, outside the workspace.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './run.ts';

const PACKAGES = ['core', 'extract', 'neo4j'];

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 600_000,
  });
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Runs `fn` holding .tmp/pack.lock: packing builds each package's dist/ in place, and two test files (or
 * two suites of one `pnpm test`) packing at once would write the same files. A lock whose holder died is
 * taken over.
 */
function underPackLock<T>(fn: () => T): T {
  const lock = join(ROOT, '.tmp', 'pack.lock');
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const deadline = Date.now() + 900_000;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      let holder = 0;
      try {
        holder = Number(readFileSync(join(lock, 'pid'), 'utf8'));
      } catch {
        // being created or removed right now
      }
      if (holder && !alive(holder)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`${lock} is held by process ${holder}`);
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A fresh project folder with the three packages installed by name; returns its path. */
export function installPacked(): string {
  const tarballs = mkdtempSync(join(tmpdir(), 'geokg-tgz-'));
  underPackLock(() => {
    for (const p of PACKAGES)
      run('pnpm', ['pack', '--pack-destination', tarballs], join(ROOT, 'packages', p));
  });
  const project = mkdtempSync(join(tmpdir(), 'geokg-user-'));
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'user', private: true, type: 'module' }),
  );
  const files = readdirSync(tarballs).map((f) => join(tarballs, f));
  // Third-party dependencies come from npm's cache or registry; the @geokg ones from the tarballs.
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...files], project);
  return project;
}
