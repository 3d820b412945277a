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
      connectionTimeout: config.timeouts.connectMs,
      connectionAcquisitionTimeout: config.timeouts.acquireMs,
      // executeWrite retries transient errors (deadlocks, leader switches) for up to this long.
      maxTransactionRetryTime: config.timeouts.retryMs,
    });
  } catch (e) {
    throw explainDriverError(e, config);
  }
  try {
    await withDeadline(
      driver.verifyConnectivity(config.database ? { database: config.database } : {}),
      config.timeouts.connectMs + config.timeouts.acquireMs,
    );
  } catch (e) {
    await closeDriver(driver, config.timeouts.connectMs);
    throw explainDriverError(e, config);
  }
  return driver;
}

/** A Bolt server that stops answering must not hold the command: closing gives up after `ms`. */
export async function closeDriver(driver: Driver, ms: number): Promise<void> {
  await withDeadline(driver.close(), ms).catch(() => undefined);
}

/** The promise, or a rejection naming the timeout once `ms` have passed (the timer never holds the process). */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Connection timed out after ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
