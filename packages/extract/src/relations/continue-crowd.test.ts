// One claim per act and no generic end (issue 12, precision on unseen stories): "continued to attack X" is
// the attack, not also a "continued attack" whose object is the word "continue"; a crowd is the civilians
// of the country it is in (CAMEO actor codebook: unnamed people are CVL), never a bare "crowd" of no
// country. PLOVER_MANUAL section ASSAULT. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import type { Claim } from '@geokg/core';
import { createExtractor } from '../index.ts';

const x = createExtractor();
const where = (r: Claim['object']): string =>
  r.kind === 'Event' ? `-${r.name}` : String(r.iso3 ?? (r as { country?: string }).country ?? r.name);
const coded = (text: string): string[] =>
  x
    .extractText(text, { doc: 'test.txt' })
    .claims.filter((c) => c.cameo)
    .map((c) => `${c.subject.name} ${where(c.object)} ${c.cameo}`);

describe('an infinitive after "continue" is the act, once', () => {
  it('codes "continued to attack" as one attack', () => {
    expect(coded('Kenyan police said the militants continued to attack the base in Mandera.')).toHaveLength(
      1,
    );
    expect(coded('The rebels continued to shell the town on Monday.')).toEqual(['rebels -shell town 190']);
  });

  it('still codes a continued attack named by its noun', () => {
    expect(coded('Israeli forces continued their attacks on Gaza.')).toEqual(['Israel PSE 190']);
  });
});

describe('a crowd', () => {
  it('is the civilians of the country it is in', () => {
    expect(coded('Police fired tear gas at the crowd in Nairobi.')).toEqual(['Kenya police KEN 190']);
    expect(coded('A suicide bomber blew himself up in a crowd of worshippers in Baghdad.')).toEqual([
      'Iraq rebels IRQ 1831',
    ]);
  });

  it('with no country named stays a group of no country', () => {
    expect(coded('The crowd attacked the police station.')).toEqual(['crowd -attack police 190']);
  });
});
