// The clause layer on sentences written for these tests: chunks, subjects through reported speech,
// participle modifiers, coordination and infinitives, and the claims that follow from them.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../index.ts';
import { codedClaims as claims, named } from '../../test/coded.ts';
import { tokenize } from '../nlp/tokenize.ts';
import { chunk } from './chunks.ts';

const x = createExtractor();
const all = (text: string): string[] => claims(text).map(named);

describe('noun-phrase chunks', () => {
  it('splits at a determiner after a head and finds head, possessor and governing preposition', () => {
    const [s] = tokenize("Kenya gave Somalia's army the money between the towns and villages.");
    const toks = s!.toks;
    const cover = new Int32Array(toks.length).fill(-1);
    const { chunks } = chunk(toks, cover, []);
    const text = (c: { start: number; end: number }): string =>
      toks
        .slice(c.start, c.end)
        .map((t) => t.text)
        .join(' ');
    expect(chunks.map(text)).toEqual(['Kenya', "Somalia 's army", 'the money', 'the towns', 'villages']);
    expect(chunks.map((c) => toks[c.head]!.text)).toEqual(['Kenya', 'army', 'money', 'towns', 'villages']);
    // "villages" is a later conjunct of the phrase "between" governs.
    expect(chunks.map((c) => (c.prep >= 0 ? toks[c.prep]!.text : '-'))).toEqual([
      '-',
      '-',
      '-',
      'between',
      'between',
    ]);
    expect(chunks.map((c) => c.coordinatedPP)).toEqual([false, false, false, false, true]);
  });
});

describe('subjects', () => {
  it('never makes the speaker of reported speech the actor of the reported act', () => {
    expect(all('A Syrian monitoring group said shelling hit two towns near Aleppo.')).toEqual([]);
  });

  it('reads a headline participle after an adverb as passive: the named one is the victim', () => {
    const cs = claims('Hezbollah commander reportedly killed in Israeli strike');
    expect(cs.filter((c) => c.subject.id === 'org:hezbollah' || c.subject.name === 'Hezbollah')).toEqual([]);
  });

  it('gives the second verb of a coordination the first verb’s subject', () => {
    expect(
      all(
        'Norway strongly condemns the raid on the Russian embassy and urges Russia to withdraw its troops.',
      ),
    ).toEqual(['Norway ACCUSE - 111', 'Norway REQUEST Russia 0256']);
  });

  it('lets a noun phrase without an actor control an infinitive: the governor’s subject does not act', () => {
    expect(all('Canada expects the militia to release a video soon.')).toEqual([]);
    expect(all('Peru condemned the campaign to seize the Bolivian consulate.')).toEqual([
      'Peru ACCUSE - 111',
    ]);
  });

  it('lets a demonym on the subject noun stand for its state, and a purpose infinitive take the sender', () => {
    expect(all('Kenyan warplanes bombed Kismayo on Sunday.')).toEqual(['Kenya military ASSAULT Kismayo 190']);
    expect(all('Chile sent a delegation to investigate.')).toEqual(['Chile ACCUSE - 090']);
  });

  it('takes no subject from inside "between …" or from a participle modifier', () => {
    expect(all('Negotiations between Serbia and Kosovo have stalled over the border.')).toEqual([]);
    expect(all('A convoy travelling outside the Kenyan embassy exploded.')).toEqual([]);
  });

  it('takes the nearest noun as the subject of an -ing participle: "…, with X urging Y to …"', () => {
    expect(
      all('The summit ended in anger, with Chilean officials urging Peru to withdraw its troops.'),
    ).toEqual(['Chile REQUEST Peru 0256']);
    // An -ing participle attaches to the nearest noun, inside a phrase too: the refinery belongs.
    const owns = x
      .extractText('The drone hit a storage tank at a refinery belonging to Kazakhstan.', { doc: 'test.txt' })
      .claims.filter((c) => c.predicate === 'owns')
      .map((c) => `${c.subject.name} owns ${c.object.name}`);
    expect(owns).toEqual(['Kazakhstan owns refinery']);
    // A participle modifying a noun inside another phrase still names no actor.
    expect(all('Talks on the plan submitted by Ghana resumed.')).toEqual([]);
  });

  it('lets the owner of an acting body stand for it: "his party will boycott"', () => {
    expect(all("Sharif said his party will boycott Pakistan's January 8 elections.")).toEqual([
      'Nawaz Sharif PROTEST Pakistan 143',
    ]);
  });

  it('finds the actor of a relative clause on an operation: the one who conducted it', () => {
    expect(all('Obama said the U.S. has conducted an operation that killed Osama bin Laden.')).toContain(
      'United States ASSAULT Osama Bin Laden 190',
    );
  });

  it('makes no accusation when a person reports what their own state did', () => {
    const cs = claims('Obama said U.S. troops killed Osama bin Laden.').filter((c) => c.plover === 'ACCUSE');
    expect(cs).toEqual([]);
  });
});
