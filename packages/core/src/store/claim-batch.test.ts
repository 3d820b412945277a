// A batch encoded off the writer (what a GDELT worker thread sends) must store exactly what addClaim stores.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODALITIES } from '../model/claim.ts';
import type { Claim } from '../model/claim.ts';
import { defaultOntology } from '../ontology/load.ts';
import { encodeClaimBatch } from './claim-batch.ts';
import { encodeClaim } from './claim-line.ts';
import { openStore } from './store.ts';
import { claimOf, kaz, ukr } from '../../test/claims.ts';

const claim = (n: number, predicate: string): Claim =>
  claimOf(kaz, predicate, ukr, {
    modality: n % 2 ? 'alleged' : 'asserted',
    confidence: 0.5,
    evidence: { docId: 'doc:t', doc: 't.txt', sentence: n, start: n, end: n + 1, text: 'é ✓ x' },
  });

const claims = [claim(0, 'accuses'), claim(1, 'accuses'), claim(2, 'requests')];

async function stored(add: (w: Awaited<ReturnType<ReturnType<typeof openStore>['writer']>>) => void) {
  const store = openStore(join(mkdtempSync(join(tmpdir(), 'geokg-batch-')), 'data'));
  const w = await store.writer();
  w.addEntity(kaz);
  w.addEntity(ukr);
  add(w);
  await w.commit();
  const out: Claim[] = [];
  for await (const c of store.claims()) out.push(c);
  return { claims: out, stats: await store.stats() };
}

describe('encodeClaimBatch', () => {
  it('lays out the lines, ends, ids and modalities of the claims', () => {
    const b = encodeClaimBatch(claims, defaultOntology());
    const text = Buffer.from(b.bytes).toString('utf8');
    expect(text).toBe(claims.map((c) => encodeClaim(c) + '\n').join(''));
    expect([...b.ends]).toEqual(
      claims.map((_, i) =>
        Buffer.byteLength(
          text
            .split('\n')
            .slice(0, i + 1)
            .join('\n') + '\n',
        ),
      ),
    );
    expect(b.ids).toBe(claims.map((c) => c.id).join('\n'));
    expect(b.predicates).toBe('accuses\naccuses\nrequests');
    expect([...b.modalities].map((m) => MODALITIES[m])).toEqual(['asserted', 'alleged', 'asserted']);
  });

  it('stores through addClaimLines what addClaim stores, with the same counts', async () => {
    const one = await stored((w) => claims.forEach((c) => w.addClaim(c)));
    const batch = await stored((w) => w.addClaimLines(encodeClaimBatch(claims, defaultOntology())));
    expect(batch.claims).toEqual(one.claims);
    expect(batch.stats).toEqual(one.stats);
    expect(one.claims.length).toBe(3);
  });

  it('refuses a claim whose endpoints the predicate does not take', () => {
    const bad = { ...claims[0]!, object: { id: 'doc:t', kind: 'Document', name: 't.txt' } };
    expect(() => encodeClaimBatch([bad], defaultOntology())).toThrow(/Document/);
  });
});
