// readGdelt: a GDELT 2.0 events export → batches of entities and claims, streamed a chunk (64 KiB, ~150
// rows) at a time.
// Bad rows (wrong column count, unparseable date, unknown event code) are all-or-nothing by default: the
// first one stops the batches, the rest of the file is still checked, then InputError lists every problem.
import { statSync } from 'node:fs';
import { InputError } from '../facts/errors.ts';
import type { Problem } from '../facts/errors.ts';
import type { Ontology } from '../ontology/ontology.ts';
import type { Registry } from '../registry/registry.ts';
import { readLineChunks } from './lines.ts';
import { GdeltMapper } from './mapper.ts';
import type { GdeltBatch } from './mapper.ts';
import { checkRow, splitRow } from './row.ts';
import type { BadReason } from './row.ts';

export interface GdeltProgress {
  file: string;
  bytesRead: number;
  totalBytes: number;
  rows: number;
}

export interface GdeltOptions {
  registry: Registry;
  /** Defaults to the registry's ontology; must be the same one. */
  ontology?: Ontology;
  /** Skip bad rows and count them (stats.skippedBy) instead of refusing the file. */
  skipBad?: boolean;
  onProgress?: (p: GdeltProgress) => void;
  /** Shares what one import has seen across its files; made fresh when absent. */
  mapper?: GdeltMapper;
  /** Filled in while reading: rows, claims, skipped rows and why. */
  stats?: GdeltStats;
}

export interface GdeltStats {
  rows: number;
  /** Rows that became claims. */
  imported: number;
  /** Rows with neither actor: nothing to claim. */
  noActor: number;
  skipped: number;
  skippedBy: Partial<Record<BadReason, number>>;
  /** The first skipped rows, for the message. */
  examples: Problem[];
  entities: number;
  claims: number;
}

export const emptyGdeltStats = (): GdeltStats => ({
  rows: 0,
  imported: 0,
  noActor: 0,
  skipped: 0,
  skippedBy: {},
  examples: [],
  entities: 0,
  claims: 0,
});

/** Problems collected before a refused file gives up looking: enough to fix a systematic error. */
const MAX_PROBLEMS = 100;
const MAX_EXAMPLES = 5;

export async function* readGdelt(path: string, opts: GdeltOptions): AsyncGenerator<GdeltBatch> {
  if (opts.ontology && opts.ontology !== opts.registry.ontology) {
    throw new Error('geokg gdelt: the ontology must be the registry’s own; pass the registry loaded with it');
  }
  const mapper = opts.mapper ?? new GdeltMapper(opts.registry);
  const stats = opts.stats ?? emptyGdeltStats();
  const totalBytes = statSync(path).size;
  const problems: Problem[] = [];
  const f: string[] = [];
  for await (const chunk of readLineChunks(path)) {
    const out: GdeltBatch = { entities: [], claims: [] };
    for (let i = 0; i < chunk.lines.length; i++) {
      const text = chunk.lines[i]!;
      if (!text) continue;
      const line = chunk.firstLine + i;
      const columns = splitRow(text, f);
      stats.rows++;
      const bad = checkRow(f, columns, mapper.edgeFor, mapper.dateOf);
      if (bad) {
        const p = { file: path, line, message: bad.message };
        if (opts.skipBad) {
          stats.skipped++;
          stats.skippedBy[bad.reason] = (stats.skippedBy[bad.reason] ?? 0) + 1;
          if (stats.examples.length < MAX_EXAMPLES) stats.examples.push(p);
          continue;
        }
        problems.push(p);
        if (problems.length >= MAX_PROBLEMS) break;
        continue;
      }
      // Once the file is refused, the remaining rows are only checked.
      if (problems.length) continue;
      if (mapper.map(f, line, path, out)) stats.imported++;
      else stats.noActor++;
    }
    opts.onProgress?.({ file: path, bytesRead: chunk.bytesRead, totalBytes, rows: stats.rows });
    if (problems.length >= MAX_PROBLEMS) break;
    if (problems.length) continue;
    stats.entities += out.entities.length;
    stats.claims += out.claims.length;
    yield out;
  }
  if (problems.length) {
    const err = new InputError(problems);
    const more = problems.length >= MAX_PROBLEMS ? ` (stopped looking after ${MAX_PROBLEMS})` : '';
    err.message =
      `geokg gdelt: ${path}: ${problems.length} bad row(s)${more}; nothing was imported. ` +
      `Fix them, or pass --skip-bad to import the other rows:\n${err.message}`;
    throw err;
  }
}
