#!/usr/bin/env node
// The `geokg` command: thin wiring of the packages; every command's work lives in its package.
import { Command } from 'commander';
import { DEFAULT_STORE_DIR } from '@geokg/core';
import { buildCommand } from './commands/build.ts';
import { exportCommand } from './commands/export.ts';
import { extractCommand } from './commands/extract.ts';
import { importCommand } from './commands/import.ts';
import { pushCommand } from './commands/push.ts';
import { statsCommand } from './commands/stats.ts';
import { viewCommand } from './commands/view.ts';
import { outcomeOf, quietOnClosedPipe } from './exit.ts';

export function program(): Command {
  const p = new Command('geokg')
    .description(
      'geokg: a knowledge graph of geopolitical actors from articles, fact files and event datasets',
    )
    .version('0.1.0')
    .option('--store <dir>', 'the embedded store folder', process.env.GEOKG_STORE ?? DEFAULT_STORE_DIR)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const add of [
    buildCommand,
    importCommand,
    extractCommand,
    statsCommand,
    exportCommand,
    pushCommand,
    viewCommand,
  ])
    add(p);
  return p;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv);
    return 0;
  } catch (e) {
    const { code, message } = outcomeOf(e);
    if (message) process.stderr.write(`${message}\n`);
    return code;
  }
}

quietOnClosedPipe(process.stdout);
main(process.argv).then((code) => {
  process.exitCode = code;
});
