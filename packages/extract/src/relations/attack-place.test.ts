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
    // "Shabaab fighters" are al-Shabaab itself (an organisation's armed men, phrases.ts).
    expect(force('An ambush by Shabaab fighters in Kismayo killed six soldiers.')).toEqual([
      'Al-Shabaab -> Somalia military',
    ]);
  });

  it('keeps the subject of a clause after an opening phrase about an attack', () => {
    const c = x.extractText('After the raid in Jalalabad, Afghanistan blamed Pakistan.', {
      doc: 't.txt',
    }).claims;
    expect(c.some((k) => k.subject.name === 'Afghanistan' && k.object.name === 'Pakistan')).toBe(true);
  });

  it('makes no place the attacker of an attack in a clause after a subordinator', () => {
    // "after [a bomb attack near Peshawar, Pakistan] killed four": the attack killed, not Pakistan.
    expect(
      force('Six were wounded after a suicide bomb attack near Mardan, Pakistan killed four people.'),
    ).toEqual([]);
    expect(force('Police sealed the market after a bomb attack in Quetta killed six people.')).toEqual([]);
    expect(force('Officials said that a rocket attack in Erbil, Iraq injured three contractors.')).toEqual(
      [],
    );
    expect(force('After a car bomb in Mosul killed ten people, the army closed the roads.')).toEqual([]);
  });

  it('keeps the attacker who acts after such a clause, or who is named in it', () => {
    expect(
      force('Hours after an explosion near Kandahar, Afghanistan, Afghan troops killed three insurgents.'),
    ).toEqual(['Afghanistan military -> Afghanistan insurgents']);
    expect(force('The city was calm after Pakistani troops killed four militants near Peshawar.')).toEqual([
      'Pakistan military -> Pakistan rebels',
    ]);
  });

  it('keeps a state that opens the main clause after an opening phrase with its place', () => {
    const c = x.extractText('After the bombing in Lahore, Pakistan accused India of backing the militants.', {
      doc: 't.txt',
    }).claims;
    expect(c.some((k) => k.subject.name === 'Pakistan' && k.object.name === 'India')).toBe(true);
  });

  it('keeps a subject after a subordinator ("after it tested …")', () => {
    expect(
      x
        .extractText('Japan protested after it tested a missile over the sea.', { doc: 't.txt' })
        .claims.some((c) => c.subject.name === 'Japan'),
    ).toBe(true);
  });
});
