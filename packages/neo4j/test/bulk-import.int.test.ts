// `geokg export --format neo4j-import` run through the real import tool: the seed store's CSV files are
// loaded by `neo4j-admin database import full` (org.neo4j:neo4j-import-tool from Maven Central, which
// scripts/neo4j.sh fetches with the server) into a fresh home, a second local server opens it, and every
// query of docs/cypher-cookbook.md must return the rows the page shows, which cookbook.int.test.ts
// checks against a database filled by `geokg push`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultOntology, openStore } from '@geokg/core';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArguments, writeImportFolder } from '../src/bulk/command.ts';
import { schemaStatements } from '../src/cypher/schema.ts';
import { readCookbook } from './cookbook.ts';
import { buildSeedStore } from './seed-graph.ts';
import { REPO_ROOT, query, testConfig, testDriver } from './server.ts';

const SERVER_HOME = resolve(process.env.GEOKG_NEO4J_HOME ?? join(REPO_ROOT, '.neo4j'));
const PORT = String(Number(process.env.NEO4J_PORT ?? '7687') + 10);
const { recipes } = readCookbook();
let tmp: string;
let home: string;
let driver: Driver | undefined;
let counts: { nodes: number; relationships: number; claims: number };

const script = (cmd: string) =>
  execFileSync('bash', [join(REPO_ROOT, 'scripts/neo4j.sh'), cmd], {
    env: { ...process.env, GEOKG_NEO4J_HOME: home, NEO4J_PORT: PORT, GEOKG_NEO4J_HEAP: '512m' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'geokg-bulk-'));
  const store = openStore(join(tmp, 'store'));
  buildSeedStore(store.dir);
  const folder = await writeImportFolder(store, join(tmp, 'import'), defaultOntology());
  counts = folder.counts;
  // A home of its own, sharing the jars and launcher the dev server was started with.
  home = join(tmp, 'home');
  execFileSync('mkdir', ['-p', home]);
  symlinkSync(join(SERVER_HOME, 'lib'), join(home, 'lib'));
  symlinkSync(join(SERVER_HOME, 'classes'), join(home, 'classes'));
  execFileSync(
    'java',
    [
      '-Xmx512m',
      '-cp',
      `${join(home, 'lib')}/*`,
      'org.neo4j.cli.AdminTool',
      ...importArguments(folder, folder.dir),
    ],
    {
      env: { ...process.env, NEO4J_HOME: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  script('start');
  driver = await testDriver(testConfig({ uri: `bolt://127.0.0.1:${PORT}` }));
  for (const s of schemaStatements(defaultOntology())) await driver.executeQuery(s);
  await driver.executeQuery('CALL db.awaitIndexes(300)');
});

afterAll(async () => {
  await driver?.close();
  if (home) script('stop');
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('neo4j-admin import of the seed store', () => {
  it('loads every node, relationship and claim', async () => {
    const [row] = await query<{ n: number }>(driver!, 'MATCH (c:Claim) RETURN count(c) AS n');
    expect(row!.n).toBe(counts.claims);
    const [rels] = await query<{ n: number }>(driver!, 'MATCH (:Thing)-[r]->(:Thing) RETURN count(r) AS n');
    expect(rels!.n).toBe(counts.relationships);
  });

  for (const recipe of recipes) {
    it(`cookbook: ${recipe.title}`, async () => {
      expect(await query(driver!, recipe.cypher)).toEqual(recipe.expected);
    });
  }
});
