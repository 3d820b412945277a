// PLOVER meaning on sentences written for these tests: intent is AGREE, threats take any complement,
// requests and refusals code what is asked or refused, future acts are intents or hypothetical, and an act
// without an actor recipient is a targetless claim whose object is the act.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../index.ts';
import { codedClaims as claims, namedWithModality as show } from '../../test/coded.ts';

const x = createExtractor();
const all = (text: string): string[] => claims(text).map(show);

describe('AGREE: expressed intent to cooperate (PLOVER_MANUAL section AGREE)', () => {
  it('codes "agreed to" + a meeting as AGREE 036 by each who agreed, not a symmetric meeting', () => {
    expect(all('Peru and Chile agreed to hold talks with Bolivia.')).toEqual([
      'Peru AGREE Bolivia 036 asserted',
      'Chile AGREE Bolivia 036 asserted',
    ]);
  });

  it('codes "offered to" and "promised to" by what is offered', () => {
    expect(all('Norway offered to send aid to Yemen.')).toEqual(['Norway AGREE Yemen 033 asserted']);
    expect(all('Japan promised to meet Vietnam in March.')).toEqual(['Japan AGREE Vietnam 036 asserted']);
  });

  it('codes "ready to" (an adjective governor) as intent', () => {
    expect(all('Egypt is ready to mediate between Sudan and Ethiopia.')[0]).toMatch(/^Egypt AGREE /);
  });

  it('codes future cooperation ("will", reported "would") as AGREE', () => {
    expect(all('Canada will send aid to Haiti.')).toEqual(['Canada AGREE Haiti 033 asserted']);
    expect(all('Brazil said it would meet Argentina next week.')).toEqual([
      'Brazil AGREE Argentina 036 asserted',
    ]);
  });
});

describe('THREATEN, REQUEST, REJECT in complements', () => {
  it('codes a threat with a non-violent complement', () => {
    expect(all('Kenya threatened to expel the Somali ambassador.')).toEqual([
      // Threatening to expel an envoy threatens relations (CAMEO 1313; PLOVER THREATEN mode 'expel').
      'Kenya THREATEN Somalia 1313 asserted',
    ]);
  });

  it('codes a threat of force as 138 and keeps no attack claim', () => {
    expect(all('Azerbaijan threatened to attack Armenia.')).toEqual([
      'Azerbaijan THREATEN Armenia 138 asserted',
    ]);
  });

  it('codes "urged X to" by what is asked, with X as the recipient', () => {
    expect(all('Sweden urged Russia to withdraw its troops.')).toEqual([
      'Sweden REQUEST Russia 0256 asserted',
    ]);
  });

  it('codes a refusal by default and with a complement, asserted', () => {
    expect(all('Hungary rejected the proposal.')).toEqual(['Hungary REJECT - 120 asserted']);
    expect(all('Ghana refused to meet Togo.')).toEqual(['Ghana REJECT Togo 125 asserted']);
  });
});

describe('modality of planned acts', () => {
  it('marks a future act that is not cooperation hypothetical, not asserted', () => {
    const [c] = claims('Australia will impose sanctions on Iran.');
    expect(c!.modality).toBe('hypothetical');
  });
});

describe('targetless claims', () => {
  it('makes the act the object when there is no actor recipient', () => {
    const cs = x.extractText('Hungary rejected the proposal.', { doc: 't.txt' });
    const c = cs.claims.find((c) => c.predicate === 'rejects')!;
    expect(c.object.kind).toBe('Event');
    expect(c.object.id).toMatch(/^event:[0-9a-f]{8}:reject-proposal$/);
    expect(cs.entities.some((e) => e.id === c.object.id)).toBe(true);
  });
});

describe('event nouns and light verbs (events.yaml)', () => {
  it('reads "talks between X and Y" as a mutual consultation', () => {
    expect(all('Talks between Ethiopia and Egypt resumed in Cairo.')).toEqual([
      'Ethiopia CONSULT Egypt 046 asserted',
      'Egypt CONSULT Ethiopia 046 asserted',
    ]);
  });

  it('reads "the shooting-down of Y by X" as X attacking Y', () => {
    expect(all('The shooting-down of a Kenyan helicopter by Somalia angered Nairobi.')).toContain(
      'Somalia ASSAULT Kenya 190 asserted',
    );
  });

  it('reads light verbs: call a truce (targetless), open an inquiry, deploy troops', () => {
    expect(all('The rebels in Yemen called a truce on Sunday.')).toEqual([
      // CAMEO YEMREB: the rebels are Yemen's role actor (mentions/roles.ts).
      'Yemen rebels RETREAT - 0871 asserted',
    ]);
    expect(all('Chile opened an inquiry into the crash.')).toEqual(['Chile ACCUSE - 090 asserted']);
    expect(all('Turkey deployed troops along the border with Syria.')).toEqual([
      'Türkiye MOBILIZE Syria 154 asserted',
    ]);
  });

  it("keeps the noun in the light verb's phrase", () => {
    expect(all('Russia launched 500 drones and missiles during the night.').join()).not.toMatch(/190/);
  });
});

