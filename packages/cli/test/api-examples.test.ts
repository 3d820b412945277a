// docs/examples/api: the scripts of docs/api.md, run as a user runs them: copied into a project outside the
// workspace that installed the packed @geokg packages by name. (push-and-query.mjs needs a Neo4j server:
// packages/neo4j/test/api-example.int.test.ts.)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { installPacked } from './packed.ts';
import { ROOT, geokg } from './run.ts';

const EXAMPLES = join(ROOT, 'docs/examples/api');
let project: string;

const node = (script: string, args: string[]): string =>
  execFileSync(process.execPath, [script, ...args], { cwd: project, encoding: 'utf8', timeout: 300_000 });

beforeAll(() => {
  project = installPacked();
  for (const f of ['add-facts.mjs', 'extract-folder.mjs']) copyFileSync(join(EXAMPLES, f), join(project, f));
}, 900_000);

describe('docs/examples/api, from a project outside the workspace', () => {
  it('add-facts.mjs imports typed records and lists the claims; a second run adds nothing', () => {
    const out = node('add-facts.mjs', ['data']).trim().split('\n');
    expect(JSON.parse(out[0]!)).toMatchObject({ claimsNew: 2, files: 1 });
    expect(out).toContain('Ostara Pipe Works -operates-> Ostara Line (asserted)');
    expect(out).toContain('Kazakhstan -accuses-> Ukraine (alleged)');
    expect(JSON.parse(node('add-facts.mjs', ['data']).split('\n')[0]!)).toMatchObject({
      claimsNew: 0,
      claimsKnown: 2,
    });
    // The store is the CLI's: geokg reads what the script wrote.
    const stats = geokg(['--store', join(project, 'data'), 'stats', '--json']);
    expect(JSON.parse(stats.stdout)).toMatchObject({ claims: 2 });
  }, 300_000);

  it('extract-folder.mjs imports what the articles say, as `geokg import` of the articles would', () => {
    const folder = join(project, 'articles');
    mkdirSync(folder);
    copyFileSync(join(ROOT, 'seeds/articles/000_419cbe59cfa141f3.txt'), join(folder, 'seed.txt'));
    const out = node('extract-folder.mjs', ['articles', 'extracted']).trim().split('\n');
    expect(out[0]).toMatch(/^seed\.txt: \d+ claims$/);
    const summary = JSON.parse(out.at(-1)!) as { claimsNew: number };
    expect(summary.claimsNew).toBeGreaterThan(0);
    const cli = join(project, 'cli-store');
    expect(geokg(['--store', cli, 'import', join(folder, 'seed.txt')]).code).toBe(0);
    const stats = (dir: string): unknown => JSON.parse(geokg(['--store', dir, 'stats', '--json']).stdout);
    expect(stats(join(project, 'extracted'))).toEqual(stats(cli));
  }, 300_000);
});
