// The CLI's import: core's importInto (the one path every import takes) with progress on stderr and
// articles read by @geokg/extract.
import { describeGdeltImport, formatCount, openStore } from '@geokg/core';
import type { ImportSummary } from '@geokg/core';
import { readArticle } from './readers/article.ts';
import { progress, say } from './progress.ts';
import type { Progress } from './progress.ts';

export interface ImportOptions {
  store: string;
  format?: string;
  skipBad?: boolean;
  /** GDELT: threads mapping rows (importGdelt's `workers`). */
  workers?: number;
  /** Articles: the date they were reported (ISO), where the article itself gives none. */
  reported?: string;
}

export type ImportResult = ImportSummary;

export async function importFiles(paths: string[], opts: ImportOptions): Promise<ImportResult> {
  const { store, ...rest } = opts;
  // Bars start on their first update, so an import of fact files only never shows the GDELT one.
  const reading = lazy(() => progress('reading'));
  const gdelt = lazy(() => progress('gdelt (MiB)'));
  try {
    const result = await openStore(store).import(paths, {
      ...rest,
      readArticle,
      onRead: (done, total) => reading.update(done, total),
      onGdeltProgress: (p) =>
        gdelt.update(Math.round(p.bytesRead / 2 ** 20), Math.round(p.totalBytes / 2 ** 20)),
    });
    reading.stop();
    gdelt.stop();
    if (result.gdelt) say(describeGdeltImport(result.gdelt));
    return result;
  } finally {
    reading.stop();
    gdelt.stop();
  }
}

function lazy(make: () => Progress): Progress {
  let bar: Progress | undefined;
  return {
    update: (done, total) => (bar ??= make()).update(done, total),
    stop: () => bar?.stop(),
  };
}

export function describe(r: ImportResult): string {
  const n = formatCount;
  return (
    `${n(r.files)} file(s): ${n(r.entitiesNew)} nodes new, ${n(r.entitiesUpdated)} updated; ${n(r.edgesNew)} edges new; ` +
    `${n(r.claimsNew)} claims new, ${n(r.claimsKnown)} already known`
  );
}

export const report = (r: ImportResult, json: boolean): void => {
  if (json) process.stdout.write(JSON.stringify(r) + '\n');
  else say(`geokg: imported ${describe(r)}${r.segment ? ` (segment ${r.segment})` : ' (nothing new)'}`);
};
