import { describe, expect, it } from 'vitest';
import { defaultStoreDir, noProgress, quiet } from './config.ts';

describe('CLI configuration', () => {
  it('reads GEOKG_STORE, GEOKG_NO_PROGRESS and GEOKG_QUIET from the environment it is given', () => {
    expect(defaultStoreDir({})).toBe('data');
    expect(defaultStoreDir({ GEOKG_STORE: '/srv/kg' })).toBe('/srv/kg');
    expect([noProgress({}), noProgress({ GEOKG_NO_PROGRESS: '1' })]).toEqual([false, true]);
    expect([quiet({}), quiet({ GEOKG_QUIET: 'yes' })]).toEqual([false, true]);
  });
});
