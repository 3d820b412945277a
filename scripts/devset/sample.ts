// The precision sample behind scripts/sample-claims.ts: rows, a seeded draw that keeps earlier verdicts, and
// the reader of a judged file.
import { GeokgError, mulberry32 } from '@geokg/core';

export interface SampleClaim {
  subject: string;
  predicate: string;
  object: string;
  cameo?: string;
  plover: string;
  modality: string;
}

export interface Row {
  n: number;
  story: string;
  sentence: string;
  claim: SampleClaim;
  verdict: '' | 'right' | 'wrong';
  reason: string;
}

export type Candidate = Pick<Row, 'story' | 'sentence' | 'claim'>;

/** What a verdict is about: the same claim on the same sentence keeps its verdict across draws. */
export const keyOf = (r: Candidate): string =>
  JSON.stringify([r.story, r.sentence, r.claim.subject, r.claim.predicate, r.claim.object, r.claim.modality]);

/** A seeded partial Fisher–Yates shuffle: the same seed and the same candidates give the same rows. */
export function drawRows(
  candidates: readonly Candidate[],
  size: number,
  seed: number,
  judged: readonly Row[],
): Row[] {
  const old = new Map(judged.map((r) => [keyOf(r), r]));
  const next = mulberry32(seed);
  const pool = [...candidates];
  const n = Math.min(size, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n).map((c, i) => {
    const prior = old.get(keyOf(c));
    return { n: i + 1, ...c, verdict: prior?.verdict ?? '', reason: prior?.reason ?? '' };
  });
}

export function parseSample(text: string, file: string): Row[] {
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    let row: Row;
    try {
      row = JSON.parse(line) as Row;
    } catch (e) {
      throw new GeokgError(`${file}:${i + 1}: not valid JSON (${(e as Error).message})`, 'input');
    }
    if (!['', 'right', 'wrong'].includes(row.verdict))
      throw new GeokgError(
        `${file}:${i + 1}: verdict must be "right", "wrong" or "" (got "${String(row.verdict)}")`,
        'input',
      );
    return [row];
  });
}

export function precision(rows: readonly Row[]): {
  right: number;
  wrong: number;
  open: number;
  precision: number;
} {
  const right = rows.filter((r) => r.verdict === 'right').length;
  const wrong = rows.filter((r) => r.verdict === 'wrong').length;
  return { right, wrong, open: rows.length - right - wrong, precision: right / (right + wrong || 1) };
}
