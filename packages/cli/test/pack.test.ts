// The `geokg` binary from a packed tarball, as on a fresh machine: `pnpm pack` (its prepack bundles the CLI),
// `npm i -g` into a temporary prefix without a registry, then the command run from an empty folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './run.ts';

let bin: string;
let work: string;

const geokg = (args: string[]) =>
  spawnSync(bin, args, {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, GEOKG_NO_PROGRESS: '1' },
    timeout: 300_000,
  });

beforeAll(() => {
  const packs = mkdtempSync(join(tmpdir(), 'geokg-pack-'));
  execFileSync('pnpm', ['pack', '--pack-destination', packs], {
    cwd: ROOT,
    stdio: 'ignore',
    timeout: 600_000,
  });
  const tarball = readdirSync(packs).find((f) => /^geokg-.*\.tgz$/.test(f))!;
  const prefix = mkdtempSync(join(tmpdir(), 'geokg-prefix-'));
  // Everything the command needs is in the tarball: the install must not need the registry.
  execFileSync('npm', ['install', '--global', '--offline', '--prefix', prefix, join(packs, tarball)], {
    stdio: 'ignore',
    timeout: 300_000,
  });
  bin = join(prefix, 'bin', 'geokg');
  work = mkdtempSync(join(tmpdir(), 'geokg-fresh-'));
}, 900_000);

describe('geokg from a packed tarball', () => {
  it('prints its version', () => {
    const r = geokg(['--version']);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(r.status).toBe(0);
  });

  it('builds the seed graph into ./data and reports it', () => {
    const r = geokg(['build', '--json']);
    expect(r.stderr).toMatch(/built .*data from \d+ seed file/);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ claimsNew: expect.any(Number) });
    const stats = JSON.parse(geokg(['stats', '--json']).stdout) as { claims: number; byKind: object };
    expect(stats.claims).toBeGreaterThan(0);
    expect(stats.byKind).toHaveProperty('State');
  }, 300_000);

  it('imports a GDELT export on worker threads (the bundled worker)', () => {
    const gdelt = join(ROOT, 'packages/core/test/fixtures/gdelt/sample.export.CSV');
    const r = geokg(['--store', 'gdelt', 'import', '--workers', '2', gdelt]);
    expect(r.stderr).toMatch(/49 rows in 1 file\(s\): 49 imported/);
    expect(r.status).toBe(0);
  }, 300_000);
});
