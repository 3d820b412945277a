import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimId } from '../model/claim.ts';
import type { Claim } from '../model/claim.ts';
import type { Entity } from '../model/entity.ts';
import { StoreError } from './errors.ts';
import { COMMIT_STEPS, setCommitHook } from './fault.ts';
import type { CommitStep } from './fault.ts';
import { openStore } from './store.ts';
import { STORE_VERSION } from './format.ts';

const kaz: Entity = {
  id: 'state:KAZ',
  kind: 'State',
  name: 'Kazakhstan',
  aliases: ['Astana'],
  props: { iso3: 'KAZ' },
};
const ukr: Entity = { id: 'state:UKR', kind: 'State', name: 'Ukraine', aliases: [], props: { iso3: 'UKR' } };

function claim(n: number, predicate = 'accuses'): Claim {
  const draft: Omit<Claim, 'id'> = {
    subject: { id: kaz.id, kind: 'State', name: 'Kazakhstan', iso3: 'KAZ' },
    predicate,
    object: { id: ukr.id, kind: 'State', name: 'Ukraine', iso3: 'UKR' },
    modality: n % 2 ? 'alleged' : 'asserted',
    confidence: 0.5,
    evidence: { docId: 'doc:test', doc: 'test.txt', sentence: n, start: n * 10, end: n * 10 + 5, text: 'x' },
    source: 'text',
  };
  return { id: claimId(draft), ...draft };
}

const tmpStore = () => openStore(join(mkdtempSync(join(tmpdir(), 'geokg-store-')), 'data'));

