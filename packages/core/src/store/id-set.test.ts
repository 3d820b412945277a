import { describe, expect, it } from 'vitest';
import { hash64 } from './hash-set.ts';
import { IdSet } from './id-set.ts';

describe('IdSet', () => {
  it('is exact, as a Set is, across growth', () => {
    const ids = new IdSet();
    const plain = new Set<string>();
    for (let i = 0; i < 200_000; i++) {
      const id = `claim:gdelt:${(i * 7919) % 150_001}`;
      expect(ids.add(id)).toBe(!plain.has(id));
      plain.add(id);
    }
    expect(ids.size).toBe(plain.size);
    expect(ids.indexOf('claim:gdelt:0')).toBe(0);
    expect(ids.indexOf('claim:gdelt:nope')).toBe(-1);
  });

  it('tells ids apart even when their hashes are forced to collide', () => {
    const ids = new IdSet();
    const same = new Uint32Array([42, 42]);
    expect(ids.add('claim:a', same)).toBe(true);
    expect(ids.add('claim:b', same)).toBe(true);
    expect(ids.add('claim:a', same)).toBe(false);
    expect(ids.indexOf('claim:b', same)).toBe(1);
    expect(ids.size).toBe(2);
  });

  it('takes hashes worked out elsewhere as the same ids', () => {
    const h = new Uint32Array(2);
    hash64('claim:x', h, 0);
    const ids = new IdSet();
    ids.add('claim:x');
    expect(ids.add('claim:x', h)).toBe(false);
    expect(ids.indexOf('claim:x', h)).toBe(0);
  });

  it('keeps the ids of a batch in their one string, and finds them from single strings too', () => {
    const ids = new IdSet();
    const batch = ['claim:1', 'claim:22', 'claim:333'];
    const hashes = new Uint32Array(6);
    batch.forEach((id, i) => hash64(id, hashes, 2 * i));
    const t = ids.keep(batch.join('\n'));
    let start = 0;
    batch.forEach((id, i) => {
      expect(ids.putIn(t, start, id.length, hashes, 2 * i)).toBe(-1);
      start += id.length + 1;
    });
    expect(ids.putIn(t, 0, 7, hashes, 0)).toBe(0);
    expect(ids.add('claim:22')).toBe(false);
    expect(ids.indexOf('claim:333')).toBe(2);
    expect(ids.indexOf('claim:33')).toBe(-1);
    expect(ids.add('claim:4444')).toBe(true);
    expect(ids.size).toBe(4);
  });
});
