// `geokg extract FILE...`: JSON Lines on `out` (document, entity and claim rows; each entity once per run),
// messages on `err`. Exit code 0 when every file was read (empty or non-English ones are skipped with a
// note), 1 when a file could not be read, 2 when no file was given.
import { defaultOntology } from '@geokg/core';
import { createExtractor } from './extractor.ts';
import type { ExtractorOptions } from './extractor.ts';
import { extractFiles } from './io/files.ts';
import { claimRow, entityRow } from './io/rows.ts';

export interface RunExtractOptions extends ExtractorOptions {
  reported?: string;
}

export async function runExtract(
  paths: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream = process.stderr,
  opts: RunExtractOptions = {},
): Promise<number> {
  if (!paths.length) {
    err.write(
      'geokg extract: no input files; usage: geokg extract FILE... (plain text, Markdown or HTML articles)\n',
    );
    return 2;
  }
  const ontology = opts.ontology ?? opts.registry?.ontology ?? defaultOntology();
  const extractor = createExtractor({ ...opts, ontology });
  const seen = new Set<string>();
  let failed = 0;
  const write = (rows: object[]): Promise<void> | void => {
    if (!rows.length) return;
    const ok = out.write(rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    if (!ok) return new Promise((resolve) => out.once('drain', () => resolve()));
  };
  for await (const ev of extractFiles(paths, {
    extractor,
    ...(opts.reported ? { reported: opts.reported } : {}),
  })) {
    if (ev.type === 'failed') {
      failed++;
      err.write(ev.error.message + '\n');
    } else if (ev.type === 'skipped') {
      err.write(ev.message + '\n');
    } else if (ev.type === 'chunk') {
      const rows: object[] = [];
      if (ev.first) rows.push(entityRow(ev.document, ontology));
      for (const e of ev.entities) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        rows.push(entityRow(e, ontology));
      }
      for (const c of ev.claims) rows.push(claimRow(c));
      await write(rows);
    }
  }
  return failed ? 1 : 0;
}
