// importGdelt into a real store: counts checked against values computed here, independently of the reader,
// from the raw file (the fixture always; ../shared/eval's whole export when it is there).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../model/claim.ts';
import type { Entity } from '../model/entity.ts';
import { defaultRegistry } from '../seeded/registry.ts';
import { openStore } from '../store/store.ts';
import { importGdelt } from './import.ts';
import type { GdeltImportOptions } from './types.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURE = resolve(HERE, '../../test/fixtures/gdelt/sample.export.CSV');
const SHARED = resolve(HERE, '../../../../../shared/eval/gdelt2_20191024143000.export.CSV');

/** What the raw file says, by the plainest reading of it: split on tabs, columns by codebook position. */
function expected(path: string) {
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t'));
  const actor1 = 5;
  const actor2 = 15;
  const url = 60;
  return {
    rows: rows.length,
    bothActors: rows.filter((f) => f[actor1] && f[actor2]).length,
    oneActor: rows.filter((f) => !f[actor1] !== !f[actor2]).length,
    codes: new Set(rows.flatMap((f) => [f[actor1], f[actor2]]).filter(Boolean)).size,
    urls: new Set(rows.map((f) => f[url])).size,
  };
}

/** Two worker threads, a few rows a chunk: chunk boundaries and both workers get exercised. */
const THREADS: Partial<GdeltImportOptions> = { workers: 2, parallelMinBytes: 0, chunkBytes: 4096 };

async function importInto(path: string, opts: Partial<GdeltImportOptions> = {}) {
  const store = openStore(join(mkdtempSync(join(tmpdir(), 'geokg-gdelt-')), 'data'));
  const writer = await store.writer();
  const summary = await importGdelt([path], writer, { registry: defaultRegistry(), workers: 0, ...opts });
  await writer.commit();
  const entities = new Map<string, Entity>();
  for await (const e of store.entities()) entities.set(e.id, e);
  const claims: Claim[] = [];
  for await (const c of store.claims()) claims.push(c);
  return { store, summary, entities, claims };
}

async function checkCounts(path: string, opts: Partial<GdeltImportOptions> = {}) {
  const want = expected(path);
  const { summary, entities, claims, store } = await importInto(path, opts);
  expect(summary.path).toBe(opts.workers ? 'threads' : 'serial');
  const events = claims.filter(
    (c) => c.id.startsWith('claim:gdelt:') && c.attrs?.GLOBALEVENTID !== undefined,
  );
  const interactions = events.filter(
    (c) => c.attrs!.Actor1Code !== undefined && c.attrs!.Actor2Code !== undefined,
  );
  const codes = new Set(
    events.flatMap((c) => [c.attrs!.Actor1Code, c.attrs!.Actor2Code]).filter((x) => x !== undefined),
  );
  const documents = [...entities.values()].filter((e) => e.kind === 'Document');

  expect(summary.rows).toBe(want.rows);
  expect(events).toHaveLength(want.rows);
  expect(interactions).toHaveLength(want.bothActors);
  expect(events.filter((c) => c.predicate === 'attributed-to' || c.predicate === 'targets')).toHaveLength(
    want.oneActor,
  );
  expect(codes.size).toBe(want.codes);
  expect(documents).toHaveLength(want.urls);
  expect(new Set(events.map((c) => c.evidence!.docId)).size).toBe(want.urls);
  // Every endpoint of every claim is a stored node: nothing dangles.
  for (const c of claims)
    for (const ref of [c.subject, c.object]) expect(entities.has(ref.id), ref.id).toBe(true);
  // Re-importing the same file adds nothing: ids are deterministic.
  const again = await store.writer();
  await importGdelt([path], again, { registry: defaultRegistry(), ...opts });
  const second = await again.commit();
  expect(second.claimsNew).toBe(0);
  expect(second.entitiesNew).toBe(0);
  return want;
}

describe('importGdelt', () => {
  it('imports the fixture excerpt with counts matching the raw file', async () => {
    const want = await checkCounts(FIXTURE);
    expect(want.rows).toBe(49);
  });

  it.skipIf(!existsSync(SHARED))(
    `imports the whole eval export (${existsSync(SHARED) ? SHARED : 'skipped: ../shared/eval/gdelt2_20191024143000.export.CSV is absent'})`,
    async () => {
      const want = await checkCounts(SHARED);
      // The figures eval/README.txt gives, as a check on the independent count above.
      expect(want).toMatchObject({ rows: 2111, bothActors: 1406, codes: 270, urls: 425 });
    },
  );

  it('keeps the event numbers, the date and the source of a row', async () => {
    const { claims, entities } = await importInto(FIXTURE);
    const c = claims.find((x) => x.attrs?.GLOBALEVENTID === '881990833')!;
    // Actor2 only (Actor1 is empty): the row is about a pooled event that targets the EU.
    expect(c).toMatchObject({
      subject: { id: 'event:2018-10-24:04:place:blr:minsk', kind: 'Meeting' },
      predicate: 'targets',
      object: { id: 'org:eu', kind: 'IntergovernmentalOrganization' },
      modality: 'asserted',
      confidence: 0.5,
      cameo: '040',
      plover: 'CONSULT',
      time: { occurred: '2018-10-24', reported: '2019-10-24T14:30:00Z' },
      source: 'gdelt',
      attrs: { GoldsteinScale: 1, NumMentions: 10, NumSources: 1, NumArticles: 10, interaction: 'consults' },
    });
    expect(entities.get('event:2018-10-24:04:place:blr:minsk')).toMatchObject({
      name: 'Consultation in Minsk, 2018-10-24',
    });
    expect(
      claims.find((x) => x.id === 'claim:gdelt:event:2018-10-24:04:place:blr:minsk:located-in'),
    ).toMatchObject({
      predicate: 'located-in',
      object: { id: 'place:blr:minsk', kind: 'City' },
    });
    expect(claims.find((x) => x.subject.id === 'place:blr:minsk')).toMatchObject({
      predicate: 'located-in',
      object: { id: 'state:BLR' },
    });
    const url =
      'https://belsat.eu/en/news/10-years-of-belarus-participating-in-eastern-partnership-what-is-to-come/';
    expect(c.evidence).toMatchObject({ doc: url, line: 2 });
    expect(entities.get(c.evidence!.docId)).toMatchObject({ kind: 'Document', props: { url } });
  });
});

describe('importGdelt on worker threads', () => {
  it('imports the fixture excerpt with counts matching the raw file', async () => {
    expect((await checkCounts(FIXTURE, THREADS)).rows).toBe(49);
  });

  it('stores exactly what an import on one thread stores (the eval export when present)', async () => {
    const path = existsSync(SHARED) ? SHARED : FIXTURE;
    const one = await importInto(path);
    const many = await importInto(path, THREADS);
    // The import falls back to one thread quietly: make sure each side ran the path it is meant to test.
    expect(one.summary.path).toBe('serial');
    expect(many.summary.path).toBe('threads');
    const rows = ({ rows, imported, noActor, skipped }: typeof one.summary) => ({
      rows,
      imported,
      noActor,
      skipped,
    });
    expect(rows(many.summary)).toEqual(rows(one.summary));
    const byId = <T extends { id: string }>(xs: Iterable<T>) => new Map([...xs].map((x) => [x.id, x]));
    expect(byId(many.claims)).toEqual(byId(one.claims));
    expect(many.entities).toEqual(one.entities);
    const counts = (s: typeof one.store) => ({ ...s.counts(), entities: undefined });
    expect(counts(many.store)).toEqual(counts(one.store));
  });
});