/** Every file of the folder with a hash of its bytes: "byte-for-byte unchanged" made checkable. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

async function write(store: ReturnType<typeof openStore>, claims: Claim[]) {
  const w = await store.writer();
  w.addEntity(kaz);
  w.addEntity(ukr);
  for (const c of claims) w.addClaim(c);
  return w.commit();
}

describe('Store', () => {
  it('round-trips entities and claims into a GeoGraph', async () => {
    const store = tmpStore();
    const s = await write(store, [claim(1), claim(2), claim(3, 'requests-explanation')]);
    expect(s).toMatchObject({ entitiesNew: 2, edgesNew: 2, claimsNew: 3, claimsKnown: 0, segment: '000001' });
    const g = await store.load();
    expect(g.graph.order).toBe(2);
    expect(g.graph.size).toBe(2);
    expect(g.claimCount).toBe(3);
    expect(g.getEntity('state:KAZ')?.aliases).toContain('Astana');
    expect(g.graph.getEdgeAttribute('state:KAZ|accuses|state:UKR', 'claimCount')).toBe(2);
  });

  it('adds nothing when the same input is written twice', async () => {
    const store = tmpStore();
    await write(store, [claim(1), claim(2)]);
    const before = snapshot(store.dir);
    const again = await write(store, [claim(1), claim(2)]);
    expect(again).toMatchObject({ entitiesNew: 0, entitiesUpdated: 0, claimsNew: 0, claimsKnown: 2 });
    expect(again.segment).toBeUndefined();
    expect(snapshot(store.dir)).toEqual(before);
    expect(store.counts()).toMatchObject({ claims: 2, segments: 1 });
  });

  it('adds only what is new, in a new segment', async () => {
    const store = tmpStore();
    await write(store, [claim(1)]);
    const s = await write(store, [claim(1), claim(2)]);
    expect(s).toMatchObject({ claimsNew: 1, claimsKnown: 1, edgesNew: 0, segment: '000002' });
    expect((await store.load()).claimCount).toBe(2);
  });

  it('leaves the store byte-for-byte unchanged when a writer aborts', async () => {
    const store = tmpStore();
    await write(store, [claim(1)]);
    const before = snapshot(store.dir);
    const w = await store.writer();
    for (let i = 10; i < 5000; i++) w.addClaim(claim(i));
    w.abort();
    expect(snapshot(store.dir)).toEqual(before);
  });

  it('reads the previous version after a crash between segment and manifest, and cleans up on the next write', async () => {
    const store = tmpStore();
    await write(store, [claim(1)]);
    // What a crash leaves: segment files that no manifest names.
    writeFileSync(join(store.dir, '000002.claims.tsv.gz'), 'half-written');
    writeFileSync(join(store.dir, '000002.index.tsv'), 'left by version 1');
    expect((await store.load()).claimCount).toBe(1);
    const s = await write(store, [claim(2)]);
    expect(s.claimsNew).toBe(1);
    expect((await store.load()).claimCount).toBe(2);
    expect(readFileSync(join(store.dir, '000002.claims.tsv.gz'), 'utf8')).not.toContain('half-written');
    expect(readdirSync(store.dir)).not.toContain('000002.index.tsv');
  });

  it('reads a version 1 store, and upgrades it with its next commit', async () => {
    const store = tmpStore();
    mkdirSync(store.dir, { recursive: true });
    // Version 1 wrote whole claims as JSON, and an index of claim id and edge key.
    const c1 = claim(1);
    writeFileSync(
      join(store.dir, '000001.entities.jsonl'),
      [kaz, ukr].map((e) => JSON.stringify(e)).join('\n'),
    );
    writeFileSync(join(store.dir, '000001.claims.jsonl'), JSON.stringify(c1) + '\n');
    writeFileSync(join(store.dir, '000001.index.tsv'), `${c1.id}\tstate:KAZ|accuses|state:UKR\n`);
    const segment = { name: '000001', entities: 2, claims: 1, created: '2026-01-01T00:00:00.000Z' };
    const v1 = { format: 'geokg-store', version: 1, generation: 1, segments: [segment] };
    writeFileSync(store.manifestPath, JSON.stringify(v1));
    expect((await store.load()).claimCount).toBe(1);
    const s = await write(store, [c1, claim(2)]);
    expect(s).toMatchObject({ claimsNew: 1, claimsKnown: 1, edgesNew: 0, segment: '000002' });
    expect(store.manifest()).toMatchObject({
      version: STORE_VERSION,
      segments: [segment, { name: '000002', version: STORE_VERSION }],
    });
    const g = await store.load();
    expect(g.claimCount).toBe(2);
    expect([...g.claims()].map((c) => c.subject)).toEqual([c1.subject, c1.subject]);
  });

  it('joins claims to the entities as they stand, merged across segments', async () => {
    const store = tmpStore();
    await write(store, [claim(1)]);
    const w = await store.writer();
    w.addEntity({ ...kaz, name: 'Republic of Kazakhstan', aliases: ['Qazaqstan'] });
    await w.commit();
    const claims = [];
    for await (const c of store.claims()) claims.push(c);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.subject).toEqual({
      id: 'state:KAZ',
      kind: 'State',
      name: expect.any(String),
      iso3: 'KAZ',
    });
    expect(claims[0]!.evidence).toEqual(claim(1).evidence);
  });

  it('refuses a second writer while one is open', async () => {
    const store = tmpStore();
    const w = await store.writer();
    await expect(store.writer()).rejects.toThrow(StoreError);
    w.abort();
    const w2 = await store.writer();
    w2.abort();
  });

  it.each(COMMIT_STEPS)(
    'a second writer refused during the commit (at %s) touches nothing of the first',
    async (step: CommitStep) => {
      const store = tmpStore();
      await write(store, [claim(1)]);
      let second: Promise<unknown> | undefined;
      setCommitHook((at) => {
        if (at === step) second = store.writer();
      });
      try {
        await write(store, [claim(2)]);
      } finally {
        setCommitHook(undefined);
      }
      await expect(second).rejects.toThrow(/is writing this store/);
      expect((await store.load()).claimCount).toBe(2);
      expect(readdirSync(store.dir).sort()).toEqual([
        '000001.claims.tsv.gz',
        '000001.entities.jsonl.gz',
        '000002.claims.tsv.gz',
        '000002.entities.jsonl.gz',
        'manifest.json',
      ]);
    },
  );

  it('the next writer removes the temporary files a killed writer left', async () => {
    const store = tmpStore();
    await write(store, [claim(1)]);
    const before = snapshot(store.dir);
    for (const f of ['000002.claims.tsv.tmp-999999', '000002.entities.jsonl.tmp-1', 'manifest.json.tmp-42'])
      writeFileSync(join(store.dir, f), 'left by a SIGKILL');
    writeFileSync(join(store.dir, '.lock.999999'), '999999');
    (await store.writer()).abort();
    expect(snapshot(store.dir)).toEqual(before);
  });

  it.each(COMMIT_STEPS.slice(0, 4))(
    'a commit that fails at %s leaves the store as it was, unlocked',
    async (step: CommitStep) => {
      const store = tmpStore();
      await write(store, [claim(1)]);
      const before = snapshot(store.dir);
      setCommitHook((at) => {
        if (at === step) throw new Error(`disk gone at ${at}`);
      });
      try {
        await expect(write(store, [claim(2)])).rejects.toThrow(/disk gone/);
      } finally {
        setCommitHook(undefined);
      }
      expect(snapshot(store.dir)).toEqual(before);
      expect((await store.load()).claimCount).toBe(1);
    },
  );

  it('abort() during a commit (stopped at a step) removes what the commit wrote', async () => {
    const store = tmpStore();
    await write(store, [claim(1)]);
    const before = snapshot(store.dir);
    const w = await store.writer();
    w.addClaim(claim(2));
    setCommitHook((at) => {
      if (at === 'claims-renamed') {
        w.abort();
        throw new Error('stopped');
      }
    });
    try {
      await expect(w.commit()).rejects.toThrow('stopped');
    } finally {
      setCommitHook(undefined);
    }
    expect(snapshot(store.dir)).toEqual(before);
  });

  it('abort() called while commit() is under way cancels it', async () => {
    const store = tmpStore();
    await write(store, [claim(1)]);
    const before = snapshot(store.dir);
    const w = await store.writer();
    w.addClaim(claim(2));
    const committing = w.commit();
    w.abort();
    await expect(committing).rejects.toThrow(/aborted during its commit/);
    expect(snapshot(store.dir)).toEqual(before);
  });

  it('refuses a store written by a newer geokg', async () => {
    const store = tmpStore();
    await write(store, [claim(1)]);
    const m = JSON.parse(readFileSync(store.manifestPath, 'utf8'));
    writeFileSync(store.manifestPath, JSON.stringify({ ...m, version: 99 }));
    expect(() => store.manifest()).toThrow(/format version 99.*upgrade geokg/);
  });
});
