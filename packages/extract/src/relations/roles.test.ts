// Argument roles the target and source come from, on sentences written for these tests: a topic is no
// recipient ("discussed Iran with China"), the antecedent of an object relative is the recipient
// ("Sudan, which Chad accuses of …"), and a threat on a condition is put to the one the condition names.
import { describe, expect, it } from 'vitest';
import { all } from '../../test/coded.ts';

describe('a topic is not the recipient (PLOVER_MANUAL section CONSULT: the participants)', () => {
  it('"discussed X with Y" consults Y, not X', () => {
    expect(all('The Kenyan foreign minister discussed Somalia with Ethiopian officials.')).toEqual([
      'Kenya ETH 040 asserted',
    ]);
  });

  it('a discussion of a topic with no one named consults no one', () => {
    expect(all('Kenya discussed Somalia on Monday.')).toEqual([]);
    expect(all('Kenya and Uganda debated Somalia on Monday.')).toEqual([]);
    expect(all('Chilean officials met with Bolivian diplomats to discuss Peru.')).toEqual([
      'Chile BOL 040 asserted',
    ]);
  });
});

describe('the antecedent of an object relative clause is the recipient', () => {
  it('"Y, which X accuses of …": X accuses Y, whatever the pronoun resolves to', () => {
    expect(
      all('Chad is breaking diplomatic ties with Sudan, which it accuses of backing the rebels.'),
    ).toEqual(['Chad SDN 161 asserted', 'Chad SDN 112 asserted']);
    expect(all('Ghana recalled its ambassador from Togo, whom it accused of harbouring dissidents.')).toEqual(
      ['Ghana TGO 161 asserted', 'Ghana TGO 112 asserted'],
    );
  });

  it('a named subject of the relative clause is its source', () => {
    expect(all('Nigeria closed its border with Benin, which Ghana had also criticized.')).toEqual([
      'Nigeria BEN 172 asserted',
      'Ghana BEN 111 asserted',
    ]);
  });

  it('a subject relative keeps the antecedent as its actor', () => {
    expect(all('Nigeria, which accused Benin of smuggling, closed the border.')).toEqual([
      'Nigeria BEN 112 asserted',
    ]);
  });
});

describe('a conditional threat is put to the one the condition names (PLOVER_MANUAL section THREATEN)', () => {
  it('"threatened to cut off X if Y does not …" threatens Y', () => {
    expect(all('Moscow threatened to cut off gas supplies if Ukraine does not pay its debts.')).toEqual([
      'Russia UKR 1312 asserted',
    ]);
  });

  it('a named recipient stays', () => {
    expect(all('Ethiopia threatened to attack Eritrea unless Sudan withdraws its troops.')).toEqual([
      'Ethiopia ERI 138 asserted',
    ]);
  });
});
