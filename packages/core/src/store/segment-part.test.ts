// segmentPart reads only the segments it is given, yet holds each recorded entity's whole state (the writer
// records a known entity merged), names what it lacks, and decodes the claims with the refs it is handed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { acme, kaz, sentenceClaim } from '../../test/claims.ts';
import type { EntityRef } from '../model/entity.ts';
import { defaultOntology } from '../ontology/load.ts';
import { segmentPart } from './segment-part.ts';
import { openStore } from './store.ts';

const uzb = { id: 'state:UZB', kind: 'State', name: 'Uzbekistan' };
const claim = (n: number, object: EntityRef) => sentenceClaim(kaz, 'sanctions', object, n, 'p');

it('holds the new segments only, each entity whole, and names what they lack', async () => {
  const store = openStore(join(mkdtempSync(join(tmpdir(), 'geokg-part-')), 'data'));
  let w = await store.writer();
  w.addEntity(kaz);
  w.addEntity(acme);
  w.addClaim(claim(1, acme));
  await w.commit();
  w = await store.writer();
  // A kind refined and a property added: the record written is the merged entity, aliases included.
  w.addEntity({ ...acme, kind: 'Company', aliases: [], props: { country: 'KAZ' } });
  const b = claim(2, { id: acme.id, kind: 'Company', name: acme.name });
  const c = claim(3, uzb); // names an entity the store has no record of: the writer records it
  w.addClaim(b);
  w.addClaim(c);
  await w.commit();

  const [, second] = store.manifest().segments;
  const part = await segmentPart(store, [second!], defaultOntology());
  expect([...part.entities.keys()].sort()).toEqual([acme.id, uzb.id]);
  expect(part.entities.get(acme.id)).toEqual({
    id: acme.id,
    kind: 'Company',
    name: 'Acme',
    aliases: ['ACME'],
    props: { country: 'KAZ' },
  });
  expect([...part.named]).toEqual([kaz.id]);
  expect([...part.documents].sort()).toEqual(['doc:p2', 'doc:p3']);
  expect(part.claimIds).toEqual([b.id, c.id]);
  const asked: string[] = [];
  const claims = part.claims((id) => (asked.push(id), { id, kind: 'State', name: 'from the database' }));
  expect(claims.map((x) => x.id)).toEqual([b.id, c.id]);
  expect(claims[0]!.subject).toEqual({ id: kaz.id, kind: 'State', name: 'from the database' });
  expect(claims[1]!.object).toMatchObject({ id: uzb.id, kind: 'State', name: 'Uzbekistan' });
  expect([...new Set(asked)]).toEqual([kaz.id]);
});
