// importGdelt: GDELT 2.0 exports streamed into an open store writer, a chunk at a time, so a million rows
// never sit in memory at once. Large imports run on worker threads (parallel.ts), small ones on this thread.
// The caller commits (or aborts, on an error, leaving the store untouched).
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defaultRegistry } from '../seeded/registry.ts';
import { GdeltMapper } from './map/mapper.ts';
import type { GdeltImportOptions, GdeltImportSummary, GdeltLineSink, GdeltSink } from './types.ts';
import { importGdeltParallel } from './threads/parallel.ts';
import { readGdelt } from './read.ts';
import { emptyGdeltStats } from './stats.ts';
import type { GdeltProgress } from './types.ts';
import { formatCount } from '../util/numbers.ts';

export const DEFAULT_PARALLEL_MIN_BYTES = 96 * 2 ** 20;
export const defaultGdeltWorkers = (): number => Math.min(4, availableParallelism());

export async function importGdelt(
  paths: string[],
  writer: GdeltSink,
  opts: GdeltImportOptions,
): Promise<GdeltImportSummary> {
  const workers = opts.workers ?? defaultGdeltWorkers();
  const additions = opts.registryAdditions ?? (opts.registry === defaultRegistry() ? [] : undefined);
  const bytes = paths.reduce((n, p) => n + statSync(p).size, 0);
  if (
    writer.addClaimLines &&
    writer.addEntityLine &&
    additions &&
    workers > 0 &&
    bytes >= (opts.parallelMinBytes ?? DEFAULT_PARALLEL_MIN_BYTES)
  ) {
    const parallel = { ...opts, registryAdditions: additions, workers };
    return importGdeltParallel(paths, writer as GdeltLineSink, parallel);
  }
  const mapper = new GdeltMapper(opts.registry);
  const stats = emptyGdeltStats();
  const { onProgress } = opts;
  for (const [fileIndex, path] of paths.entries()) {
    const batches = readGdelt(path, {
      registry: opts.registry,
      skipBad: opts.skipBad,
      mapper,
      stats,
      onProgress: onProgress && ((p: GdeltProgress) => onProgress({ ...p, fileIndex, files: paths.length })),
    });
    for await (const batch of batches) {
      for (const e of batch.entities) writer.addEntity(e);
      for (const c of batch.claims) writer.addClaim(c);
    }
  }
  return { ...stats, files: paths.length, path: 'serial' };
}

/** One line for people: "2,111 rows: 2,111 imported, 3 skipped (2 columns, 1 date)". */
export function describeGdeltImport(s: GdeltImportSummary): string {
  const n = formatCount;
  const why = Object.entries(s.skippedBy)
    .map(([reason, count]) => `${n(count!)} ${reason}`)
    .join(', ');
  const noActor = s.noActor ? `, ${n(s.noActor)} without actors` : '';
  const skipped = s.skipped
    ? `, ${n(s.skipped)} bad rows skipped (${why}; first at ${s.examples[0]!.file}:${s.examples[0]!.line}: ${s.examples[0]!.message})`
    : '';
  return `geokg gdelt: ${n(s.rows)} rows in ${s.files} file(s): ${n(s.imported)} imported${noActor}${skipped}`;
}
