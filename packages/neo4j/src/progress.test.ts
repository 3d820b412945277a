import { describe, expect, it } from 'vitest';
import { formatSummary, progressBar, progressPrinter } from './progress.ts';

const p = { phase: 'nodes' as const, done: 5, total: 10, batchesDone: 1, batchesTotal: 4 };

describe('progress', () => {
  it('draws a bar with rows and batches', () => {
    expect(progressBar(p)).toBe(`nodes         [${'#'.repeat(15)}${'-'.repeat(15)}] 5/10  batch 1/4`);
  });

  it('prints one line per finished phase when not on a terminal', () => {
    const lines: string[] = [];
    const print = progressPrinter({ write: (t: string) => lines.push(t), isTTY: false });
    print(p);
    print({ ...p, done: 10, batchesDone: 2 });
    expect(lines).toEqual([`${progressBar({ ...p, done: 10, batchesDone: 2 })}\n`]);
  });

  it('summarises a push', () => {
    const text = formatSummary({
      target: 'bolt://127.0.0.1:7687',
      batchSize: 5000,
      batches: 3,
      written: { nodes: 9, relationships: 7, claims: 7 },
      phaseSeconds: { nodes: 0.1, relationships: 0.1, claims: 0.1 },
      created: { nodes: 0, relationships: 0 },
      database: { nodes: 9, relationships: 7, claims: 7 },
      seconds: 0.42,
    });
    expect(text).toMatch(
      /^geokg neo4j: pushed 9 nodes, 7 relationships and 7 claims to bolt:\/\/127\.0\.0\.1:7687/,
    );
  });
});
