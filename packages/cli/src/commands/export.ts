// `geokg export`: the stored graph as graphology JSON, GEXF, GraphML, or the claim rows of `geokg extract`.
import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { UsageError, storeRows, toGexf, toGraphml, toJson } from '@geokg/core';
import type { GeoGraph } from '@geokg/core';
import { say } from '../progress.ts';
import { loadStore, existingStore } from './stats.ts';

const FORMATS: Record<string, (g: GeoGraph) => string> = {
  json: (g) => JSON.stringify(toJson(g)),
  gexf: toGexf,
  graphml: toGraphml,
};

/** Entity and claim rows streamed from the store, a line each: `geokg import` reads the file back. */
async function writeRows(store: string, out: Writable): Promise<void> {
  let buf = '';
  for await (const row of storeRows(existingStore(store))) {
    buf += JSON.stringify(row) + '\n';
    if (buf.length < 1 << 16) continue;
    if (!out.write(buf)) await once(out, 'drain');
    buf = '';
  }
  out.write(buf);
}

export function exportCommand(program: Command): void {
  program
    .command('export')
    .description(
      'write the graph as json (graphology), gexf, graphml, or jsonl (entity and claim rows, as geokg extract writes and geokg import reads)',
    )
    .option('--format <format>', 'json, gexf, graphml or jsonl', 'json')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .action(async (opts: { format: string; out?: string }, cmd: Command) => {
      const write = FORMATS[opts.format];
      if (!write && opts.format !== 'jsonl')
        throw new UsageError(
          `geokg export: unknown --format "${opts.format}"; use ${[...Object.keys(FORMATS), 'jsonl'].join(', ')}`,
        );
      const { store } = cmd.optsWithGlobals<{ store: string }>();
      if (!write) {
        const out = opts.out ? createWriteStream(opts.out) : process.stdout;
        await writeRows(store, out);
        if (opts.out) {
          out.end();
          await once(out, 'finish');
          say(`geokg: wrote ${opts.out}`);
        }
        return;
      }
      const text = write(await loadStore(store));
      if (opts.out) {
        writeFileSync(opts.out, text);
        say(`geokg: wrote ${opts.out}`);
      } else process.stdout.write(text.endsWith('\n') ? text : text + '\n');
    });
}