describe('verb senses', () => {
  it('does not read publishing as releasing detainees', () => {
    expect(all('The Peruvian army released a video of the operation.')).toEqual([]);
    expect(all('Kenya released two Somali fishermen on Monday.')).toEqual([
      // CAMEO SOMAGR (Phoenix.agents: fishermen are AGR): Somalia's role actor.
      'Kenya CONCEDE Somalia agriculture 084 asserted',
    ]);
  });
});

describe('condemning an act of violence (PLOVER_MANUAL section ACCUSE; CAMEO 111)', () => {
  it('is criticism with no actor recipient unless the culprit is named', () => {
    expect(all('Chile condemned the shelling of the hospital in Aleppo.')).toEqual([
      'Chile ACCUSE - 111 asserted',
    ]);
    expect(all('Ghana condemned the attack by Boko Haram on the market.')).toEqual([
      'Ghana ACCUSE Boko Haram 111 asserted',
    ]);
  });

  it('never makes one who talks of an attack its attacker', () => {
    const text = "President Gabriel Boric says Russia's attack on UN staff in Syria was a disgrace.";
    const cs = claims(text).filter((c) => c.plover === 'ASSAULT');
    expect(cs.map((c) => `${c.subject.name} ${c.object.name}`)).toEqual(['Russia United Nations']);
  });

  it('never makes the one who condemns the attacker', () => {
    const cs = claims('Ghana denounced the bombings of villages in Mali.');
    expect(cs.filter((c) => c.subject.name === 'Ghana').map((c) => c.plover)).toEqual(['ACCUSE']);
  });
});

describe('verb senses that are no event (relations.yaml [---] patterns)', () => {
  it('publishing an estimate or a tape is no release (CAMEO 084)', () => {
    expect(all('The toll reached 12, according to an estimate released by the army.')).toEqual([]);
    expect(all('Hezbollah is expected to release a tape.')).toEqual([]);
    expect(all('Kenya released 20 Somali prisoners.')[0]).toMatch(/^Kenya CONCEDE /);
  });

  it('repealing a law is no sanction; touring a site is no consultation', () => {
    expect(all('Chile repealed the public order law in March.')).toEqual([]);
    expect(all('The Peruvian president visited the flood sites in Piura.')).toEqual([]);
    expect(all('Putin visited China in May.')).toEqual(['Vladimir Putin CONSULT China 042 asserted']);
  });
});

describe('pressing for sanctions (CAMEO 1312 → THREATEN)', () => {
  it('threatens the one the sanctions are against; it asks nothing of it', () => {
    expect(all('Chile pressed for sanctions against Venezuela.')).toEqual([
      'Chile THREATEN Venezuela 1312 asserted',
    ]);
  });
});

describe('reported speech, denials and coordination', () => {
  it('does not make the speaker the actor of what it reports', () => {
    const cs = claims('Amnesty International said Ethiopian troops attacked civilians in Tigray.');
    // Amnesty is a known NGO now: it may accuse (saying someone used force is accusing them, emit.ts),
    // but it never attacks.
    expect(cs.filter((c) => c.subject.name === 'Amnesty International').map((c) => c.plover)).toEqual([
      'ACCUSE',
    ]);
  });

  it('reads "dismissed reports that …" as a denial, with no implied accusation', () => {
    const cs = claims('Chile dismissed reports that Bolivia had attacked Peru.');
    // Dismissing the reports is itself a rejection (relations.yaml dismiss-claims, CAMEO 120).
    expect(cs.map(show)).toEqual(['Chile REJECT - 120 asserted', 'Bolivia ASSAULT Peru 190 denied']);
  });

  it('gives each of coordinated subjects its own request, not pairwise events among them', () => {
    expect(all('French, German and Italian ministers urged Iran to release the detainees.')).toEqual([
      'France REQUEST Iran 0253 asserted',
      'Germany REQUEST Iran 0253 asserted',
      'Italy REQUEST Iran 0253 asserted',
    ]);
  });
});
