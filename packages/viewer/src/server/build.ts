// Builds the browser app with Vite into packages/viewer/dist when the build is missing or older than
// its sources. A content fingerprint (not mtimes) decides, so a fresh checkout or `git stash` cannot fool it.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ViewerError } from './errors.ts';

export const VIEWER_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_DIST_DIR = join(VIEWER_ROOT, 'dist');
const STAMP = '.geokg-build.json';
const INPUTS = ['index.html', 'vite.config.ts', 'package.json', 'src/app', 'src/shared'];

function listFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => (name.endsWith('.test.ts') ? [] : listFiles(join(path, name))));
}

/** Hash of every file the build reads from this package (dependencies are pinned by the lockfile). */
export function sourceFingerprint(root = VIEWER_ROOT): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((p) => listFiles(join(root, p)))) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 24);
}

export function isBuildCurrent(outDir = DEFAULT_DIST_DIR): boolean {
  try {
    const stamp = JSON.parse(readFileSync(join(outDir, STAMP), 'utf8')) as { fingerprint?: string };
    return stamp.fingerprint === sourceFingerprint() && existsSync(join(outDir, 'index.html'));
  } catch {
    return false;
  }
}

export interface BuildOptions {
  outDir?: string;
  /** Build even when the output is current. */
  force?: boolean;
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
}

export interface BuildResult {
  outDir: string;
  /** False when the existing build was current and was kept. */
  built: boolean;
}

const inFlight = new Map<string, Promise<BuildResult>>();

/** Builds the app unless the output is current. Concurrent callers in one process share one build. */
export function buildViewer(opts: BuildOptions = {}): Promise<BuildResult> {
  const outDir = resolve(opts.outDir ?? DEFAULT_DIST_DIR);
  if (!opts.force && isBuildCurrent(outDir)) return Promise.resolve({ outDir, built: false });
  const running = inFlight.get(outDir);
  if (running) return running;
  const job = runBuild(outDir, opts.logLevel ?? 'warn').finally(() => inFlight.delete(outDir));
  inFlight.set(outDir, job);
  return job;
}

async function runBuild(outDir: string, logLevel: BuildOptions['logLevel']): Promise<BuildResult> {
  const fingerprint = sourceFingerprint();
  // Built beside the target and swapped in whole, so another process never serves a half-written dist.
  const tmp = `${outDir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    const { build } = await import('vite');
    await build({
      configFile: join(VIEWER_ROOT, 'vite.config.ts'),
      root: VIEWER_ROOT,
      logLevel: logLevel ?? 'info',
      build: { outDir: tmp, emptyOutDir: true },
    });
    writeFileSync(join(tmp, STAMP), JSON.stringify({ fingerprint, builtAt: new Date().toISOString() }));
    rmSync(outDir, { recursive: true, force: true });
    try {
      renameSync(tmp, outDir);
    } catch (e) {
      // Another process swapped its build in first; theirs is as good as ours when current.
      if (!isBuildCurrent(outDir)) throw e;
    }
    return { outDir, built: true };
  } catch (e) {
    throw new ViewerError(
      `geokg viewer: building the app with Vite failed (${(e as Error).message}); run \`pnpm --filter @geokg/viewer build\` to see the full error`,
      'bug',
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
