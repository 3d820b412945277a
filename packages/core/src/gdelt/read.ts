// readGdelt: a GDELT 2.0 events export → batches of entities and claims, streamed a chunk (64 KiB, ~150
// rows) at a time.
// Bad rows (wrong column count, unparseable date, unknown event code) are all-or-nothing by default: the
// first one stops the batches, the rest of the file is still checked, then GdeltInputError lists every
// problem.
import { statSync } from 'node:fs';
import { readLineChunks } from '../io/lines.ts';
import { GdeltInputError } from './errors.ts';
import { mapLines } from './map/lines.ts';
import type { RowContext } from './map/lines.ts';
import { GdeltMapper } from './map/mapper.ts';
import type { GdeltBatch } from './map/mapper.ts';
import { emptyGdeltStats } from './stats.ts';
import type { GdeltOptions } from './types.ts';

export async function* readGdelt(path: string, opts: GdeltOptions): AsyncGenerator<GdeltBatch> {
  if (opts.ontology && opts.ontology !== opts.registry.ontology) {
    throw new Error('geokg gdelt: the ontology must be the registry’s own; pass the registry loaded with it');
  }
  const ctx: RowContext = {
    path,
    mapper: opts.mapper ?? new GdeltMapper(opts.registry),
    stats: opts.stats ?? emptyGdeltStats(),
    skipBad: opts.skipBad ?? false,
    problems: [],
  };
  const { stats, problems } = ctx;
  const totalBytes = statSync(path).size;
  for await (const chunk of readLineChunks(path)) {
    const out: GdeltBatch = { entities: [], claims: [] };
    const goOn = mapLines(chunk.lines, chunk.firstLine, ctx, out);
    opts.onProgress?.({ file: path, bytesRead: chunk.bytesRead, totalBytes, rows: stats.rows });
    if (!goOn) break;
    if (problems.length) continue;
    stats.entities += out.entities.length;
    stats.claims += out.claims.length;
    yield out;
  }
  if (problems.length) throw new GdeltInputError(path, problems);
}
