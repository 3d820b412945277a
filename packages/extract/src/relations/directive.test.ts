// Directive and coercive constructions on sentences written for these tests (never eval sentences):
// conditional threats, promises in "that" clauses, orders to one's own forces, accepting offers, facing or
// being hit with sanctions, cancelled talks, mobilised forces that are no recipient (PLOVER_MANUAL sections
// THREATEN, AGREE, CONCEDE, REJECT, SANCTION, MOBILIZE; codes from CAMEO2PLOVER-2021.txt).
import { describe, expect, it } from 'vitest';
import { codedClaims, namedWithModality } from '../../test/coded.ts';

const all = (text: string): string[] => codedClaims(text).map(namedWithModality);

describe('THREATEN: a future act of force or sanction on a condition (conditional.ts)', () => {
  it('codes "will impose sanctions unless Y …" as a threat of sanctions (1312) to Y', () => {
    expect(all('Washington will impose new sanctions on Iran unless it halts enrichment.')).toEqual([
      'United States THREATEN Iran 1312 asserted',
    ]);
  });

  it('puts a threat with no recipient named to the subject of the condition', () => {
    expect(
      all('The rebels will intensify their attacks if the government does not accept the offer.'),
    ).toEqual(['rebels THREATEN government 138 asserted']);
  });

  it('keeps a reported plan of another side, and a future act with no condition, no threat', () => {
    // Another side's possible force is no coded event: the edge stays hypothetical with no CAMEO code
    // (PLOVER_MANUAL "Auxiliary modes"; emit.ts), and it is no threat by the officials.
    expect(all('Officials in Kabul said the Taliban would attack the city if the talks failed.')).toEqual([]);
    expect(all('Washington will impose new sanctions on Iran.')).toEqual([
      'United States SANCTION Iran 160 hypothetical',
    ]);
    // A cooperative future act on a condition is still an intent (AGREE), not a threat.
    expect(all('Canada will send aid to Haiti if the violence ends.')).toEqual([
      'Canada AGREE Haiti 033 asserted',
    ]);
  });
});

describe('AGREE and CONCEDE: promises and orders', () => {
  it('codes "pledged that it would" and "promised that X would continue to" by the promised act', () => {
    expect(all('Japan pledged that it would send aid to Haiti.')).toEqual(['Japan AGREE Haiti 033 asserted']);
    expect(all('The United States promised that it would continue to help Ukraine.')).toEqual([
      'United States AGREE Ukraine 033 asserted',
    ]);
    expect(all('Kenya did not promise that it would send troops to Haiti.')).toEqual([
      'Kenya REJECT Haiti 121 asserted',
    ]);
  });

  it('reads an order to one own forces as the announced act (a withdrawal is CONCEDE), not a request', () => {
    expect(all('Vladimir Putin has ordered Russian forces to withdraw from Syria.')).toEqual([
      'Vladimir Putin CONCEDE Syria 080 asserted',
    ]);
    expect(all('Putin ordered Ukraine to withdraw its troops.')).toEqual([
      'Vladimir Putin REQUEST Ukraine 1056 asserted',
    ]);
  });

  it('codes accepting an invitation or offer as AGREE with the one who made it', () => {
    expect(all('Bolivia accepted an offer from Brazil.')).toEqual(['Bolivia AGREE Brazil 030 asserted']);
    expect(all('Kenya rejected an invitation from Uganda.')).toEqual(['Kenya REJECT Uganda 120 asserted']);
  });
});

describe('SANCTION, REJECT and MOBILIZE', () => {
  it('codes being hit with a named party sanctions as that party sanctioning the subject', () => {
    expect(all('Iran has been hit with several rounds of U.N. sanctions.')).toEqual([
      'United Nations SANCTION Iran 160 asserted',
    ]);
    // No one named imposes them: no claim.
    expect(all('Iran has been hit with sanctions.')).toEqual([]);
  });

  it('codes facing new sanctions as a threat by the one who would impose them', () => {
    expect(all('Russia faces tougher U.S. sanctions.')).toEqual([
      'United States THREATEN Russia 1312 asserted',
    ]);
    expect(all('Russia faced a difficult winter.')).toEqual([]);
  });

  it('codes postponing or calling off talks as REJECT (125), walking away from them as SANCTION (164)', () => {
    expect(all('Peru called off the summit with Chile.')).toEqual(['Peru REJECT Chile 125 asserted']);
    expect(all('North Korea walked away from talks with the United States.')).toEqual([
      'North Korea SANCTION United States 164 asserted',
    ]);
  });

  it('never makes the mobilised forces the recipient of their own mobilisation', () => {
    expect(all('Senegal amassed troops on the border.')).toEqual(['Senegal MOBILIZE - 154 asserted']);
    expect(all('Britain expelled four Russian diplomats.')).toEqual([
      'United Kingdom SANCTION Russia 166 asserted',
    ]);
  });
});
