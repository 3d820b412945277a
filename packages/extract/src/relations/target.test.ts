// Targets by grammatical role (target.ts, args.ts) on sentences written for these tests: the verb's own
// object or prepositional phrase, the owner of what an attitude is about, culprits, the location of force,
// and names inside other phrases, later clauses or other sentences that must not become targets.
import { describe, expect, it } from 'vitest';
import { codedClaims as claims, named } from '../../test/coded.ts';

const all = (text: string): string[] => claims(text).map(named);
const objects = (text: string): string[] => claims(text).map((c) => c.object.name);

describe('a name inside another phrase is not the target', () => {
  it('a name modifying the object noun: "a draft EU proposal", "Kenyatta supporters"', () => {
    expect(objects('Turkey and Russia discussed a draft EU proposal.')).not.toContain('European Union');
    expect(all('Rebels killed twelve Kenyatta supporters.')).toEqual([]);
  });

  it('a name inside a phrase that hangs on a noun: "for Peru\'s provinces", "a blow to Japanese forces"', () => {
    expect(objects("Chile asked Congress for aid for Peru's flooded provinces.")).not.toContain('Peru');
    expect(objects('Fiji cut food rations for two thousand people in Tonga.')).toEqual([]);
  });

  it('a preposition of the pattern must be the verb\'s: "called the bombings an attack on India"', () => {
    expect(
      claims('The opposition leaders called the bombings an attack on India.').map((c) => c.cameo),
    ).not.toContain('020');
  });

  it('the subject of an embedded clause is not the object: "added the leader had declared war on X"', () => {
    expect(all('Musharraf added the terrorist leader had declared war against Pakistan.')).toEqual([]);
  });

  it('"it" as an object is a thing, and "we" never reaches another sentence', () => {
    expect(objects("Morocco called it the saddest day in Algeria's history.")).toEqual([]);
    expect(all('Idriss Deby spoke on Monday. A rebel spokesman said: we will attack Niger.')).toEqual([]);
  });

  it('an act asked for in "calls for them to …" is not done', () => {
    expect(
      claims('The rebels rejected calls for them to lay down their weapons.').map((c) => c.plover),
    ).toEqual(['REJECT']);
  });
});

describe('the target by role', () => {
  it('the owner of what an attitude is about: "rejecting Gbagbo\'s calls", "criticised the U.S. involvement"', () => {
    expect(all("Rebels are rejecting President Laurent Gbagbo's calls to disarm.")).toEqual([
      'Rebels REJECT Laurent Gbagbo 120',
    ]);
    expect(all('Musharraf criticised the U.S. involvement.')).toEqual([
      'Pervez Musharraf ACCUSE United States 111',
    ]);
  });

  it('the culprit of a condemned attack when named: "the attack by rebels on the embassy"', () => {
    expect(all('Norway condemned the bombing by Sudan.')).toEqual(['Norway ACCUSE Sudan 111']);
  });

  it('the agent of a reduced relative on the object: "conditions set down by Hamas"', () => {
    expect(all('Israel refuses to accept conditions set down by Hamas.')).toEqual([
      'Israel REJECT Hamas 120',
    ]);
  });

  it('the owner of a person or asset named with "of": "deport officials of Iran\'s Revolutionary Guards"', () => {
    expect(
      objects("France has pledged to deport two senior officials of Iran's Revolutionary Guards."),
    ).toEqual(['Iran']);
  });

  it('the state of the place force hit (CAMEO location convention), not a name owning a noun there', () => {
    expect(all('American warplanes bombed two villages near Ramadi, Iraq.')).toEqual([
      'United States military ASSAULT Iraq 190',
    ]);
  });

  it('the recipient the aid is for, through quotation marks too', () => {
    expect(all('Japan promised $2 billion in aid to Sri Lanka.')).toEqual(['Japan AGREE Sri Lanka 033']);
    expect(all('Sweden threatened "major sanctions" against Iran.')).toEqual(['Sweden THREATEN Iran 130']);
  });
});
