// The seed graph as `pnpm geokg build` makes it (plus the cookbook's fixture), built into a temporary store
// by the real CLI and loaded through core: what a user pushes is what the cookbook is tested against.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore } from '@geokg/core';
import type { GeoGraph } from '@geokg/core';
import { REPO_ROOT } from './server.ts';

export const COOKBOOK_FIXTURE = 'packages/neo4j/test/fixtures/cookbook-denial.yaml';

function geokg(args: string[]): void {
  try {
    execFileSync(resolve(REPO_ROOT, 'node_modules/.bin/tsx'), ['packages/cli/src/main.ts', ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    throw new Error(
      `geokg neo4j tests: "geokg ${args.join(' ')}" failed: ${err.stderr?.toString() || err.message}`,
      { cause: e },
    );
  }
}

/** Builds the seed store (plus `extra` fact files) at `store` with the real CLI. */
export function buildSeedStore(store: string, extra: string[] = [COOKBOOK_FIXTURE]): void {
  geokg(['--store', store, 'build']);
  if (extra.length) geokg(['--store', store, 'import', ...extra]);
}

export async function seedGraph(extra: string[] = [COOKBOOK_FIXTURE]): Promise<GeoGraph> {
  const dir = mkdtempSync(join(tmpdir(), 'geokg-seed-'));
  try {
    const store = join(dir, 'store');
    geokg(['--store', store, 'build']);
    if (extra.length) geokg(['--store', store, 'import', ...extra]);
    return await openStore(store).load();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
