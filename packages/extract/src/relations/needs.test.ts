// The needs index answers, for a whole pattern list, which patterns have a word of each needed group in
// the sentence (their indices, ascending): the same answer as checking each pattern directly.
import { describe, expect, it } from 'vitest';
import type { VerbPattern } from '../patterns/types.ts';
import { NeedsIndex, needsMet } from './needs.ts';

/** The indices of the list whose entry passes. */
const where = (list: VerbPattern[], ok: (p: VerbPattern, i: number) => boolean): number[] =>
  list.flatMap((p, i) => (ok(p, i) ? [i] : []));

const pattern = (needs: string[][]): VerbPattern =>
  ({
    verb: 'x',
    pre: [],
    post: [],
    predicate: 'none',
    reverse: false,
    symmetric: false,
    weight: 0,
    origin: 't',
    text: 't',
    rank: 0,
    needs,
  }) as VerbPattern;

describe('NeedsIndex', () => {
  // 20 patterns (above the direct-check threshold), some repeating a word within a group.
  const list = Array.from({ length: 20 }, (_, i) =>
    pattern(
      i % 4 === 0
        ? []
        : i % 4 === 1
          ? [['talks', 'talk']]
          : i % 4 === 2
            ? [['aid', 'aid'], ['to']]
            : [['ban'], ['arms', 'weapon']],
    ),
  );

  it('passes a pattern only when every group has a word in the sentence', () => {
    const words = new Set(['aid', 'the', 'to', 'weapon']);
    const got = [...new NeedsIndex().passing(list, words)];
    expect(got).toEqual(where(list, (_, i) => i % 4 === 0 || i % 4 === 2));
    expect(got).toEqual(where(list, (p) => needsMet(p.needs, words)));
  });

  it('answers again for a new sentence, and the same for short lists', () => {
    const ix = new NeedsIndex();
    ix.passing(list, new Set(['talks']));
    const words = new Set(['ban', 'arms', 'talk']);
    expect([...ix.passing(list, words)]).toEqual(where(list, (_, i) => i % 4 !== 2));
    expect([...ix.passing(list.slice(0, 4), words)]).toEqual([0, 1, 3]);
  });

  it('finds a pattern whose groups are met by words in any order, and none when a group is missing', () => {
    const ix = new NeedsIndex();
    // "arms" met before "ban" in the set's order: the pattern passes once both groups are counted.
    expect([...ix.passing(list, new Set(['weapon', 'arms', 'ban']))]).toEqual(
      where(list, (_, i) => i % 4 === 0 || i % 4 === 3),
    );
    expect([
      ...ix.passing(
        list.filter((_, i) => i % 4 === 3),
        new Set(['ban']),
      ),
    ]).toEqual([]);
  });
});
