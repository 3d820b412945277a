// The precision sample's seeded draw, its verdict carry-over and the reader of a judged file.
import { describe, expect, it } from 'vitest';
import { drawRows, parseSample, precision, type Candidate } from './sample.ts';

const cand = (i: number): Candidate => ({
  story: 's.txt',
  sentence: `Sentence ${i}.`,
  claim: { subject: 'A', predicate: 'accuses', object: 'B', plover: 'ACCUSE', modality: 'asserted' },
});
const pool = Array.from({ length: 20 }, (_, i) => cand(i));

describe('drawRows', () => {
  it('draws the same rows for the same seed and other rows for another', () => {
    const a = drawRows(pool, 5, 1, []).map((r) => r.sentence);
    expect(drawRows(pool, 5, 1, []).map((r) => r.sentence)).toEqual(a);
    expect(drawRows(pool, 5, 2, []).map((r) => r.sentence)).not.toEqual(a);
    expect(new Set(a).size).toBe(5);
  });

  it('keeps the verdict of a claim drawn again and leaves new ones open', () => {
    const first = drawRows(pool, 5, 1, []).map((r) => ({ ...r, verdict: 'right' as const, reason: 'ok' }));
    const again = drawRows(pool, 8, 1, first);
    expect(again.filter((r) => r.verdict === 'right').length).toBeGreaterThanOrEqual(5);
    expect(again.some((r) => r.verdict === '')).toBe(true);
  });

  it('takes a verdict given elsewhere for the same claim, the last judged list winning', () => {
    const [row] = drawRows(pool, 1, 1, []);
    const elsewhere = { ...row!, n: 9, verdict: 'wrong' as const, reason: 'census' };
    const own = { ...row!, verdict: 'right' as const, reason: 'sample' };
    expect(drawRows(pool, 1, 1, [elsewhere])[0]).toMatchObject({ verdict: 'wrong', reason: 'census' });
    expect(drawRows(pool, 1, 1, [elsewhere, own])[0]).toMatchObject({ verdict: 'right', reason: 'sample' });
  });

  it('takes every candidate when there are fewer than asked', () => {
    expect(drawRows(pool.slice(0, 3), 60, 1, [])).toHaveLength(3);
  });
});

describe('parseSample', () => {
  it('refuses a bad verdict with file:line', () => {
    const row = JSON.stringify({ ...drawRows(pool, 1, 1, [])[0], verdict: 'maybe' });
    expect(() => parseSample(`\n${row}\n`, 'p.jsonl')).toThrow('p.jsonl:2: verdict must be');
  });

  it('scores the judged rows only', () => {
    const rows = drawRows(pool, 4, 1, []);
    rows[0]!.verdict = 'right';
    rows[1]!.verdict = 'wrong';
    rows[2]!.verdict = 'right';
    expect(precision(rows)).toEqual({ right: 2, wrong: 1, open: 1, precision: 2 / 3 });
  });
});
