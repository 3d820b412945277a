// storeRows joins each claim to its entities' names and kinds through spill files: over several segments,
// in files of two records, its rows are those of the plain reading (every entity merged in a Map, then
// every claim decoded against it), and it leaves no file behind.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimId } from '../model/claim.ts';
import type { Claim } from '../model/claim.ts';
import { refOf } from '../model/entity.ts';
import type { Entity } from '../model/entity.ts';
import { defaultOntology } from '../ontology/load.ts';
import { openStore } from '../store/store.ts';
import { storeRows } from './export.ts';
import type { Row } from './export.ts';
import { claimRow, entityRow } from './rows.ts';

const entity = (id: string, kind: string, name: string, props: Record<string, unknown> = {}): Entity => ({
  id,
  kind,
  name,
  aliases: [],
  props,
});
const kaz = entity('state:KAZ', 'State', 'Kazakhstan', { iso3: 'KAZ' });
const rus = entity('state:RUS', 'State', 'Russia', { iso3: 'RUS' });
const cpc = entity('org:cpc', 'Organization', 'CPC\twith a tab');
const talks = entity('event:talks', 'Meeting', 'Talks in Astana');

function claim(s: Entity, predicate: string, o: Entity, extra: Partial<Claim> = {}): Claim {
  const draft: Omit<Claim, 'id'> = {
    subject: refOf(s),
    predicate,
    object: refOf(o),
    modality: 'asserted',
    confidence: 0.8,
    source: 'text',
    evidence: { docId: 'doc:a', doc: 'a.txt', sentence: 1 },
    ...extra,
  };
  return { id: claimId(draft), ...draft };
}

describe('storeRows', () => {
  it('gives the plain reading of a store of two segments, in files of two records', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'geokg-rows-test-'));
    const store = openStore(join(dir, 'data'));
    let w = await store.writer();
    for (const e of [kaz, rus, talks]) w.addEntity(e);
    w.addClaim(claim(kaz, 'accuses', rus, { about: refOf(talks) }));
    w.addClaim(claim(rus, 'denies', kaz, { claimedBy: refOf(rus) }));
    await w.commit();
    // The second segment makes the consortium a Consortium (a more specific kind, merged) and names it.
    w = await store.writer();
    const consortium = { ...cpc, kind: 'Consortium' };
    for (const e of [cpc, consortium]) w.addEntity(e);
    w.addClaim(claim(kaz, 'stakeholder-of', consortium));
    w.addClaim(claim(rus, 'stakeholder-of', consortium, { confidence: 0.6 }));
    await w.commit();
    expect(store.manifest().segments).toHaveLength(2);

    const ontology = defaultOntology();
    const entities = await store.entityMap(ontology);
    const plain: Row[] = [...entities.values()].map((e) => entityRow(e, ontology));
    for await (const c of store.claims()) plain.push(claimRow(c));
    const spilled: Row[] = [];
    for await (const r of storeRows(store, ontology, { claimsPerPart: 2, entitiesPerPart: 2, tmp: dir }))
      spilled.push(r);
    expect(spilled).toEqual(plain);
    expect(spilled.map((r) => r.type)).toEqual([...Array(4).fill('entity'), ...Array(4).fill('claim')]);
    // The merged kind reaches the claims that name the consortium.
    const last = spilled.at(-1) as { object: { kind: string; name: string } };
    expect(last.object).toEqual({ id: 'org:cpc', kind: 'Consortium', name: 'CPC\twith a tab' });
    expect(readdirSync(dir)).toEqual(['data']);
  });
});
