// Recall on verbs of the categories ASSAULT, ACCUSE, CONSULT, PROTEST, SUPPORT, COOPERATE (issue 12), on
// sentences written for these tests (never eval sentences). Codes follow CAMEO2PLOVER-2021.txt; each
// describe names the PLOVER_MANUAL section the rule follows.
import { describe, expect, it } from 'vitest';
import { all } from '../../test/coded.ts';

describe('ACCUSE: "alleged / charged / complained that X …" (section ACCUSE: accuse, allege, charge)', () => {
  it('accuses the actor of the that-clause, whatever it is said to have done', () => {
    expect(all('Kenya alleged that Uganda had armed the rebels.')).toEqual(['Kenya UGA 112 asserted']);
    expect(all('India charged that Pakistan was sheltering militants.')).toEqual(['India PAK 112 asserted']);
    expect(all('Iran complained that Iraq had violated the border agreement.')).toEqual([
      'Iran IRQ 112 asserted',
    ]);
    expect(all('Kenya alleged that Uganda had been supporting the rebels.')).toEqual([
      'Kenya UGA 112 asserted',
    ]);
  });

  it('accuses the by-agent of a passive clause, and no one when none is named', () => {
    expect(all('Kenya alleged that the rebels were armed by Uganda.')).toEqual(['Kenya UGA 112 asserted']);
    expect(all('Kenya alleged that the rebels were armed.')).toEqual([]);
  });

  it("keeps negation, and accuses no one of the speaker's own acts", () => {
    expect(all('Kenya did not allege that Uganda had armed the rebels.')).toEqual(['Kenya UGA 112 negated']);
    expect(all('Iran complained that it had not been consulted.')).toEqual([]);
    expect(all('Police charged two men with murder.')).toEqual([]);
  });
});

describe('ACCUSE: anger and disappointment at an actor (CAMEO 111; section ACCUSE: "Express disapprovals")', () => {
  it('criticises the one it is directed at', () => {
    expect(all('France voiced anger at Australia over the submarine deal.')).toEqual([
      'France AUS 111 asserted',
    ]);
    expect(all('Egypt expressed disappointment with Ethiopia over the dam.')).toEqual([
      'Egypt ETH 111 asserted',
    ]);
  });
});

describe('SUPPORT: support, endorsement, reaffirmed backing (CAMEO 051; section SUPPORT, no recipient needed)', () => {
  it('codes support for a policy or act as a targetless SUPPORT', () => {
    expect(all('The United States said it strongly supports the truce.')).toEqual([
      'United States - 051 asserted',
    ]);
    expect(all('Germany endorsed the ceasefire.')).toEqual(['Germany - 051 asserted']);
    expect(all('NATO reaffirmed its support for Ukraine.')).toEqual(['NATO UKR 051 asserted']);
  });

  it('reads a participle conjoined to a passive as passive: the by-agent supports', () => {
    expect(all('Lashkar-e-Taiba has been trained and supported by Pakistan.')).toEqual([
      'Pakistan Lashkar-E-Taiba 051 asserted',
    ]);
  });

  it('reads a negated endorsement as a refusal (modality.yaml refusals), never an asserted SUPPORT', () => {
    expect(all('Germany did not endorse the ceasefire.')).toEqual(['Germany - 120 asserted']);
  });
});

describe('CONSULT: mediation (CAMEO 045; section CONSULT mode third-party)', () => {
  it('makes the mediator consult each party, or no one named', () => {
    expect(all('Egypt is mediating between Israel and Hamas.')).toEqual([
      'Egypt ISR 045 asserted',
      'Egypt PSE 045 asserted',
    ]);
    expect(all('Qatar has mediated the negotiations since March.')).toEqual(['Qatar - 045 asserted']);
  });
});

describe('PROTEST: boycotts and hunger strikes (CAMEO 143, 142; section PROTEST modes boycott, hunger)', () => {
  it("codes a party's boycott as PROTEST, a state's stays the generated sanction", () => {
    expect(all('The Kenyan opposition boycotted the parliament.')).toEqual([
      'Kenya opposition KEN 143 asserted',
    ]);
    expect(all('In Kenya, the opposition boycotted the elections.')).toEqual([
      'Kenya opposition - 143 asserted',
    ]);
  });

  it('codes a hunger strike as mode hunger', () => {
    expect(all('Palestinian prisoners went on a hunger strike.')).toEqual([
      'Palestine civilians - 142 asserted',
    ]);
  });
});

describe('COOPERATE: shared intelligence (CAMEO 064; section COOPERATE: "sharing of intelligence")', () => {
  it('codes sharing or passing intelligence to an actor', () => {
    expect(all('Jordan shared intelligence with the United States.')).toEqual(['Jordan USA 064 asserted']);
    expect(all('Pakistan passed information on the plot to Britain.')).toEqual(['Pakistan GBR 064 asserted']);
  });
});

describe('ASSAULT: fighting an actor (CAMEO 190; section ASSAULT)', () => {
  it('codes force against the one fought, one way', () => {
    expect(all('Kenyan troops battled al-Shabab militants in southern Somalia.')).toEqual([
      'Kenya military SOM 190 asserted',
    ]);
    expect(all('Rebels fought Colombian government troops near the border.')).toEqual([
      'Colombia rebels COL 190 asserted',
    ]);
  });

  it('codes nothing when no actor is fought, and a threat when it is announced', () => {
    expect(all('The rebels are fighting for a separate state.')).toEqual([]);
    expect(all('Kenya did not fight the rebels.')).toEqual(['Kenya KEN 190 negated']);
    expect(all('Russia threatened to fight Ukraine.')).toEqual(['Russia UKR 138 asserted']);
  });
});

describe('AID: relief delivered to an actor (CAMEO 073, 071; section AID, "Requires recipient: Yes")', () => {
  it('codes food, medicine and supplies delivered to X as humanitarian aid', () => {
    expect(all('Three U.S. cargo planes delivered 30,000 meals to Palestinians in Gaza.')).toEqual([
      'United States PSE 073 asserted',
    ]);
    expect(all('Jordan airdropped food into Gaza on Tuesday.')).toEqual(['Jordan PSE 073 asserted']);
    expect(all('Germany paid compensation to Namibia.')).toEqual(['Germany NAM 071 asserted']);
  });

  it('codes a future delivery as AGREE, and no aid with no recipient', () => {
    expect(all('Turkey will send medical supplies to Syria.')).toEqual(['Türkiye SYR 033 asserted']);
    expect(all('Turkey sent medical supplies on Tuesday.')).toEqual([]);
  });
});
