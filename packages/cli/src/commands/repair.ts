// `geokg repair`: back to the last whole version when segments do not match what their commits wrote.
import type { Command } from 'commander';
import { repairStore } from '@geokg/core';
import { say } from '../progress.ts';
import { existingStore } from './stats.ts';

export function repairCommand(program: Command): void {
  program
    .command('repair')
    .description('check every segment; drop a damaged one and all after it, back to the last whole version')
    .option('--json', 'print the result as JSON on stdout')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const { store } = cmd.optsWithGlobals<{ store: string }>();
      const r = await repairStore(existingStore(store));
      if (opts.json) {
        process.stdout.write(JSON.stringify({ kept: r.kept, dropped: r.dropped.map((s) => s.name) }) + '\n');
        return;
      }
      if (!r.dropped.length) return say(`geokg repair: all ${r.kept} segment(s) are whole; nothing to do`);
      const claims = r.dropped.reduce((n, s) => n + s.claims, 0);
      const entities = r.dropped.reduce((n, s) => n + s.entities, 0);
      say(
        `geokg repair: segment ${r.dropped[0]!.name} was damaged (${r.problem ?? 'unreadable'}); dropped ` +
          `${r.dropped.map((s) => s.name).join(', ')} (${entities} entity records, ${claims} claims), kept ` +
          `${r.kept} segment(s). Import again what was imported since, or rebuild the store.`,
      );
    });
}
