// Checks and maps the lines of one chunk: shared by readGdelt (this thread) and the worker threads of
// importGdelt, so that a bad row is found and reported the same way on both paths.
import type { Problem } from '../../errors.ts';
import { MAX_PROBLEMS } from '../errors.ts';
import { checkRow, splitRow } from '../row/row.ts';
import { MAX_EXAMPLES } from '../stats.ts';
import type { GdeltStats } from '../stats.ts';
import type { GdeltBatch, GdeltMapper } from './mapper.ts';

/** What mapping rows needs besides the rows. */
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
