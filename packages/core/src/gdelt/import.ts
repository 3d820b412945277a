// importGdelt: GDELT 2.0 exports streamed into an open store writer, a batch at a time, so a million rows
// never sit in memory at once. The caller commits (or aborts, on an error, leaving the store untouched).
import type { Claim } from '../model/claim.ts';
import type { Entity } from '../model/entity.ts';
import type { Registry } from '../registry/registry.ts';
import { GdeltMapper } from './mapper.ts';
import { emptyGdeltStats, readGdelt } from './read.ts';
import type { GdeltProgress, GdeltStats } from './read.ts';

/** What importGdelt needs of a writer: StoreWriter has it (and a GeoGraph adapter would). */
export interface GdeltSink {
  addEntity(e: Entity): void;
  addClaim(c: Claim): unknown;
}

export interface GdeltImportOptions {
  registry: Registry;
  skipBad?: boolean;
  onProgress?: (p: GdeltProgress & { fileIndex: number; files: number }) => void;
}

export interface GdeltImportSummary extends GdeltStats {
  files: number;
}

export async function importGdelt(
  paths: string[],
  writer: GdeltSink,
  opts: GdeltImportOptions,
): Promise<GdeltImportSummary> {
  const mapper = new GdeltMapper(opts.registry);
  const stats = emptyGdeltStats();
  for (const [fileIndex, path] of paths.entries()) {
    const batches = readGdelt(path, {
      registry: opts.registry,
      skipBad: opts.skipBad ?? false,
      mapper,
      stats,
      ...(opts.onProgress
        ? { onProgress: (p: GdeltProgress) => opts.onProgress!({ ...p, fileIndex, files: paths.length }) }
        : {}),
    });
    for await (const batch of batches) {
      for (const e of batch.entities) writer.addEntity(e);
      for (const c of batch.claims) writer.addClaim(c);
    }
  }
  return { ...stats, files: paths.length };
}

/** One line for people: "2,111 rows: 2,111 imported, 3 skipped (2 columns, 1 date)". */
export function describeGdeltImport(s: GdeltImportSummary): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const why = Object.entries(s.skippedBy)
    .map(([reason, count]) => `${n(count!)} ${reason}`)
    .join(', ');
  const noActor = s.noActor ? `, ${n(s.noActor)} without actors` : '';
  const skipped = s.skipped
    ? `, ${n(s.skipped)} bad rows skipped (${why}; first at ${s.examples[0]!.file}:${s.examples[0]!.line}: ${s.examples[0]!.message})`
    : '';
  return `geokg gdelt: ${n(s.rows)} rows in ${s.files} file(s): ${n(s.imported)} imported${noActor}${skipped}`;
}
