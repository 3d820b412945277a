// Actor failure classes of unseen news, one test each: names cut at a hyphen, a group's members named by
// its role word ("opposition leaders"), curated role words alone ("hostages"), peoples of several states in
// the state they act in, and "the government" before any state is named. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import type { Entity } from '@geokg/core';
import { createExtractor } from '../index.ts';

const x = createExtractor();
const run = (text: string): { entities: Entity[]; edges: string[] } => {
  const r = x.extractText(text, { doc: 'classes.txt' });
  return {
    entities: r.entities,
    edges: r.claims.map((c) => `${c.subject.id} ${c.predicate} ${c.object.id}`),
  };
};
const names = (es: Entity[]): string[] => es.map((e) => e.name);

describe('names written with hyphens', () => {
  it('keeps the hyphenated part of a titled name ("Ban Ki-moon", not "Ban Ki")', () => {
    const { entities } = run('Secretary-General Ban Ki-moon urged Ethiopia to release the journalists.');
    expect(names(entities)).toContain('Ban Ki-moon');
    expect(names(entities)).not.toContain('Ban Ki');
  });

  it('keeps an Arabic particle and its word ("el-Tayeb")', () => {
    const { edges } = run('Egyptian Prime Minister Ahmed el-Tayeb criticized Ethiopia over the dam.');
    expect(edges).toContain('person:egy:ahmed-el-tayeb criticizes state:ETH');
  });
});

describe('members of a group named by its role word', () => {
  it('codes "opposition leaders" as the opposition of the sentence’s state', () => {
    expect(run('Thai police arrested opposition leaders in Bangkok.').edges).toContain(
      'org:tha:police coerces group:tha:opposition',
    );
  });

  it('codes "government officials" as the state and "rebel negotiators" as its rebels', () => {
    const { edges } = run('Government officials met rebel negotiators in Bogota.');
    expect(edges).toContain('state:COL consults org:col:rebels');
  });
});

describe('curated role words alone', () => {
  it('makes "hostages" civilians of the story’s state', () => {
    const story = 'Nigeria sent troops to the north.\n\nRebels killed two hostages on Sunday.';
    expect(run(story).edges).toContain('org:nga:rebels attacks group:nga:civilians');
  });

  it('never reads a role word inside a registry name ("European Union" is no labour union)', () => {
    const { edges } = run('Moldova signed a trade pact with the European Union on Friday.');
    expect(edges.some((e) => e.includes('labour'))).toBe(false);
  });
});

describe('peoples of several states', () => {
  it('codes the Kurds in the state the sentence names', () => {
    expect(run('The Kurds accused Baghdad of withholding oil revenue.').edges).toContain(
      'group:irq:kurds accuses state:IRQ',
    );
  });

  it('keeps the people itself when nothing names a state', () => {
    expect(run('The Kurds accused the ruling party of betrayal.').entities.map((e) => e.id)).toContain(
      'group:kurds',
    );
  });
});

describe('"the government" before a state is named', () => {
  it('is the state of the story so far', () => {
    const story = 'Floods hit Thailand on Monday.\n\nThe government thanked Japan for its aid.';
    expect(run(story).edges.some((e) => e.startsWith('state:THA ') && e.endsWith(' state:JPN'))).toBe(true);
  });

  it('is never the other state its own sentence names', () => {
    const { edges } = run('The government thanked Japan for its aid.');
    expect(edges.some((e) => e.startsWith('state:JPN '))).toBe(false);
  });
});

describe('former names of states', () => {
  it('reads Zaire, Rhodesia and Ceylon as today’s states and Yugoslavia as the former state', () => {
    expect(run('Zaire accused Rhodesia of shelling border villages.').edges).toContain(
      'state:COD accuses state:ZWE',
    );
    expect(run('Ceylon accused Yugoslavia of arming the rebels.').edges).toContain(
      'state:LKA accuses state:YUG',
    );
  });
});

describe('no junk entities from common nouns', () => {
  it('gives a report’s claims to its author, and a report of no one no speaker', () => {
    const r = x.extractText('A UN report said Kenyan police had killed 20 protesters.', { doc: 'r.txt' });
    expect(r.claims.map((c) => c.claimedBy?.id)).toContain('org:un');
    expect(names(r.entities)).not.toContain('UN report');
  });

  it('reads "the Union" as the union named before, never as a new organisation "Union"', () => {
    const story =
      'The European Union imposed sanctions on Belarus.\n\nThe Union accused Minsk of rigging the vote.';
    expect(run(story).edges).toContain('org:eu accuses state:BLR');
    const ids = run('The Union accused Minsk of rigging the vote.').entities.map((e) => e.id);
    expect(ids).not.toContain('org:union');
  });

  it('reads a model designation and a noun as machines, never as an armed group ("MiG-29 fighters")', () => {
    const story =
      'Sudan accused Chad of arming rebels.\n\nTwelve MiG-29 fighters and two F-16 jets bombed the camp.';
    const { entities } = run(story);
    expect(entities.filter((e) => e.kind === 'ArmedGroup').map((e) => e.name)).toEqual([]);
    // The same noun after a people's adjective is still the fighters of a state or group.
    const edges = run('Chadian fighters attacked the town.').edges;
    expect(edges.map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual([
      'org:tcd:unaligned-armed-forces attacks',
    ]);
  });
});

describe('organisations named by their parts', () => {
  it('finds a registry name the tokenizer splits at several hyphens ("Lashkar-e-Taiba")', () => {
    expect(run('Lashkar-e-Taiba accused India of torturing prisoners.').edges).toContain(
      'org:lashkar-e-taiba accuses state:IND',
    );
  });

  it('reads an acronym the story defined in brackets as that organisation, and its spokesman as it', () => {
    const story =
      'Police in Delhi blamed Jaish-e-Mohammad (JeM) for the blast.\n\nA JeM spokesman denied any role in it.';
    const { edges } = run(story);
    expect(edges.some((e) => e.startsWith('org:jaish-e-mohammad denies '))).toBe(true);
    expect(edges.some((e) => e.includes(':media '))).toBe(false);
  });

  it('makes "Chile\'s Ministry of Foreign Affairs" Chile\'s foreign ministry, whoever issued the statement', () => {
    const { edges } = run('A statement released by Chile’s Ministry of Foreign Affairs condemned Peru.');
    expect(edges).toContain('org:chl:foreign-ministry part-of state:CHL');
    expect(edges).toContain('org:chl:foreign-ministry criticizes state:PER');
  });

  it('gives the lower-case "Chile\'s foreign ministry" the same node, and another ministry its own', () => {
    const story =
      "Chile's foreign ministry accused Peru of spying.\n\nThe Chilean defence ministry denied it.";
    const { edges } = run(story);
    expect(edges).toContain('org:chl:foreign-ministry accuses state:PER');
    expect(edges).toContain('org:chl:defence-ministry part-of state:CHL');
  });
});
