import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

function posOf(text: string, word: string): string | undefined {
  return tokenize(text)
    .flatMap((s) => s.toks)
    .find((t) => t.lower === word)?.pos;
}

describe('tokenize: participles used as prepositions', () => {
  it('reads them as prepositions after a noun or at the start of a sentence', () => {
    expect(posOf('The ministry sent a note regarding the raid on the depot.', 'regarding')).toBe('ADP');
    expect(posOf('Following the vote, the envoy left the capital.', 'following')).toBe('ADP');
    expect(posOf('Talks including both neighbours resumed in Vienna.', 'including')).toBe('ADP');
  });

  it('keeps them verbs after a form of be or have', () => {
    expect(
      posOf('The cabinet is considering new tariffs and is regarding the offer as serious.', 'regarding'),
    ).toBe('VERB');
  });
});
