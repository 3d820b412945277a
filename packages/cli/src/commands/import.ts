// `geokg import FILE...`: fact files, articles and GDELT exports into the store.
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { expandPaths } from '@geokg/core';
import { importFiles, report } from '../pipeline.ts';

export function importCommand(program: Command): void {
  program
    .command('import')
    .alias('ingest')
    .description(
      'import fact files (.yaml .jsonl .csv), articles (.txt .md .html) or GDELT exports into the store',
    )
    .argument('<files...>', 'files or folders to import')
    .option('--format <format>', 'read every file as: facts, article or gdelt (default: by extension)')
    .option('--skip-bad', 'GDELT: skip bad rows and report them instead of refusing the file')
    .option(
      '--workers <n>',
      'GDELT: worker threads that map rows (default: one per CPU core, at most 4; 0 for none)',
      parseWorkers,
    )
    .option(
      '--reported <date>',
      'articles: the date they were reported (YYYY-MM-DD), where the article itself gives none',
      parseReported,
    )
    .option('--json', 'print the summary as JSON on stdout')
    .action(
      async (
        files: string[],
        opts: { format?: string; skipBad?: boolean; workers?: number; reported?: string; json?: boolean },
        cmd: Command,
      ) => {
        const { store } = cmd.optsWithGlobals<{ store: string }>();
        const result = await importFiles(expandPaths(files), { store, ...opts });
        report(result, opts.json ?? false);
      },
    );
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64)
    throw new InvalidArgumentError('expected a whole number of threads from 0 to 64');
  return n;
}

/** A calendar date, YYYY-MM-DD (or YYYY-MM, YYYY): what a claim's time.reported holds. */
export function parseReported(value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const d = m && new Date(`${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}T00:00:00Z`);
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, value.length) !== value)
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}
