// Format 3 segments are gzip; format 2 segments (the same lines uncompressed) stay readable, and a store
// holding both reads as one.
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { claimId } from '../model/claim.ts';
import type { Claim } from '../model/claim.ts';
import type { Entity } from '../model/entity.ts';
import type { Manifest } from './format.ts';
import { openStore } from './store.ts';

const kaz: Entity = { id: 'state:KAZ', kind: 'State', name: 'Kazakhstan', aliases: [], props: {} };
const ukr: Entity = { id: 'state:UKR', kind: 'State', name: 'Ukraine', aliases: [], props: {} };

function claim(n: number): Claim {
  const draft: Omit<Claim, 'id'> = {
    subject: { id: kaz.id, kind: 'State', name: kaz.name },
    predicate: 'accuses',
    object: { id: ukr.id, kind: 'State', name: ukr.name },
    modality: 'alleged',
    confidence: 0.5,
    evidence: { docId: 'doc:a', doc: 'a.txt', sentence: n, start: n, end: n + 1, text: 'x' },
    source: 'text',
  };
  return { id: claimId(draft), ...draft };
}

describe('compressed segments', () => {
  it('are gzip that zcat reads, and a format 2 segment beside them still loads', async () => {
    const store = openStore(join(mkdtempSync(join(tmpdir(), 'geokg-gz-')), 'data'));
    let w = await store.writer();
    w.addEntity(kaz);
    w.addEntity(ukr);
    for (let i = 0; i < 2000; i++) w.addClaim(claim(i));
    await w.commit();
    const gz = readFileSync(join(store.dir, '000001.claims.tsv.gz'));
    const text = gunzipSync(gz).toString('utf8');
    expect(text.split('\n').filter(Boolean)).toHaveLength(2000);
    expect(gz.length).toBeLessThan(text.length / 3);
    // Turn the segment into format 2: the same lines, uncompressed, under the old names.
    for (const [from, to] of [
      ['000001.claims.tsv.gz', '000001.claims.tsv'],
      ['000001.entities.jsonl.gz', '000001.entities.jsonl'],
    ] as const) {
      writeFileSync(join(store.dir, to), gunzipSync(readFileSync(join(store.dir, from))));
      renameSync(join(store.dir, from), join(store.dir, `${from}.old`));
    }
    const m = JSON.parse(readFileSync(store.manifestPath, 'utf8')) as Manifest;
    m.version = 2;
    m.segments[0]!.version = 2;
    writeFileSync(store.manifestPath, JSON.stringify(m));
    expect((await store.load()).claimCount).toBe(2000);
    w = await store.writer();
    w.addClaim(claim(5000));
    await w.commit();
    expect(store.manifest().segments.map((s) => s.version)).toEqual([2, 3]);
    expect((await store.load()).claimCount).toBe(2001);
    expect((await store.stats()).claims).toBe(2001);
  });
});
