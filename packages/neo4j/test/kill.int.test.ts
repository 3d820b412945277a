// A push whose process is killed (SIGKILL, no clean-up) half-way, then run again, ends in the same database
// as an uninterrupted push: every batch is one transaction, and every statement MERGEs.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pushGraph } from '../src/push.ts';
import { REPO_ROOT, fingerprint, query, testConfig, testDriver, wipeDatabase } from './server.ts';
import { syntheticGraph } from './synthetic-graph.ts';

const RELATIONSHIPS = 3000;
const config = testConfig();
let driver: Driver;

beforeAll(async () => {
  driver = await testDriver(config);
});
afterAll(async () => {
  await driver?.close();
});

/** Starts push-child.ts and kills it once it has written `afterBatches` batches; resolves to its output. */
function pushAndKill(afterBatches: number): Promise<string> {
  return new Promise((done, fail) => {
    // node with tsx as a loader: the tsx command would run the script in a second process, which the
    // SIGKILL of the first would leave pushing.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', resolve(import.meta.dirname, 'push-child.ts'), String(RELATIONSHIPS)],
      {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          NEO4J_URI: config.uri,
          NEO4J_USER: config.user,
          NEO4J_PASSWORD: config.password,
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if ((out.match(/^batch /gm) ?? []).length >= afterBatches) child.kill('SIGKILL');
    });
    child.on('error', fail);
    child.on('exit', () => done(out));
  });
}

it('converges when a killed push is run again', async () => {
  await wipeDatabase(driver, config);
  await pushGraph(syntheticGraph({ relationships: RELATIONSHIPS }), { batchSize: 100 });
  const whole = await fingerprint(driver);

  await wipeDatabase(driver, config);
  const out = await pushAndKill(12);
  expect(out).not.toContain('done');
  const [{ n }] = (await query<{ n: number }>(driver, 'MATCH (n) RETURN count(n) AS n')) as [{ n: number }];
  expect(n).toBeGreaterThan(0);

  await pushGraph(syntheticGraph({ relationships: RELATIONSHIPS }), { batchSize: 100 });
  expect(await fingerprint(driver)).toEqual(whole);
});
