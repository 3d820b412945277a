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

describe('the place of a meeting is where, not with whom (PLOVER_MANUAL section CONSULT)', () => {
  it('beside a direct object the object is met, not the host', () => {
    expect(all('The Kenyan president met Ugandan officials in Nairobi.')).toEqual([
      'Kenya UGA 040 asserted',
      'Uganda KEN 040 asserted',
    ]);
  });

  it('conjoined parties meeting in a place meet each other', () => {
    expect(all('Kenya and Tanzania met in Kampala.')).toEqual([
      'Kenya TZA 040 asserted',
      'Tanzania KEN 040 asserted',
    ]);
  });

  it('one party meeting in a place meets its host', () => {
    expect(all('The Kenyan president met in Kampala on Friday.')).toEqual(['Kenya UGA 040 asserted']);
  });
});

describe('relative clauses keep their own subject', () => {
  it("the second verb of a coordination inside a relative clause is the antecedent's", () => {
    expect(
      all(
        'The activists were detained by Indian police, who had caught wind of the rally and deployed troops.',
      ),
    ).toEqual(['India police IND 173 asserted', 'India police - 154 asserted']);
  });

  it('a place after "in" locates the noun before it: the relative clause is the noun\'s', () => {
    expect(
      all('The hostages were seized by the rebels in their raid in northern Mali that started the war.'),
    ).not.toContain('Mali - 190 asserted');
    expect(all('Sudanese militants in Chad who attacked the camp fled.')).toEqual([
      'Sudan rebels - 190 asserted',
    ]);
  });
});

describe("a refusal is the refuser's alone (PLOVER_MANUAL section REJECT)", () => {
  it('"would not attend talks with X" is no refusal by X', () => {
    expect(all('The Kenyan government said it would not attend talks with Uganda in Geneva.')).toEqual([
      'Kenya UGA 125 asserted',
    ]);
  });
});

describe('"they" after conjoined actors is all of them (PLOVER_MANUAL "Compound and Reciprocal Actors")', () => {
  it('"X and Y said they had agreed to …": both agree, with each other', () => {
    expect(all('Ethiopia and Eritrea said they had agreed to restore relations.')).toEqual([
      'Ethiopia ERI 032 asserted',
      'Eritrea ETH 032 asserted',
    ]);
    expect(
      all('Kenyan and Ugandan negotiators announced on Tuesday that they had agreed to a ceasefire.'),
    ).toEqual(['Kenya UGA 080 asserted', 'Uganda KEN 080 asserted']);
  });

  it('whichever conjunct the pronoun resolved to', () => {
    expect(all('Uganda and Kenya said they would reopen the border.')).toEqual([
      'Uganda - 032 asserted',
      'Kenya - 032 asserted',
    ]);
  });
});
