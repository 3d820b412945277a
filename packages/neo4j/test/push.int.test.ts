// pushGraph against a real Neo4j: the seed-like graph, idempotence, incremental and interrupted pushes,
// values that look like Cypher, and the messages for a wrong password or a stopped server.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Neo4jConnectionError, PushAbortedError } from '../src/errors.ts';
import { pushGraph } from '../src/push.ts';
import { SEED_LIKE_SENTENCES, seedLikeGraph } from './seed-like-graph.ts';
import type { ClaimSpec } from './seed-like-graph.ts';
import { fingerprint, query, testConfig, testDriver, wipeDatabase } from './server.ts';

let driver: Driver;
const config = testConfig();
const flags = { uri: config.uri, user: config.user, password: config.password, database: config.database };

beforeAll(async () => {
  driver = await testDriver(config);
});
afterAll(async () => {
  await driver?.close();
});
beforeEach(async () => {
  await wipeDatabase(driver, config);
});

const count = async (cypher: string) => (await query<{ n: number }>(driver, cypher))[0]!.n;
const counts = async () => ({
  nodes: await count('MATCH (n) RETURN count(n) AS n'),
  relationships: await count('MATCH ()-[r]->() RETURN count(r) AS n'),
});

const denial: ClaimSpec = {
  subject: 'state:UKR',
  predicate: 'denies',
  object: 'state:KAZ',
  sentence: 3,
  cameo: '016',
  plover: 'REJECT',
  occurred: '2025-02-21',
};

describe('pushGraph', () => {
  it('pushes the seed-like graph with claims queryable down to the sentence', async () => {
    const summary = await pushGraph(seedLikeGraph(), flags);
    expect(summary.written).toEqual({ nodes: 9, relationships: 7, claims: 7 });
    expect(summary.database).toEqual({ nodes: 9, relationships: 7, claims: 7 });

    const [accuses] = await query(
      driver,
      "MATCH (a {id:'state:KAZ'})-[r:ACCUSES]->(b {id:'state:UKR'}) RETURN r.modality AS modality, r.claimCount AS n",
    );
    expect(accuses).toEqual({ modality: 'alleged', n: 1 });

    const evidence = await query(
      driver,
      `MATCH (a:Thing {id:'state:KAZ'})-[r:ACCUSES]->(b:Thing {id:'state:UKR'})
       MATCH (c:Claim {type: type(r)})-[:SUBJECT]->(a), (c)-[:OBJECT]->(b), (c)-[:IN_DOCUMENT]->(d:Document)
       RETURN c.text AS text, c.start AS start, c.end AS end, d.path AS path`,
    );
    expect(evidence).toEqual([
      {
        text: SEED_LIKE_SENTENCES[3],
        start: expect.any(Number),
        end: expect.any(Number),
        path: 'seeds/articles/seed-like.txt',
      },
    ]);
    const [labels] = await query(
      driver,
      "MATCH (n {id:'facility:cpc-pumping-station'}) RETURN labels(n) AS l",
    );
    // labels() comes back in no particular order.
    expect([...(labels!.l as string[])].sort()).toEqual(['Facility', 'PumpingStation', 'Thing']);
  });

  it('changes nothing when the same graph is pushed twice', async () => {
    await pushGraph(seedLikeGraph(), flags);
    const before = { counts: await counts(), graph: await fingerprint(driver) };
    const again = await pushGraph(seedLikeGraph(), flags);
    expect(again.created).toEqual({ nodes: 0, relationships: 0 });
    expect({ counts: await counts(), graph: await fingerprint(driver) }).toEqual(before);
  });

  it('adds only what is new when pushed after more facts were imported', async () => {
    await pushGraph(seedLikeGraph(), flags);
    const before = await counts();
    const summary = await pushGraph(seedLikeGraph([denial]), flags);
    // One DENIES relationship, one Claim node and its SUBJECT, OBJECT and IN_DOCUMENT links.
    expect(summary.created).toEqual({ nodes: 1, relationships: 4 });
    expect(await counts()).toEqual({ nodes: before.nodes + 1, relationships: before.relationships + 4 });

    const incremental = await fingerprint(driver);
    await wipeDatabase(driver, config);
    await pushGraph(seedLikeGraph([denial]), flags);
    expect(incremental).toEqual(await fingerprint(driver));
  });

  it('completes a push that was interrupted half-way when it is run again', async () => {
    await pushGraph(seedLikeGraph([denial]), flags);
    const whole = await fingerprint(driver);
    await wipeDatabase(driver, config);

    const stop = new AbortController();
    const interrupted = pushGraph(
      seedLikeGraph([denial]),
      { ...flags, batchSize: 2, signal: stop.signal },
      (p) => {
        if (p.phase === 'relationships') stop.abort();
      },
    );
    await expect(interrupted).rejects.toBeInstanceOf(PushAbortedError);
    expect((await counts()).nodes).toBeGreaterThan(0);
    expect(await fingerprint(driver)).not.toEqual(whole);

    await pushGraph(seedLikeGraph([denial]), { ...flags, batchSize: 2 });
    expect(await fingerprint(driver)).toEqual(whole);
  });

  it('stores quotes, backticks and Cypher keywords verbatim', async () => {
    const geo = seedLikeGraph();
    const nasty = `O'Reilly "the \`Boss\`" }) MATCH (n) DETACH DELETE n // \\ RETURN 1;`;
    geo.addEntity({
      id: `person:${nasty}`,
      kind: 'Person',
      name: nasty,
      aliases: ['`', "'", '"', 'MERGE', '$rows'],
      props: { description: 'CALL dbms.killQueries() }', "odd `key'": 'x' },
    });
    await pushGraph(geo, flags);
    const [row] = await query(
      driver,
      'MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.aliases AS aliases, properties(p) AS props',
    );
    expect(row).toMatchObject({
      id: `person:${nasty}`,
      name: nasty,
      aliases: ['`', "'", '"', 'MERGE', '$rows'],
    });
    expect(row!.props).toMatchObject({ description: 'CALL dbms.killQueries() }', "odd `key'": 'x' });
    expect(await count('MATCH (n:Thing) RETURN count(n) AS n')).toBe(10);
  });
});

describe('connection failures', () => {
  it('names the URI and the fix for a wrong password, without a stack trace', async () => {
    const err = await pushGraph(seedLikeGraph(), { ...flags, password: 'not-the-password' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Neo4jConnectionError);
    expect((err as Error).message).toBe(
      `geokg neo4j: ${config.uri} refused user "${config.user}": wrong user name or password. Set NEO4J_USER and NEO4J_PASSWORD (or pass --user and --password).`,
    );
    expect((err as Error).message).not.toContain('not-the-password');
  });

  it('names the URI and the fix for a server that is down, with the Neo4j exit code', async () => {
    const uri = 'bolt://127.0.0.1:1';
    const err = await pushGraph(seedLikeGraph(), { ...flags, uri }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Neo4jConnectionError);
    expect((err as Neo4jConnectionError).exitCode).toBe(4);
    expect((err as Error).message).toBe(
      `geokg neo4j: cannot reach Neo4j at ${uri} (connection refused). Start the local server with "pnpm neo4j:start", or set NEO4J_URI (or pass --uri) to your server.`,
    );
  });

  it('names the database when it does not exist', async () => {
    const err = await pushGraph(seedLikeGraph(), { ...flags, database: 'nosuchdb' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Neo4jConnectionError);
    expect((err as Error).message).toMatch(
      /^geokg neo4j: .* \(database nosuchdb\): no such database\. Create it, or pass --database/,
    );
  });
});
