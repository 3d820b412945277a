// A proposed mention before overlaps are settled: spans compete by priority, then by length.
import type { Entity } from '@geokg/core';
import type { Mention } from './types.ts';

export interface Candidate extends Mention {
  priority: number;
  /** Side effects that apply only if this candidate wins (aliases, part-of of a ministry). */
  partOf?: string;
  alias?: string;
  /** A role actor's CAMEO role code, and whether its country came from context (not its own words). */
  code?: string;
  fromContext?: boolean;
}

/** Keeps the best non-overlapping candidates: higher priority first, then longer, then earlier. */
export function settle(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken: Candidate[] = [];
  for (const c of sorted) {
    if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

export const PRIORITY = { border: 6, person: 5, org: 5, np: 4, name: 3, pronoun: 1 } as const;

/** By token index: the registry name that starts there, if any (its entity and the token after it). */
export type RegistryAt = readonly ({ entity: Entity; end: number; whole: boolean } | undefined)[];
