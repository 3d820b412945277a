// Actors as the CAMEO actor codebook codes them: country + role ("Turkish troops" TURMIL), peoples, IGOs
// and NGOs, office-holders of any period, former states; the country of an unnamed role from its context.
// Sentences written for these tests in the style of wire reports.
import { describe, expect, it } from 'vitest';
import type { Entity } from '@geokg/core';
import { createExtractor } from '../index.ts';

const x = createExtractor();
const run = (text: string, reported?: string): { entities: Entity[]; edges: string[] } => {
  const r = x.extractText(text, { doc: 'roles.txt', ...(reported ? { reported } : {}) });
  return {
    entities: r.entities,
    edges: r.claims.map((c) => `${c.subject.id} ${c.predicate} ${c.object.id}`),
  };
};

describe('role actors (CAMEO country + role)', () => {
  it('makes troops, police and rebels of a state their own nodes with its country', () => {
    const { edges, entities } = run(
      'Turkish troops shelled the border town. Yemeni rebels fired missiles at Saudi Arabia.',
    );
    expect(edges).toContain('org:yem:rebels attacks state:SAU');
    expect(entities.find((e) => e.id === 'org:yem:rebels')).toMatchObject({
      kind: 'ArmedGroup',
      props: { country: 'YEM' },
    });
    expect(run('Egyptian police arrested a British journalist.').edges[0]).toMatch(/^org:egy:police /);
  });

  it('keeps a government as its state, so government against opposition is a domestic event', () => {
    expect(run('The Zambian government accused the opposition of inciting violence.').edges).toContain(
      'state:ZMB accuses group:zmb:opposition',
    );
    expect(run('Iraqi police fired tear gas at protesters in Basra.').edges).toContain(
      'org:irq:police attacks group:irq:opposition',
    );
  });

  it('reads a role word the noun lexicon lacks when a state owns it', () => {
    const story = 'Kenya raised fuel prices on Monday.\n\nA Kenyan doctors’ union criticized the government.';
    expect(run(story).edges).toContain('group:ken:labour criticizes state:KEN');
  });

  it('names no actor by a role word that only modifies a noun', () => {
    const { entities } = run('The United States bombed a rebel target near the border.');
    expect(entities.map((e) => e.id)).not.toContain('org:usa:rebels');
  });
});

describe('country from context', () => {
  it('gives an unnamed role the one state its sentence names', () => {
    expect(run('Police in Kenya arrested dozens of protesters.').edges).toContain(
      'org:ken:police coerces group:ken:opposition',
    );
  });

  it('else the story’s state, never a state of another document', () => {
    const story =
      'Chile recalled its ambassador from Peru on Monday.\n\nChile said the talks had failed.\n\n' +
      'Police detained several protesters outside the embassy.';
    expect(run(story).edges).toContain('org:chl:police coerces group:chl:opposition');
    // The same sentence alone names no state and so no police of any state.
    expect(run('Police detained several protesters outside the embassy.').edges).toEqual([]);
  });

  it('gives a ministry without a state the context’s state, never a global ministry', () => {
    const { entities } = run('Norway criticized the Foreign Ministry for the delay.');
    expect(entities.map((e) => e.id)).not.toContain('org:foreign-ministry');
  });
});

describe('registry coverage', () => {
  it('knows plural demonyms, peoples and former states', () => {
    expect(run('The Iraqis accused Iran of shelling border villages.').edges).toContain(
      'state:IRQ accuses state:IRN',
    );
    expect(run('The Kurds accused Turkey of breaking the truce.').edges).toContain(
      'group:tur:kurds accuses state:TUR',
    );
    expect(run('The Soviet Union invaded Afghanistan.').edges[0]).toMatch(/^state:SUN \S+ state:AFG$/);
  });

  it('knows office-holders of the 1990s, by surname only while in office', () => {
    expect(run('Yeltsin met Kohl.', '1995-05-01').edges).toContain(
      'person:rus:boris-yeltsin consults person:deu:helmut-kohl',
    );
    expect(run('Yeltsin met Kohl.', '2015-05-01').edges).toEqual([]);
  });

  it('knows IGOs and NGOs, and no short alias captures another organisation', () => {
    expect(run('Amnesty International accused the Egyptian police of torture.').edges).toContain(
      'org:amnesty-international accuses org:egy:police',
    );
    const { edges } = run('The Union of Journalists criticized the Moroccan government.');
    expect(edges[0]).toMatch(/^org:union-of-journalists criticizes state:MAR$/);
  });
});
