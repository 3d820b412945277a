// Attacks that did not happen and reports of attacks (issue 12, precision on unseen stories): feared,
// warned-of or possible force is no ASSAULT (PLOVER_MANUAL "Auxiliary modes"); saying unnamed attackers
// struck accuses no one, and "suspected" before a noun is no DISTRUST (section ACCUSE). Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { coded } from '../../test/coded.ts';

describe('force that has not happened is no ASSAULT', () => {
  it('codes no attack that someone fears or warns of, or that may come', () => {
    expect(coded('Indian officials feared that militants would attack the embassy in Kabul.')).toEqual([]);
    expect(coded('Turkey could attack Syria.')).toEqual([]);
    expect(coded('Analysts warned that Russia might strike Ukrainian ports.')).toEqual([]);
  });

  it('still codes a threat by the side that announces its own force, and force that happened', () => {
    expect(coded('The Taliban threatened to attack Pakistani soldiers.')).toEqual(['Taliban PAK 138']);
    expect(coded('Hamas said it would attack Israeli towns.')).toEqual(['Hamas ISR 138']);
    expect(coded('Israel struck Lebanon on Tuesday.')).toEqual(['Israel LBN 190']);
  });
});

describe('a report of an attack by unnamed attackers accuses no one', () => {
  it('makes no accusation of terrorists or gunmen the speaker does not name', () => {
    expect(coded('The French president said gunmen attacked a hotel in Mali.')).toEqual(['gunmen MLI 190']);
    expect(coded('Kenyan officials said terrorists struck a bus near Mandera.')).not.toContainEqual(
      expect.stringMatching(/ 112$/),
    );
  });

  it('keeps the accusation of a state’s forces or of a named group', () => {
    expect(coded('Kenyan opposition leaders said Somali troops attacked Kenyan villages.')).toContain(
      'Kenya opposition SOM 112',
    );
  });
});

describe('"suspected" before a noun', () => {
  it('is no DISTRUST by the sentence subject', () => {
    expect(coded('The ministry has been the target of attacks by suspected Sunni insurgents.')).toEqual([]);
    expect(coded('Iraq has been the target of attacks by suspected insurgents.')).toEqual([]);
  });

  it('opening a sentence makes the attack alleged, not a suspicion', () => {
    expect(coded('Suspected militants attacked a police post in Kandahar.')).toEqual([
      'Afghanistan rebels AFG 190',
    ]);
  });
});
