// docs/examples/api/push-and-query.mjs against a real Neo4j, from a project outside the workspace that
// installed the packed @geokg packages: it pushes the seed store and prints cookbook question 1's rows.
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPacked } from '../../cli/test/packed.ts';
import { ROOT, geokg } from '../../cli/test/run.ts';
import { testConfig, testDriver, wipeDatabase } from './server.ts';

const config = testConfig();
let driver: Driver;
let project: string;

beforeAll(async () => {
  driver = await testDriver(config);
  await wipeDatabase(driver, config);
  project = installPacked();
  copyFileSync(join(ROOT, 'docs/examples/api/push-and-query.mjs'), join(project, 'push-and-query.mjs'));
  expect(geokg(['--store', join(project, 'data'), 'build']).code).toBe(0);
}, 900_000);

afterAll(async () => {
  await driver?.close();
});

describe('docs/examples/api/push-and-query.mjs', () => {
  it('pushes the store and answers who accuses whom, with the sentence', () => {
    const out = execFileSync(process.execPath, ['push-and-query.mjs', 'data'], {
      cwd: project,
      encoding: 'utf8',
      timeout: 300_000,
      env: {
        ...process.env,
        NEO4J_URI: config.uri,
        NEO4J_USER: config.user,
        NEO4J_PASSWORD: config.password,
        ...(config.database ? { NEO4J_DATABASE: config.database } : {}),
      },
    });
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^Neo4j holds \d+ nodes, \d+ relationships, \d+ claims$/);
    expect(lines).toContainEqual(expect.stringMatching(/^Kazakhstan accuses Ukraine \(alleged\): \S/));
  }, 300_000);
});
