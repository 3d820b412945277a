// Recall from clause constructions for ASSAULT, ACCUSE and CONSULT (issue 12): the elliptical ", as did X",
// a document's participle ("issued a statement condemning"), nominal clashes, and an event noun in an
// adjunct of the subject's own act ("during an attack on X", "after a meeting with X"). Sentences written
// for these tests (never eval sentences); codes follow CAMEO2PLOVER-2021.txt.
import { describe, expect, it } from 'vitest';
import { all } from '../../test/coded.ts';

describe('", as did X": the verb repeated for X (PLOVER_MANUAL "Compound and Reciprocal Actors")', () => {
  it('gives each actor after "as did" the act of the clause before it', () => {
    expect(all('Kenya condemned the attack, as did Uganda and Tanzania.')).toEqual([
      'Kenya - 111 asserted',
      'Uganda - 111 asserted',
      'Tanzania - 111 asserted',
    ]);
  });

  it('adds no one for a phrase that names no actor', () => {
    expect(all('Kenya condemned the attack, as did many others.')).toEqual(['Kenya - 111 asserted']);
  });
});

describe('a document\'s participle is its issuer\'s act (section ACCUSE: "condemn, decry a policy or an action")', () => {
  it('makes the one who issued the statement condemn or accuse', () => {
    expect(all('The Arab League issued a statement condemning the attack.')).toEqual([
      'Arab League - 111 asserted',
    ]);
    expect(all('The Kenyan government issued a statement accusing Somalia of harbouring militants.')).toEqual(
      ['Kenya SOM 112 asserted'],
    );
  });

  it('does not give the participle to one who only criticised the statement', () => {
    expect(all('Kenya criticised a statement condemning the attack.')).toEqual(['Kenya - 111 asserted']);
  });
});

describe('ASSAULT: clashes and fighting between X and Y (CAMEO 190; section ASSAULT)', () => {
  it('codes both sides using force', () => {
    expect(all('Fighting between Sudanese troops and rebels killed twenty people.')).toEqual([
      'Sudan military SDN 190 asserted',
      'Sudan rebels SDN 190 asserted',
    ]);
    expect(all('Clashes between Indian and Pakistani troops erupted along the border.')).toEqual([
      'India PAK 190 asserted',
      'Pakistan military IND 190 asserted',
    ]);
  });

  it('codes nothing for a pause in the fighting', () => {
    expect(all('A pause in fighting between Sudanese troops and rebels began on Monday.')).toEqual([]);
  });
});

describe("an event noun in an adjunct is the subject's own act (sections ASSAULT, CONSULT)", () => {
  it('makes the subject meet the one named after "with"', () => {
    expect(
      all("Russia's defence minister told reporters after a meeting with China's defence minister."),
    ).toEqual(['Russia CHN 040 asserted', 'China RUS 040 asserted']);
  });

  it('makes conjoined subjects meet each other during a meeting', () => {
    expect(all('Egypt and Israel reached the agreement during a meeting in Cairo.').slice(0, 2)).toEqual([
      'Egypt ISR 040 asserted',
      'Israel EGY 040 asserted',
    ]);
  });

  it('makes the subject attack what the attack is on, only during it and only in the active', () => {
    expect(all('Liberian rebels captured five nurses during an attack on a UN refugee camp.')).toContain(
      'Liberia rebels United Nations 190 asserted',
    );
    expect(all('Israel launched air strikes after an attack on its soldiers.')).toEqual([]);
    expect(all('Three soldiers were killed in an attack on a Kenyan army base.')).toEqual([]);
  });

  it('leaves an act that names its own agent to that agent', () => {
    // Moyale is no registry place: the raid names Ethiopia as its agent, and the police only arrest.
    expect(all('Kenyan police arrested two men during an Ethiopian raid on Moyale.')).toEqual([
      'Kenya police - 173 asserted',
    ]);
  });
});

describe('ASSAULT: force on a part of a place reaches the place (CAMEO location convention)', () => {
  it('takes the town after "districts of"', () => {
    expect(all('Turkish troops shelled residential districts of Afrin in Syria.')).toEqual([
      'Türkiye military SYR 190 asserted',
    ]);
  });
});
