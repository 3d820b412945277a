// `geokg build`: the store from everything in seeds/ (fact files, then articles).
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_SEEDS_DIR, GeokgError, expandPaths } from '@geokg/core';
import { importFiles, report } from '../pipeline.ts';
import { say } from '../progress.ts';

export function buildCommand(program: Command): void {
  program
    .command('build')
    .description('build the store from the seed fact files and articles (re-running adds nothing new)')
    .option('--seeds <dir>', 'seeds folder', DEFAULT_SEEDS_DIR)
    .option('--fresh', 'replace the store instead of adding to it (swapped in only when the build succeeds)')
    .option('--json', 'print the summary as JSON on stdout')
    .action(async (opts: { seeds: string; fresh?: boolean; json?: boolean }, cmd: Command) => {
      const { store } = cmd.optsWithGlobals<{ store: string }>();
      const folders = ['facts', 'articles'].map((f) => join(opts.seeds, f)).filter((f) => existsSync(f));
      if (!folders.length)
        throw new GeokgError(
          `geokg build: ${opts.seeds} has no facts/ or articles/ folder; pass --seeds DIR`,
          'input',
        );
      const files = expandPaths(folders);
      const target = opts.fresh ? `${resolve(store)}.building-${process.pid}` : store;
      const result = await importFiles(files, { store: target });
      if (opts.fresh) {
        rmSync(store, { recursive: true, force: true });
        renameSync(target, store);
      }
      say(`geokg: built ${resolve(store)} from ${files.length} seed file(s)`);
      report(result, opts.json ?? false);
    });
}
