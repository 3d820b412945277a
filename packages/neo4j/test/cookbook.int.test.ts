// Every query of docs/cypher-cookbook.md, run against the seed graph pushed into a real Neo4j, must
// return exactly the rows the page shows. GEOKG_UPDATE_COOKBOOK=1 rewrites the rows instead.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushGraph } from '../src/push.ts';
import { readCookbook, updateCookbook } from './cookbook.ts';
import { seedGraph } from './seed-graph.ts';
import { query, testConfig, testDriver, wipeDatabase } from './server.ts';

const config = testConfig();
const update = process.env.GEOKG_UPDATE_COOKBOOK === '1';
const { text, recipes } = readCookbook();
const results = new Map<string, unknown[]>();
let driver: Driver;

beforeAll(async () => {
  driver = await testDriver(config);
  await wipeDatabase(driver, config);
  await pushGraph(await seedGraph(), {
    uri: config.uri,
    user: config.user,
    password: config.password,
    database: config.database,
  });
});

afterAll(async () => {
  if (update) await updateCookbook(text, recipes, results);
  await driver?.close();
});

describe('docs/cypher-cookbook.md on the seed graph', () => {
  it('holds at least 12 queries, each with its result', () => {
    expect(recipes.length).toBeGreaterThanOrEqual(12);
    for (const r of recipes) expect(r.json, `"${r.title}" needs a json block under its query`).toBeDefined();
  });

  it('finds the alleged accusation of Ukraine by Kazakhstan, down to the sentence', async () => {
    const [row] = await query(
      driver,
      "MATCH (a {id:'state:KAZ'})-[r:ACCUSES]->(b {id:'state:UKR'}) RETURN r.modality AS m",
    );
    expect(row).toEqual({ m: 'alleged' });
  });

  it("keeps a claim's subject, object and document on the nodes it links to (docs/neo4j.md)", async () => {
    const rows = await query<{ keys: string[]; s: string; o: string; path: string }>(
      driver,
      `MATCH (c:Claim)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o), (c)-[:IN_DOCUMENT]->(d)
       RETURN keys(c) AS keys, s.id AS s, o.id AS o, d.path AS path`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.keys).toEqual(expect.arrayContaining(['id', 'predicate', 'type', 'docId']));
      expect(r.keys.filter((k) => ['subject', 'object', 'doc'].includes(k))).toEqual([]);
      expect([r.s, r.o, r.path].every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
    }
  });

  for (const recipe of recipes) {
    it(recipe.title, async () => {
      const rows = await query(driver, recipe.cypher);
      results.set(recipe.title, rows);
      if (!update) expect(rows).toEqual(recipe.expected);
    });
  }
});
