// One GDELT row: its columns cut out of the line and checked before mapping - the column count, the event id,
// SQLDATE, the event code and the numbers. A failing row is reported as `file:line: problem`.
import type { EdgeKind } from '../../ontology/types.ts';
import { COL, GDELT_COLUMN_COUNT } from './columns.ts';
import type { GdeltColumn } from './columns.ts';

export type BadReason = 'columns' | 'event-id' | 'date' | 'event-code' | 'number';

export interface RowProblem {
  reason: BadReason;
  message: string;
}

/** The columns the reader uses; the others are counted but never cut out (a third of the work of split()). */
// prettier-ignore
export const USED_COLUMNS: readonly GdeltColumn[] = [
  'GLOBALEVENTID', 'SQLDATE', 'Actor1Code', 'Actor1Name', 'Actor2Code', 'Actor2Name', 'IsRootEvent', 'EventCode',
  'EventRootCode', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone', 'ActionGeo_Type',
  'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_Lat', 'ActionGeo_Long', 'DATEADDED', 'SOURCEURL',
];
const USED = new Uint8Array(GDELT_COLUMN_COUNT);
for (const c of USED_COLUMNS) USED[COL[c]] = 1;

/**
 * Cuts the used columns of a tab-separated line into `into` (reused from row to row, indexed as COL) and
 * returns how many columns the line has.
 */
export function splitRow(line: string, into: string[]): number {
  let pos = 0;
  let col = 0;
  for (;;) {
    const tab = line.indexOf('\t', pos);
    if (col < GDELT_COLUMN_COUNT && USED[col]) into[col] = line.slice(pos, tab < 0 ? line.length : tab);
    col++;
    if (tab < 0) return col;
    pos = tab + 1;
  }
}

const NUMBER_COLUMNS = ['GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone'] as const;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** YYYYMMDD → YYYY-MM-DD, or undefined when it is not a calendar date. */
export function isoDate(s: string): string | undefined {
  if (s.length !== 8 || !/^\d{8}$/.test(s)) return undefined;
  const y = +s.slice(0, 4);
  const m = +s.slice(4, 6);
  const d = +s.slice(6, 8);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (m < 1 || m > 12 || d < 1 || d > (m === 2 && leap ? 29 : DAYS[m - 1]!)) return undefined;
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/** YYYYMMDDHHMMSS (DATEADDED) → ISO timestamp, or undefined. */
export function isoTimestamp(s: string): string | undefined {
  if (s.length !== 14 || !/^\d{14}$/.test(s)) return undefined;
  const day = isoDate(s.slice(0, 8));
  if (+s.slice(8, 10) > 23 || +s.slice(10, 12) > 59 || +s.slice(12, 14) > 59) return undefined;
  return day && `${day}T${s.slice(8, 10)}:${s.slice(10, 12)}:${s.slice(12, 14)}Z`;
}

/** Checks a row cut by splitRow; `columns` is what splitRow returned. */
export function checkRow(
  f: readonly string[],
  columns: number,
  edgeFor: (code: string) => EdgeKind | undefined,
  dateOf: (yyyymmdd: string) => string | undefined = isoDate,
): RowProblem | undefined {
  if (columns !== GDELT_COLUMN_COUNT) {
    const hint =
      columns === 57 || columns === 58 ? ' (a GDELT 1.0 file? geokg reads GDELT 2.0 event exports)' : '';
    return {
      reason: 'columns',
      message: `has ${columns} tab-separated columns, expected ${GDELT_COLUMN_COUNT}${hint}`,
    };
  }
  const id = f[COL.GLOBALEVENTID]!;
  if (!/^\d+$/.test(id)) return { reason: 'event-id', message: `GLOBALEVENTID "${id}" is not a number` };
  const date = f[COL.SQLDATE]!;
  if (!dateOf(date))
    return { reason: 'date', message: `SQLDATE "${date}" is not a date (expected YYYYMMDD)` };
  const added = f[COL.DATEADDED]!;
  if (added && !isoTimestamp(added))
    return { reason: 'date', message: `DATEADDED "${added}" is not a time (expected YYYYMMDDHHMMSS)` };
  const code = f[COL.EventCode]!;
  if (!/^\d{2,4}$/.test(code) || !edgeFor(code)) {
    return {
      reason: 'event-code',
      message: `EventCode "${code}" is not a CAMEO event code the ontology maps`,
    };
  }
  for (const name of NUMBER_COLUMNS) {
    const v = f[COL[name]]!;
    if (v !== '' && !Number.isFinite(Number(v)))
      return { reason: 'number', message: `${name} "${v}" is not a number` };
  }
  return undefined;
}
