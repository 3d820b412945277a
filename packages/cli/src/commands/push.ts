// `geokg push`: the store into Neo4j (constraints first, then batched MERGEs; safe to re-run).
import type { Command } from 'commander';
import { progress as bar } from '../progress.ts';
import { noProgress } from '../config.ts';
import { existingStore } from './stats.ts';

interface PushFlags {
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
  batchSize?: string;
  json?: boolean;
  full?: boolean;
}

export function pushCommand(program: Command): void {
  program
    .command('push')
    .description(
      'write the store into Neo4j: nodes, relationships with their claim aggregates, claims and documents',
    )
    .option(
      '--uri <uri>',
      'Bolt or neo4j:// URI (default $NEO4J_URI, else the local server of scripts/neo4j.sh)',
    )
    .option('--user <user>', 'user (default $NEO4J_USER, else neo4j)')
    .option(
      '--password <password>',
      'password (default $NEO4J_PASSWORD; prefer the variable: flags show in process lists)',
    )
    .option('--database <name>', 'database (default $NEO4J_DATABASE, else the server default)')
    .option('--batch-size <n>', 'rows per UNWIND batch, 1 to 1000000 (default 5000)')
    .option('--full', 'send every segment, not only those added since the last push to this target')
    .option('--json', 'print the summary as JSON on stdout')
    .action(async ({ json, ...flags }: PushFlags, cmd: Command) => {
      const { store } = cmd.optsWithGlobals<{ store: string }>();
      const { formatSummary, progressPrinter, pushStore, resolveConfig } = await import('@geokg/neo4j');
      resolveConfig(flags); // bad flags are usage errors before the store is read
      const source = existingStore(store);
      const loading = bar('loading', source.counts().claims);
      // Ctrl-C stops between batches (exit 130); re-running the push finishes the job.
      const abort = new AbortController();
      const stop = () => abort.abort();
      process.once('SIGINT', stop);
      const progress = noProgress() ? undefined : progressPrinter(process.stderr);
      try {
        const summary = await pushStore(
          source,
          { ...flags, signal: abort.signal },
          progress,
          (done, total) => (done >= total ? loading.stop() : loading.update(done, total)),
        );
        process.stdout.write(json ? `${JSON.stringify(summary)}\n` : `${formatSummary(summary)}\n`);
      } finally {
        loading.stop();
        process.off('SIGINT', stop);
      }
    });
}
