import { describe, expect, it } from 'vitest';
import { HashSet64, hash64 } from './hash-set.ts';

describe('HashSet64', () => {
  it('counts distinct keys across growth, as a Set does', () => {
    const set = new HashSet64();
    const plain = new Set<string>();
    for (let i = 0; i < 300_000; i++) {
      const key = `state:K${i % 200_003}|accuses|state:U${(i * 7) % 1009}`;
      expect(set.add(key)).toBe(!plain.has(key));
      plain.add(key);
    }
    expect(set.size).toBe(plain.size);
    expect(set.size).toBeGreaterThan(65_536 * 2);
  });

  it('takes hashes made elsewhere (a worker thread) as the same keys', () => {
    const hashes = new Uint32Array(4);
    hash64('a|b|c', hashes, 0);
    hash64('a|b|d', hashes, 2);
    const set = new HashSet64();
    expect(set.addHash(hashes, 0)).toBe(true);
    expect(set.add('a|b|c')).toBe(false);
    expect(set.add('a|b|d')).toBe(true);
    expect(set.addHash(hashes, 2)).toBe(false);
  });

  it('spreads similar keys (no two of 100,000 near-identical keys collide)', () => {
    const seen = new Set<string>();
    const h = new Uint32Array(2);
    for (let i = 0; i < 100_000; i++) {
      hash64(`claim:gdelt:${881990832 + i}`, h, 0);
      seen.add(`${h[0]}:${h[1]}`);
    }
    expect(seen.size).toBe(100_000);
  });
});
