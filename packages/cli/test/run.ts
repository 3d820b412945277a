// Runs the real `geokg` command in a child process, as a user or a script would.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess, StdioOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const MAIN = join(ROOT, 'packages/cli/src/main.ts');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** A module loaded before the command (node --import), e.g. one that plants a fault. */
  preload?: string;
}

export function geokg(args: string[], opts: RunOptions = {}): Run {
  const preload = opts.preload ? ['--import', opts.preload] : [];
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...preload, MAIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, GEOKG_NO_PROGRESS: '1', ...opts.env },
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The command as a child process, for tests that signal it (SIGKILL, SIGCONT), race it or read it as it
 * runs; `stdio` as node:child_process takes it (default: pipes).
 */
export function spawnGeokg(args: string[], opts: RunOptions & { stdio?: StdioOptions } = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, GEOKG_NO_PROGRESS: '1', ...opts.env },
    stdio: opts.stdio ?? 'pipe',
  });
}

/** geokg() without blocking this process's event loop (for tests that serve something to the command). */
export function geokgAsync(args: string[], opts: RunOptions & { timeoutMs?: number } = {}): Promise<Run> {
  const child = spawnGeokg(args, opts);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += String(d)));
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
  return new Promise((done) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code: code ?? -1, stdout, stderr });
    }),
  );
}

/** Every file of a folder with the hash of its bytes, or null when the folder does not exist. */
export function snapshot(dir: string): Record<string, string> | null {
  if (!existsSync(dir)) return null;
  return Object.fromEntries(
    readdirSync(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}
