// A damaged store is detected when it is read (exit 3, naming the segment and the repair), and repair
// takes it back to its last whole version; a full disk is a StoreError and leaves nothing half written.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimId } from '../model/claim.ts';
import type { Claim } from '../model/claim.ts';
import { StoreError } from './errors.ts';
import { repairStore } from './repair.ts';
import { SegmentFile } from './segment-file.ts';
import { openStore } from './store.ts';
import type { Store } from './store.ts';
import { segmentFiles } from './format.ts';

const claimsOf = (seg: string) => segmentFiles(seg).claims;

const ref = (iso3: string) => ({ id: `state:${iso3}`, kind: 'State', name: iso3, iso3 });
function claim(n: number): Claim {
  const draft: Omit<Claim, 'id'> = {
    subject: ref('KAZ'),
    predicate: 'accuses',
    object: ref('UKR'),
    modality: 'asserted',
    confidence: 0.5,
    evidence: { docId: 'doc:t', doc: 't.txt', sentence: n, start: 0, end: 1, text: `claim ${n}` },
    source: 'text',
  };
  return { id: claimId(draft), ...draft };
}

async function storeOf(segments: number): Promise<Store> {
  const store = openStore(join(mkdtempSync(join(tmpdir(), 'geokg-damage-')), 'data'));
  for (let s = 0; s < segments; s++) {
    const w = await store.writer();
    for (let i = 0; i < 50; i++) w.addClaim(claim(s * 100 + i));
    await w.commit();
  }
  return store;
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('segment checks', () => {
  it('the manifest records each segment file with its size and SHA-256', async () => {
    const store = await storeOf(1);
    const seg = store.manifest().segments[0]!;
    for (const f of [segmentFiles('000001').entities, claimsOf('000001')]) {
      const path = join(store.dir, f);
      expect(seg.files?.[f]).toEqual({ bytes: statSync(path).size, sha256: sha(path) });
    }
  });

  it.each([
    [
      'truncated mid-line',
      (p: string) => truncateSync(p, statSync(p).size - 7),
      /has \d+ bytes, its commit wrote/,
    ],
    [
      'a byte changed',
      (p: string) => {
        const b = readFileSync(p);
        b[10] = b[10]! ^ 1;
        writeFileSync(p, b);
      },
      /SHA-256|not valid JSON|not whole gzip/,
    ],
    ['missing', (p: string) => writeFileSync(p, ''), /has 0 bytes/],
  ])(
    'a claims file %s is refused by load and by the next writer, naming segment and repair',
    async (_, harm, why) => {
      const store = await storeOf(2);
      harm(join(store.dir, claimsOf('000002')));
      const message = new RegExp(`segment 000002 is damaged \\(.*\\)\\. Run "geokg repair --store`);
      await expect(store.load()).rejects.toThrow(message);
      await expect(store.load()).rejects.toThrow(why);
      const before = readdirSync(store.dir).map((f) => [f, sha(join(store.dir, f))]);
      await expect(store.writer()).rejects.toThrow(StoreError);
      expect(readdirSync(store.dir).map((f) => [f, sha(join(store.dir, f))])).toEqual(before);
    },
  );

  it('a segment from before checks is still refused when it ends inside a line', async () => {
    const store = await storeOf(1);
    const m = store.manifest();
    delete m.segments[0]!.files;
    writeFileSync(store.manifestPath, JSON.stringify(m));
    const p = join(store.dir, claimsOf('000001'));
    truncateSync(p, statSync(p).size - 3);
    await expect(store.load()).rejects.toThrow(
      /segment 000001 is damaged \(000001\.claims\.tsv(\.gz is not whole gzip| ends in the middle)/,
    );
  });

  it('repair drops the damaged segment and those after it, and the store reads and takes new commits', async () => {
    const store = await storeOf(4);
    truncateSync(join(store.dir, claimsOf('000003')), 0);
    const r = await repairStore(store);
    expect(r.kept).toBe(2);
    expect(r.dropped.map((s) => s.name)).toEqual(['000003', '000004']);
    expect(r.problem).toMatch(/000003\.claims\.tsv(\.gz)? has 0 bytes/);
    expect(existsSync(join(store.dir, claimsOf('000004')))).toBe(false);
    expect((await store.load()).claimCount).toBe(100);
    expect((await repairStore(store)).dropped).toEqual([]);
    const w = await store.writer();
    w.addClaim(claim(999));
    expect((await w.commit()).segment).toBe('000005');
    expect((await store.load()).claimCount).toBe(101);
  });

  it.runIf(existsSync('/dev/full'))('a full disk is a StoreError that says nothing was committed', () => {
    const f = new SegmentFile('/dev/full', join(tmpdir(), '000001.claims.tsv'));
    expect(() => {
      for (let i = 0; i < 100_000; i++) f.write('x'.repeat(100));
      f.finish();
    }).toThrow(/writing 000001\.claims\.tsv failed \(no space left on the device\); nothing was committed/);
  });
});
