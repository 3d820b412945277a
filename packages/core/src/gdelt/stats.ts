// The counts a GDELT import keeps (rows, claims, skipped rows and why), summed over chunks and threads.
import type { Problem } from '../errors.ts';
import type { BadReason } from './row/row.ts';

export interface GdeltStats {
  rows: number;
  /** Rows that became claims. */
  imported: number;
  /** Rows with neither actor: nothing to claim. */
  noActor: number;
  skipped: number;
  skippedBy: Partial<Record<BadReason, number>>;
  /** The first skipped rows, for the message. */
  examples: Problem[];
  /** Entities and claims handed to the writer (on threads, some twice); its summary counts the new ones. */
  entities: number;
  claims: number;
}

/** Skipped rows kept as examples for the summary line. */
export const MAX_EXAMPLES = 5;

export const emptyGdeltStats = (): GdeltStats => ({
  rows: 0,
  imported: 0,
  noActor: 0,
  skipped: 0,
  skippedBy: {},
  examples: [],
  entities: 0,
  claims: 0,
});

/** Adds one chunk's counts into the import's. */
export function addStats(into: GdeltStats, s: GdeltStats): void {
  into.rows += s.rows;
  into.imported += s.imported;
  into.noActor += s.noActor;
  into.skipped += s.skipped;
  for (const [reason, n] of Object.entries(s.skippedBy) as [BadReason, number][])
    into.skippedBy[reason] = (into.skippedBy[reason] ?? 0) + n;
  for (const p of s.examples) if (into.examples.length < MAX_EXAMPLES) into.examples.push(p);
  into.entities += s.entities;
  into.claims += s.claims;
}
