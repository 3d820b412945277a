// importGdelt: GDELT 2.0 exports streamed into an open store writer, a chunk at a time, so a million rows
// never sit in memory at once. Large imports run on worker threads (parallel.ts), small ones on this thread.
// The caller commits (or aborts, on an error, leaving the store untouched).
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Claim } from '../model/claim.ts';
import type { Entity } from '../model/entity.ts';
import { defaultRegistry } from '../registry/load.ts';
import type { Registry } from '../registry/registry.ts';
import type { ClaimLineBatch } from '../store/writer.ts';
import { GdeltMapper } from './mapper.ts';
import { importGdeltParallel } from './parallel.ts';
import { emptyGdeltStats, readGdelt } from './read.ts';
import type { GdeltProgress, GdeltStats } from './read.ts';
import { formatCount } from '../util/numbers.ts';

/** What importGdelt needs of a writer: StoreWriter has it (and a GeoGraph adapter would). */
export interface GdeltSink {
  addEntity(e: Entity): void;
  addClaim(c: Claim): unknown;
  /** Entities and claims encoded by worker threads (StoreWriter has these): only such sinks get threads. */
  addEntityLine?(id: string, line: string): unknown;
  addClaimLines?(batch: ClaimLineBatch): unknown;
}

export type GdeltLineSink = GdeltSink & Required<Pick<GdeltSink, 'addEntityLine' | 'addClaimLines'>>;

export interface GdeltImportOptions {
  registry: Registry;
  /**
   * The entities added to a fresh default registry to make `registry` (what the store already holds), so
   * that worker threads can rebuild it. Without it, only the default registry itself goes to threads.
   */
  registryAdditions?: Entity[];
  /** Worker threads that map rows (0: all on this thread). Default: one per CPU core, at most 4. */
  workers?: number;
  /**
   * Inputs smaller than this (bytes, all files) are mapped on this thread: workers take ~1 s of CPU to start,
   * which ~250,000 rows (~100 MiB) win back on 2 cores. Default 96 MiB.
   */
  parallelMinBytes?: number;
  /** Bytes of rows handed to a thread at a time (default 256 KiB). */
  chunkBytes?: number;
  skipBad?: boolean;
  onProgress?: (p: GdeltProgress & { fileIndex: number; files: number }) => void;
}

export interface GdeltImportSummary extends GdeltStats {
  files: number;
}

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
