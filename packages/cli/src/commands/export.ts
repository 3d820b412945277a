// `geokg export`: the stored graph as graphology JSON, GEXF, GraphML or claims as JSON Lines.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError, toClaimsJsonl, toGexf, toGraphml, toJson } from '@geokg/core';
import type { GeoGraph } from '@geokg/core';
import { say } from '../progress.ts';
import { loadStore } from './stats.ts';

const FORMATS: Record<string, (g: GeoGraph) => string> = {
  json: (g) => JSON.stringify(toJson(g)),
  gexf: toGexf,
  graphml: toGraphml,
  jsonl: toClaimsJsonl,
};

export function exportCommand(program: Command): void {
  program
    .command('export')
    .description('write the graph as json (graphology), gexf, graphml, or jsonl (one claim a line)')
    .option('--format <format>', 'json, gexf, graphml or jsonl', 'json')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .action(async (opts: { format: string; out?: string }, cmd: Command) => {
      const write = FORMATS[opts.format];
      if (!write)
        throw new UsageError(
          `geokg export: unknown --format "${opts.format}"; use ${Object.keys(FORMATS).join(', ')}`,
        );
      const { store } = cmd.optsWithGlobals<{ store: string }>();
      const text = write(await loadStore(store));
      if (opts.out) {
        writeFileSync(opts.out, text);
        say(`geokg: wrote ${opts.out}`);
      } else process.stdout.write(text.endsWith('\n') ? text : text + '\n');
    });
}
