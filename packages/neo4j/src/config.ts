// Where to push: flags override NEO4J_* environment variables, which override the defaults of the local
// server that scripts/neo4j.sh runs. The password is never printed: it is not even enumerable.
import { UsageError } from '@geokg/core';

export interface Neo4jFlags {
  uri?: string | undefined;
  user?: string | undefined;
  password?: string | undefined;
  database?: string | undefined;
  batchSize?: number | string | undefined;
}

export interface Neo4jConfig {
  uri: string;
  user: string;
  readonly password: string;
  /** Undefined: the server's default database. */
  database?: string;
  batchSize: number;
  timeouts: Neo4jTimeouts;
}

/**
 * How long geokg waits on Neo4j: a connection (TCP and the Bolt handshake), a connection from the pool,
 * retries of a transient failure, and one transaction on the server. A port that is not Bolt, or a socket
 * that never answers, ends in exit 4 after `connectMs` + `acquireMs` at most, never in a hang.
 */
export interface Neo4jTimeouts {
  connectMs: number;
  acquireMs: number;
  retryMs: number;
  transactionMs: number;
}

/** The local development server's password (scripts/neo4j.sh); any real server has its own. */
export const DEV_PASSWORD = 'geokg-dev-password';
export const DEFAULT_BATCH_SIZE = 5000;

type Env = Record<string, string | undefined>;

const pick = (...values: (string | undefined)[]): string | undefined =>
  values.find((v) => v !== undefined && v !== '');

function parseBatchSize(value: number | string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_BATCH_SIZE;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000) {
    throw new UsageError(
      `geokg neo4j: batch size "${value}" is not an integer from 1 to 1000000. Pass e.g. --batch-size ${DEFAULT_BATCH_SIZE}.`,
    );
  }
  return n;
}

function seconds(env: Env, name: string, fallback: number): number {
  const value = pick(env[name]);
  if (value === undefined) return fallback * 1000;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 86_400)
    throw new UsageError(`geokg neo4j: ${name}="${value}" is not a number of seconds from 0 to 86400`);
  return Math.round(n * 1000);
}

/** GEOKG_NEO4J_CONNECT_TIMEOUT (seconds, default 10) and GEOKG_NEO4J_TX_TIMEOUT (default 300). */
export function resolveTimeouts(env: Env = process.env): Neo4jTimeouts {
  const connectMs = seconds(env, 'GEOKG_NEO4J_CONNECT_TIMEOUT', 10);
  return {
    connectMs,
    acquireMs: 2 * connectMs,
    retryMs: Math.max(30_000, connectMs),
    transactionMs: seconds(env, 'GEOKG_NEO4J_TX_TIMEOUT', 300),
  };
}

export function resolveConfig(flags: Neo4jFlags = {}, env: Env = process.env): Neo4jConfig {
  const config: Neo4jConfig = {
    uri: pick(flags.uri, env.NEO4J_URI) ?? `bolt://127.0.0.1:${pick(env.NEO4J_PORT) ?? '7687'}`,
    user: pick(flags.user, env.NEO4J_USER, env.NEO4J_USERNAME) ?? 'neo4j',
    password: '',
    batchSize: parseBatchSize(flags.batchSize ?? pick(env.GEOKG_NEO4J_BATCH_SIZE)),
    timeouts: resolveTimeouts(env),
  };
  const database = pick(flags.database, env.NEO4J_DATABASE);
  if (database !== undefined) config.database = database;
  Object.defineProperty(config, 'password', {
    value: pick(flags.password, env.NEO4J_PASSWORD) ?? DEV_PASSWORD,
    enumerable: false,
  });
  return config;
}

/** `bolt://127.0.0.1:7687 (database neo4j)`: what messages name, never with credentials. */
export function describeTarget(config: Pick<Neo4jConfig, 'uri' | 'database'>): string {
  return config.database ? `${config.uri} (database ${config.database})` : config.uri;
}
