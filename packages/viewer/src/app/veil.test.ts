import { describe, expect, it } from 'vitest';
import { premultiplied } from './veil.ts';

describe('the veil colour', () => {
  it('is the colour premultiplied by its alpha, as sigma blends (ONE, ONE_MINUS_SRC_ALPHA)', () => {
    const [r, g, b, a] = premultiplied('#ff8000', 0.5);
    expect(r).toBe(0.5);
    expect(g).toBeCloseTo((128 / 255) * 0.5, 12);
    expect(b).toBe(0);
    expect(a).toBe(0.5);
  });
});
