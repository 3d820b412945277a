// Actors the registry does not know, coded with their country (issues 11/12): people identified by an
// apposition ("X, the governor of Y province,"), a group's armed men named by the group ("Taliban
// fighters"), a spokesman "for" a body, and unknown attackers of the place they act in. Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../index.ts';

const x = createExtractor();
const edges = (text: string, reported?: string): string[] =>
  x
    .extractText(text, { doc: 'apposition.txt', reported })
    .claims.filter((c) => c.plover)
    .map((c) => `${c.subject.id} ${c.predicate} ${c.object.id}`);

describe('a person set off by an apposition with a title', () => {
  it('takes the country of the place the title names (a province, a city)', () => {
    expect(edges('Mohammed Ali Hassan, the governor of Basra, accused Iran of smuggling weapons.')).toEqual([
      'person:irq:mohammed-ali-hassan accuses state:IRN',
    ]);
    expect(edges('Juan Perez, the mayor of Bogota, criticized Venezuela over the border closure.')).toEqual([
      'person:col:juan-perez criticizes state:VEN',
    ]);
  });

  it('takes the country of the body a spokesman speaks for', () => {
    expect(edges('Ahmed Farouk, a spokesman for the Egyptian foreign ministry, criticized Israel.')).toEqual([
      'person:egy:ahmed-farouk criticizes state:ISR',
    ]);
  });

  it('reads "who heads" as the head of the body named after it', () => {
    expect(
      edges("Paul Mugabi, who heads the Ugandan electoral commission, rejected the opposition's demands."),
    ).toEqual(['person:uga:paul-mugabi rejects group:uga:opposition']);
  });

  it('keeps a particle name whole and is "the governor" and "Mr X" later on', () => {
    const story =
      'Abdul Karim al-Rawi, the governor of Basra, met Iranian officials.\n\n' +
      'The governor accused Kuwait of stealing oil.\n\nMr al-Rawi also criticized Saudi Arabia.';
    const e = edges(story);
    expect(e).toContain('person:irq:abdul-karim-al-rawi accuses state:KWT');
    expect(e).toContain('person:irq:abdul-karim-al-rawi criticizes state:SAU');
  });

  it('gives a title before the name the country its apposition names', () => {
    expect(
      edges('General Raheel Sharif, the Pakistani army chief, accused India of shelling villages.'),
    ).toEqual(['person:pak:raheel-sharif accuses state:IND']);
  });

  it('keeps a known person whose surname follows a first name ("Nouri Maliki")', () => {
    // Dated: a registry surname bound to a term counts only on its dates (gazetteer.ts).
    expect(edges('Prime Minister Nouri Maliki accused Syria of sheltering militants.', '2008-05-01')).toEqual(
      ['person:irq:nuri-al-maliki accuses state:SYR'],
    );
  });

  it('gives no country from an unknown place, even when the sentence names another state', () => {
    expect(
      edges('Carlos Mendes, the governor of Amazonas state, accused Venezuela of allowing smugglers in.'),
    ).toEqual(['person:carlos-mendes accuses state:VEN']);
  });

  it('makes no person of a list of states or of a clause after the comma', () => {
    expect(edges('Kenya, Uganda and Tanzania accused Somalia of harbouring militants.')).toEqual([
      'state:KEN accuses state:SOM',
      'state:UGA accuses state:SOM',
      'state:TZA accuses state:SOM',
    ]);
    const e = edges('Hassan Ali Nur, who was arrested in Kenya, denied the charges.');
    expect(e.some((s) => s.startsWith('person:ken:'))).toBe(false);
  });
});

describe("a force's chief titled after it", () => {
  it('takes the state before the force ("Nairobi police chief", "Pakistani army chief")', () => {
    expect(edges('Nairobi police chief Joseph Kinyua accused protesters of looting shops.')).toEqual([
      'person:ken:joseph-kinyua accuses group:ken:opposition',
    ]);
    expect(edges('Pakistani army chief Asim Munir accused India of shelling villages.')).toEqual([
      'person:pak:asim-munir accuses state:IND',
    ]);
  });

  it('takes no country without a state of its own, not the state it accuses', () => {
    expect(edges('Intelligence chief Mohammed Nasser accused Iran of arming rebels.')).toEqual([
      'person:mohammed-nasser accuses state:IRN',
    ]);
  });
});

describe("an organisation's armed men", () => {
  it('are the organisation ("Taliban fighters", "the Hamas militants")', () => {
    expect(edges('Taliban fighters attacked Afghan soldiers near Kabul.')).toEqual([
      'org:afg:taliban attacks org:afg:military',
    ]);
    expect(edges('The Hamas militants fired rockets into Israel.')).toEqual([
      'org:pse:hamas attacks state:ISR',
    ]);
  });

  it('but a state’s fighters stay its forces ("Kurdish fighters" are no organisation)', () => {
    expect(edges('Syrian troops attacked Turkish soldiers near the border.')).toEqual([
      'org:syr:military attacks org:tur:military',
    ]);
  });
});

describe('a spokesman for a body', () => {
  it('speaks for the body, of the state the sentence names', () => {
    expect(edges('A spokesman for the interior ministry accused protesters in Nairobi of looting.')).toEqual([
      'org:ken:interior-ministry accuses group:ken:opposition',
    ]);
  });
});

describe('unknown attackers', () => {
  it('are unaligned armed forces of the state the sentence names, never the state itself', () => {
    expect(edges('Pakistani troops fought back against the attackers near Quetta.')).toEqual([
      'org:pak:military attacks org:pak:unaligned-armed-forces',
    ]);
  });
});
