// Which batches may be written at once: the rule that keeps concurrent transactions off each other's locks.
import { describe, expect, it } from 'vitest';
import { compatible } from './writer.ts';
import type { Running } from './writer.ts';
import type { Batch, Phase } from './plan.ts';

const batch = (phase: Phase, buckets?: number[]): Batch => ({
  phase,
  group: 'g',
  cypher: '',
  size: 1,
  rows: () => [],
  ...(buckets ? { buckets } : {}),
});
const running = (...batches: Batch[]): Running[] =>
  batches.map((b) => ({ batch: b, session: undefined as never, done: Promise.resolve() }));

describe('compatible', () => {
  it('lets anything start when nothing runs', () => {
    expect(compatible(batch('claims'), [])).toBe(true);
  });

  it('runs node batches side by side', () => {
    expect(compatible(batch('nodes', []), running(batch('nodes', [])))).toBe(true);
  });

  it('runs relationship batches together only when their lock buckets are disjoint', () => {
    expect(compatible(batch('relationships', [0, 1]), running(batch('relationships', [2, 3])))).toBe(true);
    expect(compatible(batch('relationships', [0, 1]), running(batch('relationships', [1])))).toBe(false);
  });

  it('keeps claims that MERGE, and batches of different phases, apart', () => {
    expect(compatible(batch('claims'), running(batch('claims')))).toBe(false);
    // Claims that CREATE (plan.ts gives them no bucket) run two at once, never beside a MERGE.
    expect(compatible(batch('claims', []), running(batch('claims', [])))).toBe(true);
    expect(compatible(batch('claims', []), running(batch('claims')))).toBe(false);
    expect(compatible(batch('relationships', [0]), running(batch('nodes', [])))).toBe(false);
  });
});
