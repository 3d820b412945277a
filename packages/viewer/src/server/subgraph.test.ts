// The part of a store `geokg view` sends: top nodes by degree, a kind, a country, a time range, the
// neighbourhood of a node, each checked against a count made here from the claims.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimId, defaultOntology, openStore } from '@geokg/core';
import type { Claim, Entity, Store } from '@geokg/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectSubgraph, selectionOf } from './subgraph.ts';

const state = (iso3: string): Entity => ({
  id: `state:${iso3}`,
  kind: 'State',
  name: iso3,
  aliases: [],
  props: { iso3 },
});
const org = (n: string, country: string): Entity => ({
  id: `org:${n}`,
  kind: 'Company',
  name: n,
  aliases: [],
  props: { country },
});
const [kaz, ukr, rus, usa] = ['KAZ', 'UKR', 'RUS', 'USA'].map(state) as [Entity, Entity, Entity, Entity];
const acme = org('acme', 'KAZ');

function claim(s: Entity, p: string, o: Entity, date: string, n: number): Claim {
  const draft: Omit<Claim, 'id'> = {
    subject: { id: s.id, kind: s.kind, name: s.name },
    predicate: p,
    object: { id: o.id, kind: o.kind, name: o.name },
    modality: 'asserted',
    confidence: 0.5,
    time: { occurred: date },
    evidence: { docId: 'doc:x', doc: 'x', sentence: n },
    source: 'text',
  };
  return { id: claimId(draft), ...draft };
}

let store: Store;
beforeAll(async () => {
  store = openStore(join(mkdtempSync(join(tmpdir(), 'geokg-sub-')), 'data'));
  const w = await store.writer();
  for (const e of [kaz, ukr, rus, usa, acme]) w.addEntity(e);
  // Degrees (distinct edges): KAZ 4, UKR 2, RUS 2, USA 1, acme 1.
  const claims = [
    claim(kaz, 'accuses', ukr, '2019-10-24', 1),
    claim(kaz, 'accuses', ukr, '2019-10-25', 2),
    claim(kaz, 'threatens', rus, '2020-01-01', 3),
    claim(rus, 'accuses', ukr, '2020-02-01', 4),
    claim(usa, 'sanctions', kaz, '2021-05-05', 5),
    claim(kaz, 'sanctions', acme, '2021-06-01', 6),
  ];
  for (const c of claims) w.addClaim(c);
  await w.commit();
});

const nodes = (g: Awaited<ReturnType<typeof selectSubgraph>>) => g.graph.nodes().sort();
const select = (q: string) => selectSubgraph(store, defaultOntology(), selectionOf(new URLSearchParams(q)));

describe('selectSubgraph', () => {
  it('keeps the top nodes by degree and every edge among them, claims and all', async () => {
    const g = await select('top=3');
    expect(nodes(g)).toEqual(['state:KAZ', 'state:RUS', 'state:UKR']);
    expect(g.graph.size).toBe(3);
    expect(g.claimCount).toBe(4);
  });

  it('narrows to a kind, a country, a time range and a neighbourhood', async () => {
    expect(nodes(await select('kind=State'))).toEqual(['state:KAZ', 'state:RUS', 'state:UKR', 'state:USA']);
    expect(nodes(await select('country=KAZ'))).toEqual(['org:acme', 'state:KAZ']);
    const dated = await select('from=2019-10&to=2019-12-31');
    expect(nodes(dated)).toEqual(['state:KAZ', 'state:UKR']);
    expect(dated.claimCount).toBe(2);
    expect(nodes(await select('around=state:USA'))).toEqual(['state:KAZ', 'state:USA']);
    expect(nodes(await select('around=state:USA&depth=2'))).toEqual([
      'org:acme',
      'state:KAZ',
      'state:RUS',
      'state:UKR',
      'state:USA',
    ]);
  });

  it('refuses bad parameters with a usage error', () => {
    expect(() => selectionOf(new URLSearchParams('top=0'))).toThrow(/top=0 must be a whole number/);
    expect(() => selectionOf(new URLSearchParams('from=yesterday'))).toThrow(/must be an ISO date/);
  });
});
