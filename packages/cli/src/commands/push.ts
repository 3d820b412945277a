// `geokg push`: the store into Neo4j (constraints first, then batched MERGEs; safe to re-run).
import type { Command } from 'commander';
import { CliError, EXIT } from '../exit.ts';
import { loadStore } from './stats.ts';

interface PushFlags {
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
  batchSize?: string;
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
    .option('--batch-size <n>', 'rows per UNWIND batch')
    .action(async (flags: PushFlags, cmd: Command) => {
      const { store } = cmd.optsWithGlobals<{ store: string }>();
      const { runPush } = await import('@geokg/neo4j');
      const graph = await loadStore(store);
      // Ctrl-C stops between batches; re-running the push finishes the job.
      const abort = new AbortController();
      const stop = () => abort.abort();
      process.once('SIGINT', stop);
      const { exitCode } = await runPush(graph, { ...flags, signal: abort.signal }).finally(() =>
        process.off('SIGINT', stop),
      );
      // runPush printed the reason; 1 is "cannot connect or credentials refused".
      if (exitCode === 1) throw new CliError('', EXIT.connection);
      if (exitCode !== 0) throw new CliError('', exitCode);
    });
}
