// The exit code the table of exit-codes.test.ts cannot reach without a server: 130, a push stopped by
// Ctrl-C between batches, against a real Neo4j; pushing again finishes it (exit 0).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '@geokg/core';
import { testConfig, testDriver, wipeDatabase } from '../../neo4j/test/server.ts';
import { ROOT, geokg } from './run.ts';

const config = testConfig();
const env = {
  NEO4J_URI: config.uri,
  NEO4J_USER: config.user,
  NEO4J_PASSWORD: config.password,
  ...(config.database ? { NEO4J_DATABASE: config.database } : {}),
};
let store: string;

beforeAll(async () => {
  const driver = await testDriver(config);
  try {
    await wipeDatabase(driver, config);
  } finally {
    await driver.close();
  }
  store = join(mkdtempSync(join(tmpdir(), 'geokg-ctrl-c-')), 'data');
  expect(geokg(['--store', store, 'build']).code).toBe(0);
}, 180_000);

describe('exit codes with a Neo4j server', () => {
  it('130: push stopped by Ctrl-C between batches; re-running finishes it', () => {
    const stopped = geokg(['--store', store, 'push', '--batch-size', '1'], {
      env,
      preload: join(ROOT, 'packages/cli/test/fixtures/plant-ctrl-c.mjs'),
    });
    expect(stopped.stderr).toMatch(/push aborted after \d+ of \d+ batches\. Run the push again/);
    expect(stopped.code).toBe(EXIT_CODES.interrupted);
    const again = geokg(['--store', store, 'push', '--json'], { env });
    expect(again.code).toBe(0);
  }, 300_000);
});
