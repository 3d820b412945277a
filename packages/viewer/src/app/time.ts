// Claim dates as the time filter sees them: ISO dates, possibly partial (2024, 2024-05), as day numbers
// for the timeline, and in a range by core's one rule for partial dates.
import { dateInRange } from '@geokg/core/dates';
import type { ClaimSummary } from '../shared/payload.ts';

const DAY = 86_400_000;

/** When the claimed thing happened, else when it was reported; undefined when the claim is undated. */
export const claimDate = (c: ClaimSummary): string | undefined => c.time?.occurred ?? c.time?.reported;

/** Days since 1970-01-01 of an ISO date or year-month; NaN when it is not a date. */
export function dayOf(iso: string): number {
  const full = /^\d{4}$/.test(iso)
    ? `${iso}-01-01`
    : /^\d{4}-\d{2}$/.test(iso)
      ? `${iso}-01`
      : iso.slice(0, 10);
  return Math.floor(Date.parse(`${full}T00:00:00Z`) / DAY);
}

export const isoOfDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/**
 * Whether a claim's date lies in [from, to] by the fact-file rule (a partial date counts if any day of
 * it does; core's dateInRange). Undated claims pass unless `undated` is false.
 */
export function inRange(date: string | undefined, from?: string, to?: string, undated = true): boolean {
  if (date === undefined) return undated;
  // No range (the usual case): no date to parse, on every claim of every filter change.
  if (from === undefined && to === undefined) return true;
  return dateInRange(date, from, to);
}
