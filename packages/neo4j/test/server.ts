// The Neo4j that integration tests use: NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD when set, else the local server
// of scripts/neo4j.sh. Tests wipe the database, so they refuse a non-empty one they cannot tell is a
// throw-away (the local dev server is one; elsewhere set GEOKG_NEO4J_TEST_WIPE=1).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { describeTarget, resolveConfig } from '../src/config.ts';
import type { Neo4jConfig, Neo4jFlags } from '../src/config.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function testConfig(flags: Neo4jFlags = {}): Neo4jConfig {
  return resolveConfig(flags, process.env);
}

/** A driver that reads integers as plain numbers, for assertions. */
export async function testDriver(config: Neo4jConfig = testConfig()): Promise<Driver> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
  });
  try {
    await driver.verifyConnectivity();
  } catch (e) {
    await driver.close();
    throw new Error(
      `geokg neo4j tests: no Neo4j answers at ${describeTarget(config)} (${(e as Error).message}). ` +
        'Start the local server with "bash scripts/neo4j.sh start", or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.',
      { cause: e },
    );
  }
  return driver;
}

function isLocalDevServer(uri: string): boolean {
  const url = new URL(uri);
  const port = process.env.NEO4J_PORT || '7687';
  if (!['127.0.0.1', 'localhost'].includes(url.hostname) || (url.port || '7687') !== port) return false;
  const pidfile = resolve(process.env.GEOKG_NEO4J_HOME ?? resolve(REPO_ROOT, '.neo4j'), 'neo4j.pid');
  if (!existsSync(pidfile)) return false;
  try {
    process.kill(Number(readFileSync(pidfile, 'utf8').trim()), 0);
    return true;
  } catch {
    return false;
  }
}

export async function query<T = Record<string, unknown>>(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((r) => r.toObject() as T);
}

/** Deletes every node and relationship (constraints stay: pushes create them IF NOT EXISTS). */
export async function wipeDatabase(driver: Driver, config: Neo4jConfig = testConfig()): Promise<void> {
  const [{ n } = { n: 0 }] = await query<{ n: number }>(driver, 'MATCH (n) RETURN count(n) AS n');
  if (n > 0 && !isLocalDevServer(config.uri) && process.env.GEOKG_NEO4J_TEST_WIPE !== '1') {
    throw new Error(
      `geokg neo4j tests: ${describeTarget(config)} holds ${n} nodes and the tests would delete them. ` +
        'Point NEO4J_URI at an empty database, or set GEOKG_NEO4J_TEST_WIPE=1 to allow the wipe.',
    );
  }
  const session = driver.session();
  try {
    // Relationships first: DETACH DELETE of a node with thousands of claim links overflows a small heap.
    await session.run('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

const canonical = (value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, canonical(v)]),
      )
    : value;

/** Every node and relationship as sorted text: two databases with equal fingerprints hold the same graph. */
export async function fingerprint(driver: Driver): Promise<string[]> {
  const nodes = await query<{ labels: string[]; props: unknown }>(
    driver,
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
  );
  const rels = await query<{ type: string; from: string; to: string; props: unknown }>(
    driver,
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
  );
  return [
    ...nodes.map((n) => `(${[...n.labels].sort().join(':')} ${JSON.stringify(canonical(n.props))})`),
    ...rels.map((r) => `(${r.from})-[${r.type} ${JSON.stringify(canonical(r.props))}]->(${r.to})`),
  ].sort();
}
