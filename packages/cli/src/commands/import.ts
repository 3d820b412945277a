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
    .option('--json', 'print the summary as JSON on stdout')
    .action(
      async (
        files: string[],
        opts: { format?: string; skipBad?: boolean; workers?: number; json?: boolean },
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
