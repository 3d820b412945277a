// Intent and directive constructions on sentences written for these tests (never eval sentences): a governor
// still governs past an adjunct ("agreed on Sunday to"), adjectival participles of intent ("is prepared
// to"), objects that name no actor ("urged donor countries to"), demands in "that" clauses, and the event
// nouns of SANCTION, RETREAT, MOBILIZE and THREATEN (PLOVER_MANUAL sections AGREE, REQUEST, THREATEN,
// SANCTION, RETREAT, MOBILIZE; codes from CAMEO2PLOVER-2021.txt).
import { describe, expect, it } from 'vitest';
import { codedClaims as claims, namedWithModality } from '../../test/coded.ts';

const all = (text: string): string[] => claims(text).map(namedWithModality);

describe('a governor reads past adjuncts (adjunct.ts)', () => {
  it('codes "pledged on Monday to" and "agreed in principle to" as the intent', () => {
    expect(all('Ghana pledged on Monday to send aid to Togo.')).toEqual(['Ghana AGREE Togo 033 asserted']);
    expect(all('Peru refused on Tuesday to hold talks with Chile.')).toEqual([
      'Peru REJECT Chile 125 asserted',
    ]);
  });

  it('lets conjoined actors who agree with no one else named agree with each other', () => {
    expect(all('Peru and Chile agreed in principle to restore diplomatic relations.')).toEqual([
      'Peru AGREE Chile 032 asserted',
      'Chile AGREE Peru 032 asserted',
    ]);
  });

  it('reads a speech verb past "on Tuesday" as the frame of its "that" clause', () => {
    // "would" is the future of reported speech: future aid is AGREE 033 (section AGREE).
    expect(all('Bolivia said on Tuesday that it would send aid to Paraguay.')).toEqual([
      'Bolivia AGREE Paraguay 033 asserted',
    ]);
  });

  it('reads "demanded on Friday that X release" as a demand of X', () => {
    expect(all('Croatia demanded on Friday that Serbia release the detainees.')).toEqual([
      'Croatia REQUEST Serbia 1053 asserted',
    ]);
  });

  it('keeps a negated governor a refusal past the adjunct', () => {
    expect(all('Ghana did not pledge on Monday to send aid to Togo.')).toEqual([
      'Ghana REJECT Togo 122 asserted',
    ]);
  });
});

describe('AGREE: adjectives of intent and governor nouns', () => {
  it('reads "is prepared to" as intent, not a passive with no agent', () => {
    expect(all('The Philippines is prepared to hold talks with Vietnam.')).toEqual([
      'Philippines AGREE Vietnam 036 asserted',
    ]);
  });

  it('reads "remained open to negotiations" as the subject of "remained"', () => {
    expect(all('Uruguay remained open to negotiations with Argentina.')).toEqual([
      'Uruguay AGREE Argentina 036 asserted',
    ]);
  });

  it('codes no intent of the one who turns down an offer', () => {
    expect(all('Mongolia rejected a Chinese offer to build a railway.')).toEqual([
      'Mongolia REJECT China 120 asserted',
    ]);
    expect(all('Mongolia rejected an offer to build a railway.')).toEqual(['Mongolia REJECT - 120 asserted']);
  });

  it('keeps a possessive pronoun governor noun the subject own intent', () => {
    expect(all('Kazakhstan expressed its willingness to mediate between Armenia and Azerbaijan.')).toEqual([
      'Kazakhstan AGREE Armenia 036 asserted',
      'Kazakhstan AGREE Azerbaijan 036 asserted',
    ]);
  });

  it('codes no intent in a condition, nor a plan another speaker reports as a threat', () => {
    expect(all('If Ecuador agreed to hold talks with Peru, the crisis would end.')).toEqual([]);
    expect(all('Bolivia said that Paraguay was determined to attack Brazil.')).toEqual([]);
  });
});

