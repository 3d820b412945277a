// GDELT events beside the seed graph, pushed into a real Neo4j: every cookbook query runs on the mixed graph,
// and the events answer them. Counts are checked against the raw export, read here independently.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushGraph } from '../src/push.ts';
import { readCookbook } from './cookbook.ts';
import { COOKBOOK_FIXTURE, seedGraph } from './seed-graph.ts';
import { REPO_ROOT, query, testConfig, testDriver, wipeDatabase } from './server.ts';

const EXPORT = resolve(REPO_ROOT, 'packages/core/test/fixtures/gdelt/sample.export.CSV');
const rows = readFileSync(EXPORT, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => l.split('\t'));
// Codebook positions: 0 GLOBALEVENTID, 1 SQLDATE, 5 Actor1Code, 15 Actor2Code, 26 EventCode.
const both = rows.filter((f) => f[5] && f[15]);

const config = testConfig();
const { recipes } = readCookbook();
let driver: Driver;

beforeAll(async () => {
  driver = await testDriver(config);
  await wipeDatabase(driver, config);
  const graph = await seedGraph([COOKBOOK_FIXTURE, EXPORT]);
  await pushGraph(graph, {
    uri: config.uri,
    user: config.user,
    password: config.password,
    database: config.database,
  });
});

afterAll(async () => {
  await driver?.close();
});

describe('a GDELT export pushed beside the seed graph', () => {
  it('has one Claim per event row, each linked to its subject, object and document', async () => {
    const [row] = await query(
      driver,
      `MATCH (c:Claim) WHERE c.attr_GLOBALEVENTID IS NOT NULL
       OPTIONAL MATCH (c)-[:SUBJECT]->(s) OPTIONAL MATCH (c)-[:OBJECT]->(o) OPTIONAL MATCH (c)-[:IN_DOCUMENT]->(d:Document)
       RETURN count(DISTINCT c) AS claims, count(DISTINCT c.attr_GLOBALEVENTID) AS events,
              sum(CASE WHEN s IS NULL OR o IS NULL OR d IS NULL THEN 1 ELSE 0 END) AS dangling`,
    );
    expect(row).toEqual({ claims: rows.length, events: rows.length, dangling: 0 });
  });

  it('answers every cookbook query', async () => {
    for (const recipe of recipes) {
      const result = await query(driver, recipe.cypher);
      expect(result.length, recipe.title).toBeGreaterThan(0);
    }
  });

  it('puts the events with two actors on the timeline of interactions (cookbook 9)', async () => {
    const timeline = recipes.find((r) => /timeline/i.test(r.title))!;
    const dates = new Set(both.map((f) => `${f[1]!.slice(0, 4)}-${f[1]!.slice(4, 6)}-${f[1]!.slice(6, 8)}`));
    const result = await query<{ date: string | null }>(driver, timeline.cypher);
    const fromGdelt = result.filter((r) => r.date !== null && dates.has(r.date));
    expect(fromGdelt.length).toBeGreaterThan(0);
    expect(fromGdelt.length).toBeLessThanOrEqual(both.length);
  });

  it('still finds the alleged accusation of Ukraine by Kazakhstan, down to the sentence (cookbook 3)', async () => {
    const sentence = recipes.find((r) => /which sentence/i.test(r.title))!;
    expect(await query(driver, sentence.cypher)).toEqual(sentence.expected);
  });
});
