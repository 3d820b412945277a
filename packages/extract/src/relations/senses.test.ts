// Verb senses of the generated CAMEO dictionary that ordinary news uses otherwise, restricted in
// relations.yaml by object kind or object word (blockers), on sentences written for these tests. Codes
// follow CAMEO2PLOVER-2021.txt; each rule cites its PLOVER_MANUAL section in relations.yaml.
import { describe, expect, it } from 'vitest';
import type { Claim } from '@geokg/core';
import { createExtractor } from '../index.ts';
import { coded } from '../../test/coded.ts';

const x = createExtractor();
const claims = (text: string): Claim[] => x.extractText(text, { doc: 'test.txt' }).claims;

describe('join: membership of an organisation is no meeting (PLOVER_MANUAL section CONSULT)', () => {
  it('codes joining an organisation as member-of only', () => {
    const got = claims('The Kenyan minister joined the African Union in 2005.');
    expect(got.map((c) => `${c.predicate} ${c.object.name}`)).toEqual(['member-of African Union']);
  });

  it('still codes joining talks as negotiation (CAMEO 046)', () => {
    expect(coded('Kenya joined talks with Somalia on Monday.')).toEqual(['Kenya SOM 046', 'Somalia KEN 046']);
  });
});

describe('figurative and other senses blocked by their object', () => {
  it('burning a country is no coercion; burning a flag stays a protest (CAMEO 141)', () => {
    expect(coded('"They burned Somalia for ten years," the Kenyan minister said.')).toEqual([]);
    expect(coded("Protesters burned Kenya's flag outside the embassy.")).toEqual([
      'Kenya opposition KEN 141',
    ]);
  });

  it('protecting the people is no aid; protecting another actor is (CAMEO 074)', () => {
    expect(coded('The Kenyan army said it would protect the people of Mombasa.')).toEqual([]);
    expect(coded('Kenyan troops protected the Somali president during the visit.')).toEqual([
      'Kenya military SOM 074',
    ]);
  });

  it('compromising security concedes nothing, and a governor has nothing to recode', () => {
    expect(coded('He said the authorities must not compromise national security.')).toEqual([]);
    expect(coded('Kenyan officials said they were not willing to compromise national security.')).toEqual([]);
  });

  it('firing an official is no attack; firing on protesters is (CAMEO 190)', () => {
    expect(coded('The Kenyan ministry fired its spokesman on Monday.')).toEqual([]);
    expect(coded('Kenyan police fired on protesters in Nairobi.')).toEqual(['Kenya police KEN 190']);
  });

  it('taking over a presidency, breaking a silence, playing host and facing pressure code nothing', () => {
    expect(coded('Kenya took over the presidency of the African Union.')).toEqual([]);
    expect(coded('The Kenyan president broke his silence on Somalia.')).toEqual([]);
    expect(coded('Kenya played host to Somali refugees.')).toEqual([]);
    expect(coded('Kenya faces pressure from Uganda.')).toEqual([]);
  });
});

describe('visits are CONSULT (CAMEO 042; PLOVER_MANUAL section CONSULT: "visiting and hosting visits")', () => {
  it('codes trips and delegations to a place as visits to its state', () => {
    expect(coded('Norwegian mediators got involved, making six trips to Mogadishu last month.')).toEqual([
      'Norway SOM 042',
    ]);
    expect(coded("Kenya's president led a delegation to Uganda.")).toEqual(['Kenya UGA 042']);
  });
});

describe('engage: talks are negotiation, and willingness to talk is AGREE (PLOVER_MANUAL section AGREE)', () => {
  it('codes "willing to engage in talks" as intent to negotiate (036), not a threat', () => {
    expect(coded('Kenya is willing to engage in talks with Somalia.')).toEqual(['Kenya SOM 036']);
  });

  it('keeps "engaged X in fighting" as fighting (CAMEO 193)', () => {
    expect(coded('Kenyan troops engaged Somali rebels in fierce fighting.')).toEqual([
      'Kenya military SOM 193',
    ]);
  });

  it('asserts no meeting when the one who is ready is unknown', () => {
    expect(coded('The Kenyan president said he was ready to hold talks with Somalia.')).toEqual([]);
  });
});
