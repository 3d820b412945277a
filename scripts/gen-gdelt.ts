// Makes a SYNTHETIC GDELT 2.0 events export for benchmarks from a real one: the real rows repeated with new
// event ids (from 5,000,000,000 up, far above real GDELT ids), dates shifted one day per copy and source URLs
// tagged `geokg-synthetic=<copy>`, so each copy adds new events, event days and documents as real days would.
// The output name says SYNTHETIC; it is not GDELT data and must not be read as such.
// Usage: pnpm exec tsx scripts/gen-gdelt.ts [rows=1000000] [out-dir=bench-out] [source=the eval export]
//   (the source defaults to ../shared/eval/gdelt2_20191024143000.export.CSV)
import { createWriteStream, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COL, GDELT_COLUMN_COUNT } from '@geokg/core/gdelt';

export const DEFAULT_SOURCE = resolve(
  fileURLToPath(import.meta.url),
  '../../../shared/eval/gdelt2_20191024143000.export.CSV',
);
export const FIRST_SYNTHETIC_ID = 5_000_000_000;
const DAY = 86_400_000;

export const syntheticName = (rows: number): string => `SYNTHETIC-gdelt2-${rows}rows.export.CSV`;

const ymd = (t: number): string => new Date(t).toISOString().slice(0, 10).replace(/-/g, '');
const parseYmd = (s: string): number => Date.UTC(+s.slice(0, 4), +s.slice(4, 6) - 1, +s.slice(6, 8));

/** One real row moved `shift` days on, renumbered to `id`, its URL tagged with the copy. */
function shiftRow(f: string[], shift: number, id: number, copy: number): string {
  const g = f.slice();
  const day = parseYmd(f[COL.SQLDATE]!) + shift * DAY;
  const d = ymd(day);
  g[COL.GLOBALEVENTID] = String(id);
  g[COL.SQLDATE] = d;
  g[COL.MonthYear] = d.slice(0, 6);
  g[COL.Year] = d.slice(0, 4);
  // GDELT's own formula: year + ((month - 1) * 30 + day) / 365.
  g[COL.FractionDate] = (+d.slice(0, 4) + ((+d.slice(4, 6) - 1) * 30 + +d.slice(6, 8)) / 365).toFixed(4);
  const added = f[COL.DATEADDED]!;
  if (/^\d{14}$/.test(added)) g[COL.DATEADDED] = ymd(parseYmd(added) + shift * DAY) + added.slice(8);
  const url = f[COL.SOURCEURL]!;
  if (url) g[COL.SOURCEURL] = `${url}${url.includes('?') ? '&' : '?'}geokg-synthetic=${copy}`;
  return g.join('\t');
}

/** Writes `rows` synthetic rows into outDir; returns the file's path. */
export async function writeSyntheticGdelt(
  rows: number,
  outDir: string,
  source = DEFAULT_SOURCE,
): Promise<string> {
  const real = readFileSync(source, 'utf8')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter(Boolean)
    .map((l) => l.split('\t'))
    .filter((f) => f.length === GDELT_COLUMN_COUNT);
  if (!real.length)
    throw new Error(`geokg gen-gdelt: ${source} has no GDELT 2.0 rows; give a real events export`);
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, syntheticName(rows));
  // Written under a temporary name and renamed when whole: bench-scale.ts reuses a file that exists, so a
  // run stopped half-way must not leave a short one under the real name.
  const tmp = `${path}.tmp-${process.pid}`;
  const out = createWriteStream(tmp);
  let buf: string[] = [];
  for (let n = 0; n < rows; n++) {
    const copy = Math.floor(n / real.length);
    buf.push(shiftRow(real[n % real.length]!, copy, FIRST_SYNTHETIC_ID + n, copy));
    if (buf.length === 10_000 || n === rows - 1) {
      if (!out.write(buf.join('\n') + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = [];
    }
  }
  await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
  renameSync(tmp, path);
  return path;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const outDir = process.argv[3] ?? 'bench-out';
  const path = await writeSyntheticGdelt(rows, outDir, process.argv[4] ?? DEFAULT_SOURCE);
  console.error(`geokg gen-gdelt: wrote ${rows.toLocaleString('en-US')} SYNTHETIC rows to ${path}`);
}
