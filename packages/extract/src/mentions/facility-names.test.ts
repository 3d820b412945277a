// A place's name inside a street's or facility's name ("Palestine Street", "Lebanon Road", "the Palestine
// Hotel") names that street or facility, never the state (issue 12: a street read as a country made
// Baghdad's insurgents Palestinian). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { coded } from '../../test/coded.ts';

describe('a place name before a street or facility word', () => {
  it('gives no state to an unnamed group on a street named after a country', () => {
    expect(coded('Insurgents attacked a police post on Palestine Street in the evening.')).toEqual([
      'Insurgents Palestine Street 190',
    ]);
    expect(coded('Protesters marched down Lebanon Road toward the embassy.')).toEqual(['Protesters - 141']);
  });

  it('takes the state from the city the facility lies in', () => {
    expect(coded('Gunmen attacked the Palestine Hotel in Baghdad on Monday.')).toEqual([
      'Iraq unaligned armed forces Palestine Hotel 190',
    ]);
  });

  it('keeps a city before a facility that lies in it, and a state named alone', () => {
    expect(coded('Militants fired rockets at Baghdad Airport.')).toEqual(['Iraq rebels IRQ 190']);
    expect(coded('Israel struck Lebanon on Tuesday.')).toEqual(['Israel LBN 190']);
    expect(coded('Syrian troops shelled the Lebanon border crossing.')).toEqual(['Syria military LBN 190']);
  });
});
