// The example fact files of docs/examples/ (documented in docs/fact-files.md) import into a store as they
// stand, and a second import of them adds nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultRegistry } from '../seeded/registry.ts';
import { writeBatch } from '../store/batch.ts';
import { openStore } from '../store/store.ts';
import { readFactFile } from './read.ts';

const EXAMPLES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../docs/examples');
const FILES = ['facts.yaml', 'facts.jsonl', 'facts.csv'].map((f) => join(EXAMPLES, f));
const tmp = mkdtempSync(join(tmpdir(), 'geokg-examples-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function importAll(dir: string) {
  const registry = defaultRegistry();
  const writer = await openStore(dir).writer();
  for (const path of FILES) {
    const f = readFactFile(path, registry);
    writeBatch(writer, registry, {
      entities: [f.document, ...f.entities.map((d) => d.entity), ...f.created],
      claims: f.claims,
    });
  }
  return writer.commit();
}

describe('docs/examples', () => {
  it.each(FILES.map((f) => [f.slice(EXAMPLES.length + 1), f]))(
    '%s reads without a problem',
    (_name, path) => {
      const f = readFactFile(path, defaultRegistry());
      expect(f.claims.length).toBeGreaterThanOrEqual(5);
    },
  );

  it('the YAML example shows every field a fact can have', () => {
    const f = readFactFile(FILES[0]!, defaultRegistry());
    const ask = f.claims.find((c) => c.predicate === 'requests-explanation')!;
    expect(ask).toMatchObject({
      subject: { id: 'org:hun:ministry-of-foreign-affairs-and-trade' },
      object: { id: 'state:UKR' },
      about: { id: 'event:druzhba-transit-halt', kind: 'Incident' },
      confidence: 0.8,
      cameo: '101',
      time: { occurred: '2024-07-18', reported: '2024-07-19' },
      attrs: { source: 'https://example.org/news/druzhba-transit', note: 'Illustrative example.' },
      evidence: { text: 'Budapest asked Kyiv to explain why oil deliveries had stopped.' },
    });
    expect(f.claims.find((c) => c.predicate === 'accuses')).toMatchObject({
      modality: 'alleged',
      claimedBy: { id: 'state:HUN' },
    });
    const spb = f.entities.find((d) => d.entity.name === 'Saint Petersburg')!;
    expect(spb.aliases).toContainEqual({
      text: 'Leningrad',
      type: 'former',
      validFrom: '1924-01-26',
      validTo: '1991-09-06',
    });
  });

  it('all three import into a store, and importing them again adds nothing', async () => {
    const dir = join(tmp, 'data');
    const first = await importAll(dir);
    expect(first.claimsNew).toBeGreaterThan(10);
    // The same fact in two files is one claim: the three files share some.
    const read = FILES.reduce((n, p) => n + readFactFile(p, defaultRegistry()).claims.length, 0);
    expect(first.claimsNew + first.claimsKnown).toBe(read);
    expect(first.claimsKnown).toBeGreaterThan(0);
    const graph = await openStore(dir).load();
    expect(graph.claimCount).toBe(first.claimsNew);
    const counts = [graph.graph.order, graph.graph.size, graph.claimCount];
    const second = await importAll(dir);
    expect(second).toMatchObject({ entitiesNew: 0, edgesNew: 0, claimsNew: 0, claimsKnown: read });
    const again = await openStore(dir).load();
    expect([again.graph.order, again.graph.size, again.claimCount]).toEqual(counts);
  });
});
