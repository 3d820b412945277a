// The manifest's counts (SegmentCounts) against a full count of the loaded graph, after several imports of
// every kind: fact claims, a kind made more specific, GDELT rows through the worker threads' line batches.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importGdelt } from '../gdelt/import.ts';
import type { GeoGraph } from '../graph/geograph.ts';
import { claimId } from '../model/claim.ts';
import type { Claim } from '../model/claim.ts';
import type { Entity } from '../model/entity.ts';
import { defaultRegistry } from '../seeded/registry.ts';
import { sortedCounts } from './counts.ts';
import type { StoreStats } from './counts.ts';
import type { Manifest } from './format.ts';
import { openStore } from './store.ts';

const FIXTURE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../test/fixtures/gdelt/sample.export.CSV',
);

const kaz: Entity = { id: 'state:KAZ', kind: 'State', name: 'Kazakhstan', aliases: [], props: {} };
const acme: Entity = { id: 'org:acme', kind: 'Organization', name: 'Acme', aliases: [], props: {} };

function claim(n: number, predicate: string, object: Entity, modality: Claim['modality']): Claim {
  const draft: Omit<Claim, 'id'> = {
    subject: { id: kaz.id, kind: kaz.kind, name: kaz.name },
    predicate,
    object: { id: object.id, kind: object.kind, name: object.name },
    modality,
    confidence: 0.5,
    evidence: { docId: 'doc:t', doc: 't.txt', sentence: n, start: n, end: n + 1, text: 'x' },
    source: 'text',
  };
  return { id: claimId(draft), ...draft };
}

/** The counts of a loaded graph, computed independently of counts.ts. */
function fullCount(g: GeoGraph): StoreStats {
  const by = (keys: string[]) => {
    const m: Record<string, number> = {};
    for (const k of keys) m[k] = (m[k] ?? 0) + 1;
    return sortedCounts(m);
  };
  return {
    nodes: g.graph.order,
    edges: g.graph.size,
    claims: g.claimCount,
    byKind: by(g.graph.mapNodes((_, a) => a.kind)),
    byPredicate: by(g.graph.mapEdges((_, a) => a.predicate)),
    byModality: by([...g.claims()].map((c) => c.modality)),
  };
}

async function threeImports(dir: string) {
  const store = openStore(dir);
  let w = await store.writer();
  w.addEntity(kaz);
  w.addEntity(acme);
  w.addClaim(claim(1, 'sanctions', acme, 'asserted'));
  w.addClaim(claim(2, 'sanctions', acme, 'alleged'));
  await w.commit();
  // The same edge again, a new edge, a claim already in, and Acme made a Company.
  w = await store.writer();
  w.addEntity({ ...acme, kind: 'Company' });
  w.addClaim(claim(3, 'sanctions', acme, 'denied'));
  w.addClaim(claim(4, 'threatens', acme, 'asserted'));
  w.addClaim(claim(1, 'sanctions', acme, 'asserted'));
  await w.commit();
  w = await store.writer();
  const csv = join(dir, '..', 'big.export.CSV');
  writeFileSync(csv, readFileSync(FIXTURE));
  await importGdelt([csv], w, { registry: defaultRegistry(), workers: 1, parallelMinBytes: 0 });
  await w.commit();
  return store;
}

describe('store counts', () => {
  it('equal a full count of the loaded graph after several imports', async () => {
    const store = await threeImports(join(mkdtempSync(join(tmpdir(), 'geokg-counts-')), 'data'));
    const m = store.manifest();
    expect(m.segments).toHaveLength(3);
    expect(m.segments.every((s) => s.counts)).toBe(true);
    expect(m.segments[1]!.counts!.kinds).toEqual({ Organization: -1, Company: 1 });
    const stats = await store.stats();
    expect(stats).toEqual(fullCount(await store.load()));
    expect(stats.claims).toBe(store.counts().claims);
  });

  it('are counted by a streaming pass for an older store, and recorded by its next commit', async () => {
    const store = await threeImports(join(mkdtempSync(join(tmpdir(), 'geokg-counts-')), 'data'));
    const expected = await store.stats();
    const m = JSON.parse(readFileSync(store.manifestPath, 'utf8')) as Manifest;
    for (const s of m.segments) delete s.counts;
    writeFileSync(store.manifestPath, JSON.stringify(m));
    const seen: number[] = [];
    expect(await store.stats(undefined, (done) => seen.push(done))).toEqual(expected);
    expect(seen.length).toBeGreaterThan(0);
    const w = await store.writer();
    w.addClaim(claim(5, 'threatens', acme, 'hypothetical'));
    await w.commit();
    expect(store.manifest().segments.every((s) => s.counts)).toBe(true);
    expect(await store.stats()).toEqual(fullCount(await store.load()));
  });
});
