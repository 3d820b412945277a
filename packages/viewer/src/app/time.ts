// Claim dates as the time filter sees them: ISO dates, possibly partial (2024, 2024-05), as day numbers.
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

/** Whether a date lies in [from, to]; open ends and undated claims always pass. */
export function inRange(date: string | undefined, from?: string, to?: string): boolean {
  if (date === undefined) return true;
  const d = dayOf(date);
  if (Number.isNaN(d)) return true;
  if (from !== undefined && d < dayOf(from)) return false;
  if (to !== undefined && d > dayOf(to)) return false;
  return true;
}
