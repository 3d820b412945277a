import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { ProblemCollector, unknownKeys, unknownKeysMessage } from './problems.ts';

describe('ProblemCollector', () => {
  it('throws nothing without problems, else every problem in line order after the earlier ones', () => {
    const none = new ProblemCollector('a.yaml');
    expect(() => none.throwIfAny()).not.toThrow();
    const p = new ProblemCollector('a.yaml', [{ file: 'a.yaml', line: 5, message: 'parse' }]);
    p.add(9, 'late');
    p.add(2, 'early');
    let err: unknown;
    try {
      p.throwIfAny();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe('a.yaml:2: early\na.yaml:5: parse\na.yaml:9: late');
  });
});

describe('unknownKeys', () => {
  it("names the keys not allowed, in the record's order, from a list or a set", () => {
    expect(unknownKeys({ id: 1, nmae: 2, kind: 3, x: 4 }, ['id', 'kind'])).toEqual(['nmae', 'x']);
    expect(unknownKeys({ id: 1 }, new Set(['id']))).toEqual([]);
    expect(unknownKeysMessage(['nmae'], ['id', 'name'])).toBe('unknown key(s) "nmae"; allowed: id, name');
  });
});
