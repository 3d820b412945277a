import { describe, expect, it } from 'vitest';
import { dateInRange, dateSpan } from './dates.ts';

describe('partial dates', () => {
  it('spans a year, a month (leap February too) or a day', () => {
    expect(dateSpan('2024')).toEqual({ first: '2024-01-01', last: '2024-12-31' });
    expect(dateSpan('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dateSpan('2023-02')).toEqual({ first: '2023-02-01', last: '2023-02-28' });
    expect(dateSpan('2024-05-02T10:00:00Z')).toEqual({ first: '2024-05-02', last: '2024-05-02' });
    expect(dateSpan('soon')).toBeUndefined();
  });

  it('counts a partial date in a range when any day of it is', () => {
    expect(dateInRange('2024-05', '2024-05-31')).toBe(true);
    expect(dateInRange('2024-05', '2024-06-01')).toBe(false);
    expect(dateInRange('2024', undefined, '2024-01-01')).toBe(true);
    expect(dateInRange('2024-05-02', '2024-05-03', '2024-06-01')).toBe(false);
    expect(dateInRange('2024-05-02', '2024', '2024')).toBe(true);
    expect(dateInRange('2023-12-31', '2024')).toBe(false);
  });
});
