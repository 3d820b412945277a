// `geokg extract FILE...`: entities and claims found in articles, as JSON Lines on stdout.
import type { Command } from 'commander';
import { defaultRegistry } from '@geokg/core';

export function extractCommand(program: Command): void {
  program
    .command('extract')
    .description(
      'print the entities and claims found in articles (.txt .md .html) as JSON Lines (see docs/extraction.md)',
    )
    .argument('<files...>', 'article files')
    .option('--reported <date>', 'publication date of the articles (YYYY-MM-DD)')
    .option(
      '--explain',
      'print each claim with its sentence, the pattern (file:line) and the rule that made it',
    )
    .action(async (files: string[], opts: { reported?: string; explain?: boolean }) => {
      const { runExtract } = await import('@geokg/extract');
      await runExtract(files, process.stdout, process.stderr, {
        registry: defaultRegistry(),
        reported: opts.reported,
        explain: opts.explain,
      });
    });
}
