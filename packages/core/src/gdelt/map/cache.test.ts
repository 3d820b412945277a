// RecentMap: bounded memory, recent keys kept.
import { describe, expect, it } from 'vitest';
import { RecentMap } from './cache.ts';

describe('RecentMap', () => {
  it('keeps the last two generations and forgets older keys', () => {
    const m = new RecentMap<number, string>(2);
    for (const k of [1, 2, 3, 4, 5]) m.set(k, `v${k}`);
    expect(m.get(5)).toBe('v5');
    expect(m.get(4)).toBe('v4');
    expect(m.get(1)).toBeUndefined();
  });

  it('carries a key read from the older generation into the current one', () => {
    const m = new RecentMap<number, string>(2);
    m.set(1, 'a');
    m.set(2, 'b');
    m.set(3, 'c'); // 1 and 2 are now the older generation
    expect(m.get(1)).toBe('a'); // read: copied forward
    m.set(4, 'd'); // current (3, 1) is full: it becomes the older generation
    expect(m.get(1)).toBe('a');
    expect(m.get(2)).toBeUndefined();
  });
});
