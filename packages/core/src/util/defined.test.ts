import { describe, expect, it } from 'vitest';
import { defined } from './defined.ts';

describe('defined', () => {
  it('drops undefined fields only, keeping the order of the others', () => {
    const r = defined({ a: 1, b: undefined as string | undefined, c: '', d: null, e: 0 });
    expect(Object.keys(r)).toEqual(['a', 'c', 'd', 'e']);
    expect(r).toStrictEqual({ a: 1, c: '', d: null, e: 0 });
    expect(JSON.stringify(defined({ x: 'y', z: undefined }))).toBe('{"x":"y"}');
  });
});
