// Row splitting and checks, dates, and the confidence rule.
import { describe, expect, it } from 'vitest';
import { GDELT_COLUMN_COUNT, COL } from './columns.ts';
import { gdeltConfidence } from '../map/confidence.ts';
import { isoDate, isoTimestamp, splitRow } from './row.ts';

describe('splitRow', () => {
  it('cuts the used columns and counts them all', () => {
    const cells = Array.from({ length: GDELT_COLUMN_COUNT }, (_, i) => `c${i}`);
    const f: string[] = [];
    expect(splitRow(cells.join('\t'), f)).toBe(61);
    expect(f[COL.SQLDATE]).toBe('c1');
    expect(f[COL.SOURCEURL]).toBe('c60');
    expect(f[COL.MonthYear]).toBeUndefined();
    expect(splitRow('a\tb', f)).toBe(2);
    expect(splitRow('', f)).toBe(1);
  });
});

describe('dates', () => {
  it('accepts calendar dates only', () => {
    expect(isoDate('20191024')).toBe('2019-10-24');
    expect(isoDate('20200229')).toBe('2020-02-29');
    for (const bad of ['20190229', '20191301', '20191000', '2019102', '2019-10-24', '', 'abcdefgh'])
      expect(isoDate(bad)).toBeUndefined();
    expect(isoTimestamp('20191024143000')).toBe('2019-10-24T14:30:00Z');
    expect(isoTimestamp('2019')).toBeUndefined();
    expect(isoTimestamp('20191024996199')).toBeUndefined();
    expect(isoTimestamp('20191024240000')).toBeUndefined();
    expect(isoTimestamp('20191024235959')).toBe('2019-10-24T23:59:59Z');
  });
});

describe('gdeltConfidence', () => {
  it('grows with each doubling of sources from 0.5 to 0.9', () => {
    expect([0, 1, 3, 7, 15, 31, 1000].map(gdeltConfidence)).toEqual([0.5, 0.5, 0.6, 0.7, 0.8, 0.9, 0.9]);
  });
});
