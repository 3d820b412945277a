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

export function resolveConfig(flags: Neo4jFlags = {}, env: Env = process.env): Neo4jConfig {
  const config: Neo4jConfig = {
    uri: pick(flags.uri, env.NEO4J_URI) ?? `bolt://127.0.0.1:${pick(env.NEO4J_PORT) ?? '7687'}`,
    user: pick(flags.user, env.NEO4J_USER, env.NEO4J_USERNAME) ?? 'neo4j',
    password: '',
    batchSize: parseBatchSize(flags.batchSize ?? pick(env.GEOKG_NEO4J_BATCH_SIZE)),
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
