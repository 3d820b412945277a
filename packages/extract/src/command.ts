// `geokg extract FILE...`: JSON Lines on `out` (document, entity and claim rows; each entity once per run;
// with `explain`, readable lines naming each claim's pattern and rule instead),
// notes on `err` (empty or non-English files are skipped). A file that cannot be read does not stop the
// others; at the end the run throws one GeokgError (input) listing every such file. No file: UsageError.
import { GeokgError, UsageError, defaultOntology } from '@geokg/core';
import { createExtractor } from './extractor.ts';
import type { ExtractorOptions } from './extractor.ts';
import { explainClaims } from './explain.ts';
import { extractFiles } from './io/files.ts';
import { claimRow, entityRow } from './io/rows.ts';

export interface RunExtractOptions extends ExtractorOptions {
  reported?: string | undefined;
  /** Readable lines instead of JSON Lines: each claim with its sentence, pattern and rule. */
  explain?: boolean | undefined;
}

export async function runExtract(
  paths: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream = process.stderr,
  opts: RunExtractOptions = {},
): Promise<void> {
  if (!paths.length)
    throw new UsageError(
      'geokg extract: no input files; usage: geokg extract FILE... (plain text, Markdown or HTML articles)',
    );
  const ontology = opts.ontology ?? opts.registry?.ontology ?? defaultOntology();
  const extractor = createExtractor({ ...opts, ontology });
  const seen = new Set<string>();
  const last = { key: '' };
  const failed: string[] = [];
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
      failed.push(ev.error.message);
    } else if (ev.type === 'skipped') {
      err.write(ev.message + '\n');
    } else if (ev.type === 'chunk' && opts.explain) {
      const text = explainClaims(ev.claims, last);
      if (text && !out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
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
  if (failed.length) throw new GeokgError(failed.join('\n'), 'input');
}
