#!/usr/bin/env node
// The `geokg` command: thin wiring of the packages; every command's work lives in its package.
import { Command } from 'commander';
import { defaultStoreDir } from './config.ts';
import { buildCommand } from './commands/build.ts';
import { exportCommand } from './commands/export.ts';
import { extractCommand } from './commands/extract.ts';
import { importCommand } from './commands/import.ts';
import { pushCommand } from './commands/push.ts';
import { repairCommand } from './commands/repair.ts';
import { statsCommand } from './commands/stats.ts';
import { viewCommand } from './commands/view.ts';
import { outcomeOf, quietOnClosedPipe } from './exit.ts';

const STORE_HELP = `Options of every command (before or after its name):
  --store <dir>      the embedded store folder (default: $GEOKG_STORE, else ./data)`;

const ENVIRONMENT = `
Environment:
  GEOKG_STORE        the store folder when --store is not given
  GEOKG_NO_PROGRESS  set to any value: no progress bars on stderr (they show only on a terminal anyway)
  GEOKG_QUIET        set to any value: no notes on stderr (what was imported, written, built); errors still print
  NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE  the server push writes to (flags override them)

Exit codes: 0 done, 1 bad input, 2 bad usage, 3 store, 4 Neo4j, 70 bug, 130 push stopped by Ctrl-C`;

export function program(): Command {
  const p = new Command('geokg')
    .description(
      'geokg: a knowledge graph of geopolitical actors from articles, fact files and event datasets',
    )
    .version('0.1.0')
    .option('--store <dir>', 'the embedded store folder', defaultStoreDir())
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const add of [
    buildCommand,
    importCommand,
    extractCommand,
    statsCommand,
    exportCommand,
    pushCommand,
    repairCommand,
    viewCommand,
  ])
    add(p);
  p.addHelpText('after', ENVIRONMENT);
  // --store is the program's option; each command's --help names it too, since each command reads it.
  for (const c of p.commands) c.addHelpText('after', `\n${STORE_HELP}\n${ENVIRONMENT}`);
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
  // A failed command ends even when something it opened never closes (a socket Neo4j never answers):
  // the timer fires only if the process has not ended on its own by then.
  if (code !== 0) setTimeout(() => process.exit(code), 2000).unref();
});
