// Who a lone surname and a sentence-opening "He" mean (issue 12, precision on unseen stories): a surname
// is the person of that surname this document named in full, before any registry person who shares it;
// "He" continues the latest person who was a sentence's subject, never the latest person named in another
// role. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../index.ts';

const x = createExtractor();
const edges = (text: string, reported?: string): string[] =>
  x
    .extractText(text, { doc: 'surnames.txt', ...(reported ? { reported } : {}) })
    .claims.filter((c) => c.cameo)
    .map((c) => `${c.subject.id} ${c.predicate} ${c.object.id}`);

describe('a surname alone', () => {
  it('is the person this document named in full', () => {
    const story =
      'Zambian Foreign Minister Joseph Mwale met Malawian President Peter Banda in Lilongwe.\n\n' +
      'Mwale accused Malawi of smuggling.';
    expect(edges(story)).toContain('person:zmb:joseph-mwale accuses state:MWI');
    const other = 'Zambian President Joseph Mwale arrived in Harare.\n\nBanda accused Zambia of smuggling.';
    expect(edges(other).filter((e) => e.includes('accuses'))).toEqual([]);
  });

  it('is the latest person of that surname named in full', () => {
    const story =
      'Zambian President Joseph Mwale met Kenyan President Paul Otieno on Monday.\n\n' +
      'Malawian Foreign Minister Grace Mwale said the talks had failed.\n\nMwale accused Zambia of smuggling.';
    expect(edges(story).filter((e) => e.includes('accuses'))).toEqual([
      'person:mwi:grace-mwale accuses state:ZMB',
    ]);
  });

  it('is the person the story named before a registry person who shares it, even on his dates', () => {
    const story = 'Secretary of State Hillary Clinton arrived in Islamabad.\n\nClinton condemned the attack.';
    const e = edges(story, '1998-05-01');
    expect(e.some((s) => s.startsWith('person:usa:hillary-clinton criticizes'))).toBe(true);
    expect(e.some((s) => s.startsWith('person:usa:bill-clinton'))).toBe(false);
  });

  it('names no registry person by a dated surname another registry person bears, in an undated story', () => {
    expect(edges('Clinton condemned the attack.')).toEqual([]);
    expect(edges('Clinton condemned the attack.', '1998-05-01')[0]).toMatch(/^person:usa:bill-clinton /);
  });

  it('is no surname inside a longer name', () => {
    const story =
      'Zambian President Joseph Mwale arrived in Harare.\n\nMwale Holdings accused Malawi of smuggling.';
    expect(edges(story).some((e) => e.startsWith('person:zmb:joseph-mwale accuses'))).toBe(false);
  });
});

describe('"He" opening a sentence', () => {
  it('continues the latest sentence subject that was a person, over a sentence naming no one', () => {
    const story =
      'Zambian President Joseph Mwale met Kenyan President Paul Otieno in Lusaka.\n\n' +
      'The talks lasted two hours.\n\nHe urged Malawi to open its border.';
    expect(edges(story).filter((e) => e.includes('requests'))).toEqual([
      'person:zmb:joseph-mwale requests state:MWI',
    ]);
  });

  it('continues the speaker named by surname at the end of a quote', () => {
    const story =
      'Zambian President Joseph Mwale spoke after a meeting with Kenyan President Paul Otieno.\n\n' +
      '"We must act," Mwale said. He urged Malawi to open its border.';
    expect(edges(story).filter((e) => e.includes('requests'))).toEqual([
      'person:zmb:joseph-mwale requests state:MWI',
    ]);
  });

  it('means nobody when no person was a subject and several were named', () => {
    const story =
      'A meeting between Zambian President Joseph Mwale and Kenyan President Paul Otieno took place.\n\n' +
      'The talks lasted two hours.\n\nHe urged Malawi to open its border.';
    expect(edges(story).filter((e) => e.includes('requests'))).toEqual([]);
  });
});
