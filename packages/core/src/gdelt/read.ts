// readGdelt: a GDELT 2.0 events export → batches of entities and claims, streamed a chunk (64 KiB, ~150
// rows) at a time.
// Bad rows (wrong column count, unparseable date, unknown event code) are all-or-nothing by default: the
// first one stops the batches, the rest of the file is still checked, then InputError lists every problem.
import { statSync } from 'node:fs';
import { InputError } from '../errors.ts';
import type { Problem } from '../errors.ts';
import type { Ontology } from '../ontology/ontology.ts';
import type { Registry } from '../registry/registry.ts';
import { readLineChunks } from '../io/lines.ts';
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
  /** Entities and claims handed to the writer (on threads, some twice); its summary counts the new ones. */
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
export const MAX_PROBLEMS = 100;
export const MAX_EXAMPLES = 5;

/** What mapping rows needs besides the rows: shared by readGdelt and the worker threads of importGdelt. */
export interface RowContext {
  path: string;
  mapper: GdeltMapper;
  stats: GdeltStats;
  skipBad: boolean;
  /** Bad rows of a refused file, in line order (filled in unless skipBad). */
  problems: Problem[];
  /** The file is refused already (a bad row elsewhere): rows are only checked. */
  refused?: boolean;
}

/**
 * Checks and maps the lines of one chunk into `out`. Once a file is refused (ctx.problems), rows are only
 * checked. Returns false when enough problems were seen to give up.
 */
export function mapLines(
  lines: readonly string[],
  firstLine: number,
  ctx: RowContext,
  out: GdeltBatch,
): boolean {
  const { mapper, stats, problems } = ctx;
  const f: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (!text) continue;
    const line = firstLine + i;
    const columns = splitRow(text, f);
    stats.rows++;
    const bad = checkRow(f, columns, mapper.edgeFor, mapper.dateOf);
    if (bad) {
      const p = { file: ctx.path, line, message: bad.message };
      if (ctx.skipBad) {
        stats.skipped++;
        stats.skippedBy[bad.reason] = (stats.skippedBy[bad.reason] ?? 0) + 1;
        if (stats.examples.length < MAX_EXAMPLES) stats.examples.push(p);
        continue;
      }
      problems.push(p);
      if (problems.length >= MAX_PROBLEMS) return false;
      continue;
    }
    // Once the file is refused, the remaining rows are only checked.
    if (problems.length || ctx.refused) continue;
    if (mapper.map(f, line, ctx.path, out)) stats.imported++;
    else stats.noActor++;
  }
  return true;
}

/** The error for a refused file. */
export function refusal(path: string, problems: Problem[]): InputError {
  const err = new InputError(problems);
  const more = problems.length >= MAX_PROBLEMS ? ` (stopped looking after ${MAX_PROBLEMS})` : '';
  err.message =
    `geokg gdelt: ${path}: ${problems.length} bad row(s)${more}; nothing was imported. ` +
    `Fix them, or pass --skip-bad to import the other rows:\n${err.message}`;
  return err;
}

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
  if (problems.length) throw refusal(path, problems);
}
