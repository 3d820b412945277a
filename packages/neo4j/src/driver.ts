// Opening a driver and proving the server answers before any work: a wrong password or a stopped server
// fails here, in one clear line, instead of half-way through a push.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from './config.ts';
import { explainDriverError } from './errors.ts';

export async function openDriver(config: Neo4jConfig): Promise<Driver> {
  let driver: Driver;
  try {
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      userAgent: 'geokg',
      connectionTimeout: 15_000,
      // executeWrite retries transient errors (deadlocks, leader switches) for up to this long.
      maxTransactionRetryTime: 30_000,
    });
  } catch (e) {
    throw explainDriverError(e, config);
  }
  try {
    await driver.verifyConnectivity(config.database ? { database: config.database } : {});
  } catch (e) {
    await driver.close();
    throw explainDriverError(e, config);
  }
  return driver;
}
