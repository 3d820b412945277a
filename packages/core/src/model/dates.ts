// Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as spans of days. The fact-file rule: a partial date
// stands for its whole year or month and counts as in a range if any day of it is. Pure, with no Node
// imports, so the viewer shares it (`@geokg/core/dates`).

/** First and last day (YYYY-MM-DD) a date stands for; undefined when it is not an ISO date. */
export function dateSpan(date: string): { first: string; last: string } | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (d !== undefined) return { first: `${y}-${mo}-${d}`, last: `${y}-${mo}-${d}` };
  if (mo !== undefined) {
    const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    return { first: `${y}-${mo}-01`, last: `${y}-${mo}-${String(days).padStart(2, '0')}` };
  }
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/**
 * Whether any day of `date` lies in [from, to] (inclusive; an open end is unbounded; the ends may be
 * partial too: `to: 2024` reaches 2024-12-31). Not a date: true, as nothing says it is outside.
 */
export function dateInRange(date: string, from?: string, to?: string): boolean {
  const span = dateSpan(date);
  if (!span) return true;
  const lo = from !== undefined ? dateSpan(from)?.first : undefined;
  const hi = to !== undefined ? dateSpan(to)?.last : undefined;
  return (lo === undefined || span.last >= lo) && (hi === undefined || span.first <= hi);
}
