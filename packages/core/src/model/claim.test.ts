// claimId directly: every claim id, hence every re-import's de-duplication, rests on it.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { claimId } from './claim.ts';
import type { Claim } from './claim.ts';
import { without } from '../../test/claims.ts';

type Said = Omit<Claim, 'id'>;

const textClaim: Said = {
  source: 'text',
  subject: { id: 'state:KAZ', kind: 'State', name: 'KAZ' },
  predicate: 'accuses',
  object: { id: 'state:UKR', kind: 'State', name: 'UKR' },
  about: { id: 'event:2022-01-01:attack', kind: 'Attack', name: 'attack' },
  modality: 'alleged',
  confidence: 0.8,
  claimedBy: { id: 'org:kaz:foreign-ministry', kind: 'GovernmentBody', name: 'foreign-ministry' },
  time: { occurred: '2022-01-01', reported: '2022-01-02' },
  evidence: { docId: 'doc:abc', doc: 'a.txt', sentence: 3, start: 120, end: 180, text: 'x' },
};

/** The same object with its keys (and its nested objects' keys) in reverse order. */
function reversed<T>(x: T): T {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return x;
  return Object.fromEntries(
    Object.entries(x as Record<string, unknown>)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  ) as T;
}

describe('claimId', () => {
  it('is a fixed value for a fixed claim, in this process and in a fresh one', () => {
    const id = claimId(textClaim);
    expect(id).toMatch(/^claim:[0-9a-f]{20}$/);
    // Worked out outside geokg (sha256 of source, subject, predicate, object, modality, claimedBy, occurred,
    // `docId#sentence:start` and about joined by U+241F, first 20 hex digits). A change here re-keys every
    // stored claim, so it must be deliberate.
    expect(id).toBe('claim:ad793470c2d51fb75c21');
    const module = new URL('./claim.ts', import.meta.url).href;
    const script = `import { claimId } from ${JSON.stringify(module)};
      process.stdout.write(claimId(${JSON.stringify(textClaim)}));`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe(id);
  });

  it('does not depend on the order of fields', () => {
    expect(claimId(reversed(textClaim))).toBe(claimId(textClaim));
  });

  it('differs when any field that says what or where differs', () => {
    const base = claimId(textClaim);
    const variants: Said[] = [
      { ...textClaim, source: 'gdelt' },
      { ...textClaim, subject: { id: 'state:RUS', kind: 'State', name: 'RUS' } },
      { ...textClaim, predicate: 'criticizes' },
      { ...textClaim, object: { id: 'state:RUS', kind: 'State', name: 'RUS' } },
      { ...textClaim, about: { id: 'event:2022-01-02:attack', kind: 'Attack', name: 'attack' } },
      without(textClaim, 'about'),
      { ...textClaim, modality: 'asserted' },
      without(textClaim, 'claimedBy'),
      { ...textClaim, time: { occurred: '2022-01-03' } },
      { ...textClaim, evidence: { ...textClaim.evidence!, docId: 'doc:def' } },
      { ...textClaim, evidence: { ...textClaim.evidence!, sentence: 4 } },
      { ...textClaim, evidence: { ...textClaim.evidence!, start: 121 } },
    ];
    const ids = variants.map(claimId);
    expect(ids).not.toContain(base);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('ignores how sure and how it was worded: confidence, report date, text', () => {
    const base = claimId(textClaim);
    expect(claimId({ ...textClaim, confidence: 0.1 })).toBe(base);
    expect(claimId({ ...textClaim, time: { occurred: '2022-01-01' } })).toBe(base);
    expect(claimId({ ...textClaim, evidence: { ...textClaim.evidence!, text: 'y', end: 190 } })).toBe(base);
  });

  it('keeps a fact where it is said in its file out of its id, but not a text claim', () => {
    const fact: Said = { ...textClaim, source: 'fact', evidence: { docId: 'doc:f', doc: 'f.yaml', line: 3 } };
    expect(claimId({ ...fact, evidence: { docId: 'doc:f', doc: 'f.yaml', line: 40 } })).toBe(claimId(fact));
    const gdelt: Said = { ...fact, source: 'gdelt' };
    expect(claimId({ ...gdelt, evidence: { docId: 'doc:f', doc: 'f.yaml', line: 40 } })).not.toBe(
      claimId(gdelt),
    );
  });
});
