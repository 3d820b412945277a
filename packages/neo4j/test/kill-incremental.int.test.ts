// `geokg push` (the real command, in its own process) SIGKILLed half-way through an incremental push, then
// run again, ends in the database an uninterrupted full push gives: no claim or relationship twice, and each
// relationship's aggregate counts every claim once. The kill comes once the claims and ten relationships
// carrying their aggregates are written (the push stops itself there, GEOKG_FAULT=stop:…, and is killed):
// the dangerous moment, since folding the new claims again onto those aggregates would count them twice
// (push-incremental.ts sees the claims in the database and declines).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUSH_STATE, defaultRegistry, importGdelt, openStore } from '@geokg/core';
import type { Claim, Store } from '@geokg/core';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { kaz, sentenceClaim, uzb } from '../../core/test/claims.ts';
import { REPO_ROOT, fingerprint, query, testConfig, testDriver, wipeDatabase } from './server.ts';

const config = testConfig();
const FIXTURE = join(REPO_ROOT, 'packages/core/test/fixtures/gdelt/sample.export.CSV');
/** Claims on two edges in the second import: with --batch-size 1, hundreds of transactions to kill in. */
const NEW_CLAIMS = 150;
let driver: Driver;

/**
 * The n-th claim of KAZ against UZB, in sentence n of one of 40 documents: modality and confidence vary so
 * that the aggregate depends on all.
 */
function claim(n: number, predicate: string): Claim {
  return sentenceClaim(kaz, predicate, uzb, n, 'kill', {
    modality: n % 3 === 0 ? 'denied' : 'asserted',
    confidence: 0.5 + (n % 5) / 10,
    time: {
      occurred: `2026-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
    },
    evidence: {
      docId: `doc:kill${n % 40}`,
      doc: `kill${n % 40}.txt`,
      sentence: n,
      start: 0,
      end: 1,
      text: 'x',
    },
  });
}

async function importPart(store: Store, dir: string, part: 0 | 1): Promise<void> {
  const rows = readFileSync(FIXTURE, 'utf8').split('\n').filter(Boolean);
  const csv = join(dir, `part${part}.export.CSV`);
  writeFileSync(csv, rows.filter((_, i) => i % 2 === part).join('\n') + '\n');
  const w = await store.writer();
  await importGdelt([csv], w, { registry: defaultRegistry(), workers: 0 });
  if (part === 0) {
    w.addEntity(kaz);
    w.addEntity(uzb);
    w.addClaim(claim(0, 'sanctions'));
  } else {
    for (let n = 1; n <= NEW_CLAIMS; n++) w.addClaim(claim(n, n % 2 ? 'sanctions' : 'threatens'));
  }
  await w.commit();
}

/** `geokg push --batch-size 1` on the store; with `killAt` (a fault point) it stops there and is killed. */
function geokgPush(store: Store, killAt?: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    // node itself with tsx as a loader, not the tsx command: that one runs the script in a second process,
    // which a SIGKILL of the first would leave running.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'packages/cli/src/main.ts', '--store', store.dir, 'push', '--batch-size', '1'],
      {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          NEO4J_URI: config.uri,
          NEO4J_USER: config.user,
          NEO4J_PASSWORD: config.password,
          GEOKG_NO_PROGRESS: '1',
          GEOKG_FAULT: killAt ? `stop:${killAt}` : '',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('spawn', () => {
      if (!killAt) return;
      // Polls until the push has stopped itself (state T in /proc), then kills it.
      const poll = setInterval(() => {
        try {
          if (/^\S+ \(.*\) T/.test(readFileSync(`/proc/${child.pid}/stat`, 'utf8'))) child.kill('SIGKILL');
        } catch {
          clearInterval(poll); // gone
        }
      }, 50);
      child.on('exit', () => clearInterval(poll));
    });
    child.on('error', fail);
    child.on('exit', (code) => done({ code, stderr }));
  });
}

let store: Store;
let full: string[];

beforeAll(async () => {
  driver = await testDriver(config);
  const dir = mkdtempSync(join(tmpdir(), 'geokg-kill-incr-'));
  store = openStore(join(dir, 'data'));
  await importPart(store, dir, 0);
  await importPart(store, dir, 1);
  await wipeDatabase(driver, config);
  expect((await geokgPush(store)).code).toBe(0);
  full = await fingerprint(driver);
});
afterAll(async () => {
  await driver?.close();
});

it('converges when `geokg push` is killed half-way through an incremental push and run again', async () => {
  // The database and the mark as after a push of the first import only.
  const manifest = readFileSync(store.manifestPath, 'utf8');
  const m = JSON.parse(manifest) as { segments: unknown[] };
  writeFileSync(store.manifestPath, JSON.stringify({ ...m, segments: m.segments.slice(0, 1) }));
  try {
    await wipeDatabase(driver, config);
    writeFileSync(join(store.dir, PUSH_STATE), '{}');
    expect((await geokgPush(store)).code).toBe(0);
  } finally {
    writeFileSync(store.manifestPath, manifest);
  }

  const killed = await geokgPush(store, 'push-relationships-10');
  expect(killed.code).toBeNull(); // killed, not finished
  const partial = await fingerprint(driver);
  expect(partial).not.toEqual(full);

  expect((await geokgPush(store)).code).toBe(0);
  expect(await fingerprint(driver)).toEqual(full);
  const [dupes] = await query<{ claims: number; rels: number }>(
    driver,
    `CALL { MATCH (c:Claim) WITH c.id AS id, count(*) AS n WHERE n > 1 RETURN count(*) AS claims }
     CALL { MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, count(*) AS n WHERE n > 1 RETURN count(*) AS rels }
     RETURN claims, rels`,
  );
  expect(dupes).toEqual({ claims: 0, rels: 0 });
  // Worked out from claim(): odd n are sanctions, n = 0 included; every third is denied.
  const [rel] = await query<{ claimCount: number; documents: number }>(
    driver,
    'MATCH (:State {id: $s})-[r:SANCTIONS]->(:State {id: $o}) RETURN r.claimCount AS claimCount, size(r.documents) AS documents',
    { s: kaz.id, o: uzb.id },
  );
  expect(rel).toEqual({ claimCount: NEW_CLAIMS / 2 + 1, documents: 21 });
});
