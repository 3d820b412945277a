// The packages as a user gets them: `pnpm pack` of @geokg/core, extract and neo4j (built to JavaScript by
// their prepack), installed with npm into a project in the temporary folder, outside the workspace.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
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

/** A fresh project folder with the three packages installed by name; returns its path. */
export function installPacked(): string {
  const tarballs = mkdtempSync(join(tmpdir(), 'geokg-tgz-'));
  for (const p of PACKAGES) run('pnpm', ['pack', '--pack-destination', tarballs], join(ROOT, 'packages', p));
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
