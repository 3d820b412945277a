// importGdelt on worker threads: this thread reads the files in chunks of whole lines and hands them out;
// the workers check, map and encode rows (most of the work); this thread adds their entities and claim lines
// to the store writer in file order, so a bad row stops the import exactly as it does on one thread.
// (This thread mapping a share itself measured no faster: it then collects more garbage, and is the one
// every result waits on.)
import { statSync } from 'node:fs';
import type { Problem } from '../../errors.ts';
import { readByteChunks } from '../../io/byte-chunks.ts';
import type { Entity } from '../../model/entity.ts';
import { GdeltInputError, MAX_PROBLEMS } from '../errors.ts';
import { addStats, emptyGdeltStats } from '../stats.ts';
import type { GdeltImportOptions, GdeltImportSummary, GdeltLineSink } from '../types.ts';
import type { ChunkResult } from './chunk.ts';
import { GdeltPool } from './pool.ts';

/** Chunks in flight per worker: enough that none waits for its next while this thread writes. */
const IN_FLIGHT = 6;

export async function importGdeltParallel(
  paths: string[],
  sink: GdeltLineSink,
  opts: GdeltImportOptions & { registryAdditions: Entity[]; workers: number },
): Promise<GdeltImportSummary> {
  const pool = new GdeltPool(opts.workers, { additions: opts.registryAdditions });
  const stats = emptyGdeltStats();
  try {
    for (const [fileIndex, path] of paths.entries()) {
      const totalBytes = statSync(path).size;
      const problems: Problem[] = [];
      const ends: number[] = [];
      const apply = (r: ChunkResult): void => {
        addStats(stats, r.stats);
        for (const p of r.problems) if (problems.length < MAX_PROBLEMS) problems.push(p);
        if (!problems.length) {
          for (let i = 0; i < r.entityIds.length; i++) sink.addEntityLine(r.entityIds[i]!, r.entityLines[i]!);
          if (r.claims.ends.length) sink.addClaimLines(r.claims);
        }
        const bytesRead = ends.shift()!;
        opts.onProgress?.({
          file: path,
          bytesRead,
          totalBytes,
          rows: stats.rows,
          fileIndex,
          files: paths.length,
        });
      };
      for await (const chunk of readByteChunks(path, opts.chunkBytes)) {
        if (problems.length >= MAX_PROBLEMS) break;
        ends.push(chunk.end);
        const { bytes, firstLine } = chunk;
        pool.send({
          file: path,
          firstLine,
          bytes,
          skipBad: opts.skipBad ?? false,
          refused: problems.length > 0,
        });
        while (pool.pending >= IN_FLIGHT * pool.size) apply(await pool.next());
      }
      while (pool.pending) apply(await pool.next());
      if (problems.length) throw new GdeltInputError(path, problems);
    }
  } finally {
    await pool.close();
  }
  return { ...stats, files: paths.length, path: 'threads' };
}
