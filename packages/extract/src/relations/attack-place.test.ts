// The place of an attack is never its attacker (issue 12, precision on unseen stories): a subject phrase
// headed by an attack noun names where it struck after the noun and who struck before it or with "by"
// (PLOVER_MANUAL section ASSAULT: "the perpetrator is coded as the actor"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import type { Claim } from '@geokg/core';
import { createExtractor } from '../index.ts';

const x = createExtractor();
const force = (text: string): string[] =>
  x
    .extractText(text, { doc: 'test.txt' })
    .claims.filter((c: Claim) => c.predicate === 'attacks')
    .map((c) => `${c.subject.name} -> ${c.object.name}`);

describe('subject of a verb of harm under an attack noun (subject.ts)', () => {
  it('makes no state the bomber of an attack named with its city and country', () => {
    expect(force('Three car bombings in Quetta, Pakistan have killed at least nine people.')).toEqual([]);
    expect(force('A rocket attack near Erbil, Iraq has wounded two contractors.')).toEqual([]);
  });

  it('still takes the attacker named with "by" after the noun', () => {
    expect(force('An ambush by Shabaab fighters in Kismayo killed six soldiers.')).toEqual([
      'Shabaab fighters -> Somalia military',
    ]);
  });

  it('keeps the subject of a clause after an opening phrase about an attack', () => {
    const c = x.extractText('After the raid in Jalalabad, Afghanistan blamed Pakistan.', {
      doc: 't.txt',
    }).claims;
    expect(c.some((k) => k.subject.name === 'Afghanistan' && k.object.name === 'Pakistan')).toBe(true);
  });

  it('keeps a subject after a subordinator ("after it tested …")', () => {
    expect(
      x
        .extractText('Japan protested after it tested a missile over the sea.', { doc: 't.txt' })
        .claims.some((c) => c.subject.name === 'Japan'),
    ).toBe(true);
  });
});
