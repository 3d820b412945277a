// (d) Property tests of the fact readers (fast-check): random valid records round-trip; random byte damage
// is either read or refused with file:line inside the file, and a refused file leaves the store unchanged.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GeokgError, defaultRegistry, readFactFile } from '@geokg/core';
import { geokg, snapshot } from '../run.ts';
import { FULL, tally } from './tally.ts';

const registry = defaultRegistry();
const dir = mkdtempSync(join(tmpdir(), 'geokg-prop-'));
const STATES = ['KAZ', 'UKR', 'RUS', 'AZE', 'GEO'];
const MODALITIES = ['asserted', 'alleged', 'denied', 'hypothetical', 'negated'];

const fact = fc.record({
  subject: fc.constantFrom(...STATES).map((s) => `state:${s}`),
  object: fc.constantFrom(...STATES).map((s) => `state:${s}`),
  modality: fc.constantFrom(...MODALITIES),
  confidence: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
  quote: fc.string({ maxLength: 40 }),
});
type Fact = typeof fact extends fc.Arbitrary<infer T> ? T : never;
const jsonl = (facts: Fact[]) =>
  facts.map((f) => JSON.stringify({ ...f, predicate: 'accuses' })).join('\n') + '\n';
let n = 0;
const file = (text: string | Uint8Array) => {
  const path = join(dir, `f${n++}.jsonl`);
  writeFileSync(path, text);
  return path;
};

describe('fact readers, property-based', () => {
  it('random valid records round-trip: each fact is a claim with what it said', () => {
    fc.assert(
      fc.property(fc.array(fact, { minLength: 1, maxLength: 20 }), (facts) => {
        const f = readFactFile(file(jsonl(facts)), registry);
        expect(
          f.claims.map((c) => [c.subject.id, c.object.id, c.modality, c.confidence, c.evidence?.text]),
        ).toEqual(facts.map((x) => [x.subject, x.object, x.modality, x.confidence, x.quote]));
      }),
      { numRuns: FULL ? 300 : 50 },
    );
    tally({ faults: 0 });
  });

  it('random byte damage is read or refused with file:line inside the file', () => {
    let refused = 0;
    fc.assert(
      fc.property(
        fc.array(fact, { minLength: 1, maxLength: 10 }),
        fc.nat(),
        fc.integer({ min: 0, max: 255 }),
        (facts, at, byte) => {
          const bytes = Buffer.from(jsonl(facts));
          bytes[at % bytes.length] = byte;
          const path = file(bytes);
          try {
            readFactFile(path, registry);
          } catch (e) {
            expect(e).toBeInstanceOf(GeokgError);
            const lines = bytes.toString('latin1').split('\n').length;
            for (const l of (e as Error).message.split('\n')) {
              const m = /^(.*):(\d+): ./.exec(l);
              expect(m?.[1]).toBe(path);
              expect(Number(m![2])).toBeGreaterThanOrEqual(1);
              expect(Number(m![2])).toBeLessThanOrEqual(lines);
            }
            refused++;
          }
        },
      ),
      { numRuns: FULL ? 500 : 100 },
    );
    tally({ faults: FULL ? 500 : 100 });
    expect(refused).toBeGreaterThan(0);
  });

  it('a damaged file refused by geokg import leaves the store byte-for-byte unchanged', () => {
    const store = join(dir, 'store');
    expect(
      geokg([
        '--store',
        store,
        'import',
        file(
          jsonl([
            { subject: 'state:KAZ', object: 'state:UKR', modality: 'alleged', confidence: 0.5, quote: 'q' },
          ]),
        ),
      ]).code,
    ).toBe(0);
    const before = snapshot(store);
    const bytes = Buffer.from(
      jsonl([{ subject: 'state:RUS', object: 'state:UKR', modality: 'asserted', confidence: 1, quote: 'x' }]),
    );
    bytes[bytes.indexOf('x')] = 0xc3; // a UTF-8 lead byte with no continuation
    const r = geokg(['--store', store, 'import', file(bytes)]);
    tally({ faults: 1, stores: 1 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\.jsonl:1: not UTF-8/);
    expect(snapshot(store)).toEqual(before);
  });
});
