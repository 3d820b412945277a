import { describe, expect, it } from 'vitest';
import { subsetQuery } from './subset.ts';

describe('subsetQuery', () => {
  it('keeps only the subset parameters, in their fixed order, and drops empty ones', () => {
    expect(subsetQuery('?depth=2&x=1&around=state%3AEGY&kind=&top=50')).toBe(
      'top=50&around=state%3AEGY&depth=2',
    );
    expect(subsetQuery('?from=2019-10&to=2019-10-24&country=EGY&kind=State')).toBe(
      'kind=State&country=EGY&from=2019-10&to=2019-10-24',
    );
    expect(subsetQuery('')).toBe('');
    expect(subsetQuery('?cam=1,2,3')).toBe('');
  });
});
