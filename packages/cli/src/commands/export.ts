// `geokg export`: the stored graph as graphology JSON, GEXF, GraphML, or the claim rows of `geokg extract`,
// streamed from the store: the graph formats hold the nodes and one small summary per edge (core
// export/parts.ts), never the claims, and every format is written as it is produced.
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import {
  LAYOUT_MAX_NODES,
  UsageError,
  defaultOntology,
  gexfChunks,
  graphmlChunks,
  jsonChunks,
  layout,
  partsOfStore,
  storeRows,
} from '@geokg/core';
import type { ExportOptions, GraphParts } from '@geokg/core';
import { progress, say } from '../progress.ts';
import { existingStore } from './stats.ts';

const GRAPH_FORMATS: Record<string, (p: GraphParts, o: ExportOptions) => Iterable<string>> = {
  json: jsonChunks,
  gexf: gexfChunks,
  graphml: graphmlChunks,
};
const FORMATS = [...Object.keys(GRAPH_FORMATS), 'jsonl', 'neo4j-import'];
const LAYOUTS = ['fa2', 'none'];

/** Writes text chunks to a stream, 64 KiB at a time, waiting when the reader is slower. */
async function pump(chunks: Iterable<string> | AsyncIterable<string>, out: Writable): Promise<void> {
  let buf = '';
  for await (const chunk of chunks) {
    buf += chunk;
    if (buf.length < 1 << 16) continue;
    if (!out.write(buf)) await once(out, 'drain');
    buf = '';
  }
  out.write(buf);
}

/** Entity and claim rows streamed from the store, a line each: `geokg import` reads the file back. */
async function* rowLines(store: string): AsyncGenerator<string> {
  for await (const row of storeRows(existingStore(store))) yield JSON.stringify(row) + '\n';
}

async function* graphChunks(store: string, format: string, how: string): AsyncGenerator<string> {
  const source = existingStore(store);
  const bar = progress('reading', source.counts().claims);
  let parts: GraphParts;
  try {
    parts = await partsOfStore(source, defaultOntology(), (done, total) => bar.update(done, total));
  } finally {
    bar.stop();
  }
  try {
    let positions: ExportOptions['positions'];
    if (how === 'fa2' && parts.nodeCount > LAYOUT_MAX_NODES)
      say(
        `geokg export: ${parts.nodeCount} nodes are more than ${LAYOUT_MAX_NODES} to lay out here; writing no positions (lay it out in Gephi)`,
      );
    else if (how === 'fa2') positions = layout(parts);
    yield* GRAPH_FORMATS[format]!(parts, { positions });
  } finally {
    // The spill files (core export/spill.ts), also when the write failed.
    parts.close();
  }
}

/** The CSV files of `neo4j-admin database import full` and the command that loads them (docs/neo4j.md). */
async function neo4jImport(store: string, dir: string | undefined): Promise<void> {
  if (!dir)
    throw new UsageError(
      'geokg export: --format neo4j-import needs a folder: geokg export --format neo4j-import DIR',
    );
  const { writeImportFolder } = await import('@geokg/neo4j');
  const written = await writeImportFolder(existingStore(store), dir, defaultOntology());
  const { nodes, relationships, claims } = written.counts;
  say(
    `geokg: wrote ${written.dir}: ${nodes} nodes, ${relationships} relationships, ${claims} claims (with their links)`,
  );
  say(`load it (server stopped; replaces the database) with ${written.dir}/import.sh:\n${written.command}`);
  say(`then, with the server running: cypher-shell -f ${written.dir}/schema.cypher`);
}

export function exportCommand(program: Command): void {
  program
    .command('export')
    .description(
      'write the graph as json (graphology), gexf, graphml, or jsonl (entity and claim rows, as geokg extract writes and geokg import reads)',
    )
    .option('--format <format>', 'json, gexf, graphml or jsonl', 'json')
    .option(
      '--layout <layout>',
      `node positions for json, gexf and graphml: fa2 (seeded ForceAtlas2, up to ${LAYOUT_MAX_NODES} nodes) or none`,
      'fa2',
    )
    .option('-o, --out <file>', 'write to a file instead of stdout (neo4j-import: the folder)')
    .argument('[dir]', 'neo4j-import: the folder to write (new or empty)')
    .action(
      async (
        dir: string | undefined,
        opts: { format: string; layout: string; out?: string },
        cmd: Command,
      ) => {
        if (!FORMATS.includes(opts.format))
          throw new UsageError(`geokg export: unknown --format "${opts.format}"; use ${FORMATS.join(', ')}`);
        if (!LAYOUTS.includes(opts.layout))
          throw new UsageError(
            `geokg export: unknown --layout "${opts.layout}"; use ${LAYOUTS.join(' or ')}`,
          );
        const { store } = cmd.optsWithGlobals<{ store: string }>();
        if (opts.format === 'neo4j-import') return neo4jImport(store, dir ?? opts.out);
        if (dir)
          throw new UsageError(`geokg export: a folder is only for --format neo4j-import; use -o FILE`);
        const chunks =
          opts.format === 'jsonl' ? rowLines(store) : graphChunks(store, opts.format, opts.layout);
        if (!opts.out) return pump(chunks, process.stdout);
        // Written under a temporary name and renamed when whole: a failed export leaves no half file.
        const tmp = `${opts.out}.tmp-${process.pid}`;
        const out = createWriteStream(tmp);
        try {
          await pump(chunks, out);
          out.end();
          await once(out, 'finish');
          renameSync(tmp, opts.out);
        } catch (e) {
          out.destroy();
          rmSync(tmp, { force: true });
          throw e;
        }
        say(`geokg: wrote ${opts.out}`);
      },
    );
}
