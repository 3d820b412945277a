// Incremental push (push-store.ts) against the real Neo4j: after two imports, pushing the second one's
// segment onto the first one's push gives the database a full push of the same store gives (nodes,
// relationships with their aggregates, claims, links); an incremental push stopped half-way and run again
// converges to it too.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUSH_STATE, defaultRegistry, importGdelt, openStore } from '@geokg/core';
import type { Claim, Store } from '@geokg/core';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { acme, kaz, sentenceClaim } from '../../core/test/claims.ts';
import { PushAbortedError } from '../src/errors.ts';
import { pushStore } from '../src/push-store.ts';
import { REPO_ROOT, fingerprint, query, testConfig, testDriver, wipeDatabase } from './server.ts';

const config = testConfig();
let driver: Driver;
const FIXTURE = join(REPO_ROOT, 'packages/core/test/fixtures/gdelt/sample.export.CSV');

/** The n-th claim of KAZ against Acme, on the day and in the sentence of its number. */
const claim = (n: number, predicate: string, modality: Claim['modality'], confidence: number): Claim =>
  sentenceClaim(kaz, predicate, acme, n, 't', {
    modality,
    confidence,
    time: { occurred: `2026-0${n}-01` },
  });

/** Imports half of the GDELT fixture's rows and some hand-made claims as one commit. */
async function importPart(store: Store, dir: string, part: 0 | 1): Promise<void> {
  const rows = readFileSync(FIXTURE, 'utf8').split('\n').filter(Boolean);
  const csv = join(dir, `part${part}.export.CSV`);
  writeFileSync(csv, rows.filter((_, i) => i % 2 === part).join('\n') + '\n');
  const w = await store.writer();
  await importGdelt([csv], w, { registry: defaultRegistry(), workers: 0 });
  if (part === 0) {
    w.addEntity(kaz);
    w.addEntity(acme);
    w.addClaim(claim(1, 'sanctions', 'asserted', 0.6));
  } else {
    // A claim on an existing edge that changes its modality and dates, a new edge, and a kind refined.
    w.addEntity({ ...acme, kind: 'Company', props: { country: 'KAZ' } });
    w.addClaim(claim(2, 'sanctions', 'denied', 0.9));
    w.addClaim(claim(3, 'sanctions', 'denied', 0.8));
    w.addClaim(claim(4, 'threatens', 'alleged', 0.5));
  }
  await w.commit();
}

let store: Store;
let full: string[];

beforeAll(async () => {
  driver = await testDriver(config);
  const dir = mkdtempSync(join(tmpdir(), 'geokg-incr-'));
  store = openStore(join(dir, 'data'));
  await importPart(store, dir, 0);
  await importPart(store, dir, 1);
  await wipeDatabase(driver, config);
  const s = await pushStore(store, { full: true });
  expect(s.mode).toBe('full');
  full = await fingerprint(driver);
  rmSync(join(store.dir, PUSH_STATE));
});
afterAll(async () => {
  await driver?.close();
});

/** The store as it was after its first import: the manifest's first segment only. */
async function pushFirstSegmentOnly(): Promise<void> {
  const manifest = readFileSync(store.manifestPath, 'utf8');
  const m = JSON.parse(manifest) as { segments: unknown[] };
  writeFileSync(store.manifestPath, JSON.stringify({ ...m, segments: m.segments.slice(0, 1) }));
  try {
    await wipeDatabase(driver, config);
    rmSync(join(store.dir, PUSH_STATE), { force: true });
    expect((await pushStore(store)).mode).toBe('full');
  } finally {
    writeFileSync(store.manifestPath, manifest);
  }
}

it('sends only the new segment, and ends where a full push of the store does', async () => {
  await pushFirstSegmentOnly();
  const s = await pushStore(store);
  // Folded onto the database's edge states: the older segment was not read.
  expect(s).toMatchObject({ mode: 'incremental', segments: 1, aggregates: 'database' });
  expect(s.written.claims).toBe(store.manifest().segments[1]!.claims);
  expect(await fingerprint(driver)).toEqual(full);
  const [rel] = await query<{ modality: string; claimCount: number; lastSeen: string }>(
    driver,
    'MATCH (:State {id: $s})-[r:SANCTIONS]->(:Company {id: $o}) RETURN r.modality AS modality, r.claimCount AS claimCount, r.lastSeen AS lastSeen',
    { s: kaz.id, o: acme.id },
  );
  expect(rel).toEqual({ modality: 'denied', claimCount: 3, lastSeen: '2026-03-01' });
  // Nothing new: an incremental push sends nothing and changes nothing.
  const again = await pushStore(store);
  expect(again).toMatchObject({ mode: 'incremental', segments: 0, written: { claims: 0 } });
  expect(await fingerprint(driver)).toEqual(full);
});

it('converges when an incremental push stopped half-way is run again', async () => {
  await pushFirstSegmentOnly();
  const abort = new AbortController();
  let batches = 0;
  await expect(
    pushStore(store, { batchSize: 2, concurrency: 1, signal: abort.signal }, (p) => {
      // Stopped in the claims phase: some of the new claims are in, no aggregate counts them yet.
      if (p.phase === 'claims' && ++batches === 2) abort.abort();
    }),
  ).rejects.toBeInstanceOf(PushAbortedError);
  expect(await fingerprint(driver)).not.toEqual(full);
  // The mark did not move: the re-run sends the same segment again, aggregated from the store, as some of
  // its claims are in the database (folding onto the database's state is safe only when none is).
  expect(await pushStore(store)).toMatchObject({ mode: 'incremental', aggregates: 'store' });
  expect(await fingerprint(driver)).toEqual(full);
});

it('aggregates from the store when a relationship lacks the state to fold into', async () => {
  await pushFirstSegmentOnly();
  // As an older geokg or a bulk import without the state lists would have left it.
  await query(driver, 'MATCH ()-[r:SANCTIONS]->() REMOVE r.modalityWeights');
  const s = await pushStore(store);
  expect(s).toMatchObject({ mode: 'incremental', aggregates: 'store' });
  expect(await fingerprint(driver)).toEqual(full);
});

it('aggregates from the store when the database holds the new claims already', async () => {
  await pushFirstSegmentOnly();
  // The mark as before the second segment, the database as after it (another copy of the store pushed it,
  // or the same server through another URI): folding the claims onto its aggregates would count them twice.
  const state = readFileSync(join(store.dir, PUSH_STATE), 'utf8');
  await pushStore(store, { full: true });
  writeFileSync(join(store.dir, PUSH_STATE), state);
  expect(await pushStore(store)).toMatchObject({ mode: 'incremental', aggregates: 'store' });
  expect(await fingerprint(driver)).toEqual(full);
});
