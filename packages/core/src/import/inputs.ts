// Sorting input paths by what reads them: fact files, articles, GDELT exports.
import { closeSync, existsSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { GeokgError, UsageError } from '../errors.ts';
import { InputError } from '../errors.ts';
import { formatOf } from '../facts/records.ts';
import { GDELT_COLUMN_COUNT } from '../gdelt/row/columns.ts';

export type InputKind = 'facts' | 'article' | 'gdelt';

const ARTICLE_EXT = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/** Columns of the first line when it is tab-separated, else 0: a GDELT 2.0 event export has 61. */
export function tabColumns(path: string): number {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(1 << 16);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const line = buf.subarray(0, n).toString('utf8').split('\n', 1)[0]!;
    return line.includes('\t') ? line.split('\t').length : 0;
  } catch {
    return 0; // unreadable: the reader says so, with the file's name
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A GDELT 2.0 event export, told by its 61 tab-separated columns whatever its name. */
export const looksLikeGdelt = (path: string): boolean => tabColumns(path) === GDELT_COLUMN_COUNT;

export function kindOf(path: string, format?: string): InputKind {
  if (format === 'gdelt') return 'gdelt';
  if (format === 'facts') return 'facts';
  if (format === 'article') return 'article';
  if (format !== undefined)
    throw new UsageError(`geokg import: unknown --format "${format}"; use facts, article or gdelt`);
  // Before fact files and articles: a GDELT export may be named .CSV, .txt or anything.
  if (/\.export\.csv$/i.test(path) || /\.tsv$/i.test(path) || looksLikeGdelt(path)) return 'gdelt';
  if (formatOf(path)) return 'facts';
  if (ARTICLE_EXT.has(extname(path).toLowerCase())) return 'article';
  throw new UsageError(
    `geokg import: ${path}: cannot tell what this file is; fact files are .yaml/.jsonl/.csv, articles .txt/.md/.html, GDELT 2.0 exports have 61 tab-separated columns; or pass --format facts|article|gdelt`,
  );
}

/** Refuses a file given with --format gdelt that is not one, instead of reporting each row as bad. */
export function checkGdelt(path: string): void {
  const columns = tabColumns(path);
  if (columns === GDELT_COLUMN_COUNT || !existsSync(path)) return;
  throw new InputError([
    {
      file: path,
      line: 1,
      message: `not a GDELT 2.0 event export: ${columns ? `${columns} tab-separated columns` : 'no tab-separated columns'}, an export has ${GDELT_COLUMN_COUNT}; ${formatOf(path) ? 'a fact file needs no --format' : 'check the file'}`,
    },
  ]);
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