describe('AGREE: renewing an agreement, and who controls a purpose infinitive', () => {
  it('codes extending an agreement as AGREE 057, and agreeing to extend it as intent (030)', () => {
    expect(all('Japan extended its trade agreement with Mexico.')).toEqual([
      'Japan AGREE Mexico 057 asserted',
      'Mexico AGREE Japan 057 asserted',
    ]);
    expect(all('Brazil and Chile agreed quickly to extend an arms control deal.')).toEqual([
      'Brazil AGREE Chile 030 asserted',
      'Chile AGREE Brazil 030 asserted',
    ]);
    // Extending control over territory stays the generated occupation reading.
    expect(all('Israel extended its control over the West Bank.')).toEqual([
      'Israel ASSAULT West Bank 192 asserted',
    ]);
  });

  it('never lets a place reached through a preposition control the next infinitive', () => {
    const got = all('The Peruvian minister was expected to travel to Chile later to fly to Bolivia.');
    expect(got.filter((c) => c.startsWith('Chile '))).toEqual([]);
  });
});

describe('REQUEST: objects without an actor and "that" clauses', () => {
  it('codes "urged donor countries to" as a request with no actor recipient', () => {
    expect(all('Zambia urged donor countries to send more food aid.')).toEqual([
      'Zambia REQUEST - 020 asserted',
    ]);
  });

  it('codes a subjunctive whose subject is a thing as a targetless demand', () => {
    expect(all('Croatia demanded that the border be reopened.')).toEqual(['Croatia REQUEST - 100 asserted']);
  });

  it('reads the bare verb the tagger calls a noun ("that Myanmar release/NOUN political prisoners")', () => {
    expect(all('The United Nations urged that Myanmar release political prisoners.')).toEqual([
      'United Nations REQUEST Myanmar 0253 asserted',
    ]);
  });

  it('keeps the asker of a passive governor', () => {
    expect(all('Japan was asked by the United States to send aid to Ukraine.')).toEqual([
      'United States REQUEST Japan 023 asserted',
    ]);
  });
});

describe('THREATEN: warnings of attacks (relations.yaml warn-of)', () => {
  it('codes "warned of attacks on X" as a threat of force to X', () => {
    expect(all('Israel warned of attacks on Hamas if the rockets continued.')).toEqual([
      'Israel THREATEN Hamas 138 asserted',
    ]);
    expect(all('The army of Chad warned residents of airstrikes.')[0]).toMatch(/ THREATEN .* 138 asserted$/);
  });

  it('keeps warning someone of a third party attacks or plots as shared intelligence (COOPERATE 064)', () => {
    expect(all('Britain warned Spain of terrorist attacks.')).toEqual([
      'United Kingdom COOPERATE Spain 064 asserted',
    ]);
    expect(all('Pakistan warned Britain about plans to bomb London.')).toEqual([
      'Pakistan COOPERATE United Kingdom 064 asserted',
    ]);
  });
});

describe('SANCTION, RETREAT, MOBILIZE event nouns (events.yaml)', () => {
  it('codes leaving talks as halting negotiations (164)', () => {
    expect(all('Colombia withdrew from talks with Venezuela.')).toEqual([
      'Colombia SANCTION Venezuela 164 asserted',
    ]);
    expect(all('Bolivia walked out of negotiations with Chile in April.')).toEqual([
      'Bolivia SANCTION Chile 164 asserted',
    ]);
    // SANCTION requires a recipient: no party named, no claim.
    expect(all('Bolivia walked out of the negotiations.')).toEqual([]);
  });

  it('codes suspending cooperation and severing ties', () => {
    expect(all('Mali suspended cooperation with France on counterterrorism.')).toEqual([
      'Mali SANCTION France 160 asserted',
    ]);
    expect(all('Niger severed diplomatic ties with Ukraine.')).toEqual([
      'Niger SANCTION Ukraine 161 asserted',
    ]);
  });

  it('codes lifting a blockade as RETREAT, and a promise to lift it as CONCEDE', () => {
    expect(all('Saudi Arabia lifted its blockade of Qatar.')).toEqual([
      'Saudi Arabia RETREAT Qatar 0872 asserted',
    ]);
    expect(all('Azerbaijan lifted its blockade of the Lachin corridor.')).toEqual([
      'Azerbaijan RETREAT - 0872 asserted',
    ]);
    expect(all('Egypt agreed to lift the blockade of Libya.')).toEqual(['Egypt CONCEDE Libya 080 asserted']);
  });

  it('codes threatening to suspend talks as a threat to relations (134)', () => {
    expect(all('Russia threatened to suspend talks with Ukraine.')).toEqual([
      'Russia THREATEN Ukraine 134 asserted',
    ]);
  });

  it('codes mobilising reserves', () => {
    expect(all('Armenia mobilized its reserves.')).toEqual(['Armenia MOBILIZE - 154 asserted']);
  });
});
