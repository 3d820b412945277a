// Sorting input paths by what reads them: fact files, articles, GDELT exports.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { GeokgError, UsageError } from '../errors.ts';
import { formatOf } from '../facts/records.ts';

export type InputKind = 'facts' | 'article' | 'gdelt';

const ARTICLE_EXT = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

export function kindOf(path: string, format?: string): InputKind {
  if (format === 'gdelt') return 'gdelt';
  if (format === 'facts') return 'facts';
  if (format === 'article') return 'article';
  if (format !== undefined)
    throw new UsageError(`geokg import: unknown --format "${format}"; use facts, article or gdelt`);
  // Before fact files: a GDELT export is a .CSV too.
  if (/\.export\.csv$/i.test(path) || /\.tsv$/i.test(path)) return 'gdelt';
  if (formatOf(path)) return 'facts';
  if (ARTICLE_EXT.has(extname(path).toLowerCase())) return 'article';
  throw new UsageError(
    `geokg import: ${path}: cannot tell what this file is; fact files are .yaml/.jsonl/.csv, articles .txt/.md/.html, GDELT exports need --format gdelt`,
  );
}

/** Files given, with folders expanded to the files inside them (sorted, so runs are repeatable). */
export function expandPaths(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (!existsSync(p)) throw new GeokgError(`geokg: ${p}: no such file or folder`, 'input');
    if (!statSync(p).isDirectory()) return [p];
    return readdirSync(p)
      .filter((f) => !f.startsWith('.'))
      .sort()
      .map((f) => join(p, f))
      .filter((f) => statSync(f).isFile());
  });
}
