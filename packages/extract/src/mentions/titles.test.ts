// Who a bare title or pronoun means, and whose country an unnamed role takes: "the president" is the
// person the story named with that title, "He …" continues the previous sentence's subject (or nobody
// when unsure), a bare "the air force" is the reporting military's, and a religion's militants have no
// country. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../index.ts';

const x = createExtractor();
const edges = (text: string): string[] =>
  x
    .extractText(text, { doc: 'titles.txt' })
    .claims.map((c) => `${c.subject.id} ${c.predicate} ${c.object.id}`);

describe('a bare title', () => {
  it('is the person the story named with it, not the state named last', () => {
    const story =
      'Zambian President Joseph Mwale accused Malawi of smuggling.\n\nMalawi denied it.\n\n' +
      'The president accused Malawi of lying.';
    const e = edges(story);
    expect(e.filter((s) => s.endsWith('accuses state:MWI'))).toEqual([
      'person:zmb:joseph-mwale accuses state:MWI',
      'person:zmb:joseph-mwale accuses state:MWI',
    ]);
  });

  it('with a nationality is that state’s holder ("the Kenyan leader")', () => {
    const story =
      'Zambian President Joseph Mwale met Kenyan President Paul Otieno.\n\n' +
      'The Kenyan leader accused Malawi of smuggling.';
    expect(edges(story)).toContain('person:ken:paul-otieno accuses state:MWI');
  });

  it('in lower case after a possessive state names a person of that state', () => {
    expect(edges("Malawi's president Peter Banda accused Zambia of smuggling.")).toEqual([
      'person:mwi:peter-banda accuses state:ZMB',
    ]);
  });

  it('in an apposition makes its holder "the chancellor" later on', () => {
    const story =
      'Angela Merkel, the German chancellor, visited Warsaw.\n\nPoland accused Russia of spying.\n\n' +
      'The chancellor criticized Russia.';
    expect(edges(story)).toContain('person:deu:angela-merkel criticizes state:RUS');
  });
});

describe('an office named by its "of" phrase', () => {
  it('is not the holder of the bare title ("the Leader of the Opposition" is not the prime minister)', () => {
    const story =
      'Kenyan Prime Minister Paul Otieno visited Mombasa.\n\n' +
      'The Leader of the Opposition accused Uganda of smuggling.';
    expect(edges(story).filter((s) => s.startsWith('person:ken:paul-otieno '))).toEqual([]);
  });

  it('after a courtesy title, a surname is the person named in full before ("Mr Otieno")', () => {
    const story =
      'Kenyan Prime Minister Paul Otieno visited Mombasa.\n\nMr Otieno accused Uganda of smuggling.';
    expect(edges(story)).toContain('person:ken:paul-otieno accuses state:UGA');
  });
});

describe('a name set off after its title phrase', () => {
  it('is a person of the title’s state, and "Mr. X" later is that person', () => {
    const story =
      'Reporters reached the Malian ambassador in Paris, Ousmane Keita, on Monday.\n\n' +
      'Mr. Keita accused Niger of arming the rebels.';
    expect(edges(story)).toContain('person:mli:ousmane-keita accuses state:NER');
  });

  it('an office "of" a group speaks for the group ("the leader of the opposition")', () => {
    const e = edges(
      'Kenya held elections on Sunday.\n\nThe leader of the opposition accused the government of fraud.',
    );
    expect(e).toEqual(['group:ken:opposition accuses state:KEN']);
  });
});

describe('"He" or "She" opening a sentence', () => {
  it('continues the previous sentence’s subject, not the person named last', () => {
    const story =
      'Chilean Foreign Minister Ana Lopez criticized Peruvian President Jorge Ruiz.\n\n' +
      'She urged Peru to withdraw its troops.';
    const e = edges(story);
    expect(e.filter((s) => s.endsWith(' state:PER'))).toEqual([
      'person:chl:ana-lopez appeals-for-restraint state:PER',
    ]);
  });

  it('makes no claim when the previous subject was no person and a person stood in another role', () => {
    const story =
      'Chile summoned the envoy of Peruvian President Jorge Ruiz.\n\nHe urged Chile to apologise.';
    expect(edges(story).filter((s) => s.endsWith(' state:CHL'))).toEqual([]);
  });
});

describe('the country of an unnamed role', () => {
  it('takes a bare "the air force" from the military that reports it, not from the place it struck', () => {
    const e = edges('"The air force has bombed positions in Libya," said the Egyptian military.');
    expect(e).toEqual(['org:egy:military attacks state:LBY']);
  });

  it('gives militants named by their religion no country ("Islamist militants")', () => {
    const e = edges('The Kenyan government urged Islamist militants to release the hostages.');
    expect(e).toHaveLength(1);
    expect(e[0]).toMatch(/^state:KEN requests org:[0-9a-f]{8}:islamist-militants$/);
  });
});

describe('a member named with its organisation', () => {
  it('speaks for a body named right before it, and "he" later in the sentence is that member', () => {
    const e = edges(
      'Talks resumed on Monday, a Chilean Energy Ministry spokesperson said, though he refused to meet Peru.',
    );
    expect(e.filter((s) => s.endsWith(' state:PER'))).toEqual(['org:chl:energy-ministry rejects state:PER']);
  });
});
