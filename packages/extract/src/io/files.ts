// Many files, dictionaries loaded once: each file is checked, then streamed chunk by chunk through one
// extractor. Yields events as it goes so callers can write output or store claims without holding a file.
import type { Claim, Entity } from '@geokg/core';
import { ExtractInputError } from '../errors.ts';
import { createExtractor } from '../extractor.ts';
import type { Extractor } from '../extractor.ts';
import { formatOfPath, mask } from './mask.ts';
import { checkFile, readChunks } from './read.ts';

export interface ExtractFilesOptions {
  extractor?: Extractor;
  /** Publication date for every file (ISO), for claims' time.reported. */
  reported?: string;
  /** Characters per chunk (default 256 Ki). */
  chunkSize?: number;
}

export type ExtractEvent =
  /** A piece of a document: entities first referred to in it, and its claims. The first carries the document. */
  | { type: 'chunk'; path: string; document: Entity; first: boolean; entities: Entity[]; claims: Claim[] }
  /** Not an error, but nothing to extract: an empty file, a text not in English. */
  | { type: 'skipped'; path: string; message: string }
  | { type: 'failed'; path: string; error: ExtractInputError }
  | { type: 'done'; path: string; document: Entity; entities: number; claims: number };

export async function* extractFiles(
  paths: string[],
  opts: ExtractFilesOptions = {},
): AsyncGenerator<ExtractEvent> {
  let extractor = opts.extractor;
  for (const path of paths) {
    let check;
    try {
      check = await checkFile(path);
    } catch (e) {
      if (e instanceof ExtractInputError) {
        yield { type: 'failed', path, error: e };
        continue;
      }
      throw e;
    }
    if (check.skip) {
      yield { type: 'skipped', path, message: `geokg extract: ${check.skip}` };
      continue;
    }
    extractor ??= createExtractor();
    const run = extractor.startDocument(
      { doc: path, ...(opts.reported ? { reported: opts.reported } : {}) },
      check.hash,
    );
    const format = formatOfPath(path);
    let entities = 0;
    let claims = 0;
    let first = true;
    for await (const chunk of readChunks(path, opts.chunkSize)) {
      const part = run.feed(mask(chunk.text, format, chunk.base === 0), chunk.base, chunk.text);
      entities += part.entities.length;
      claims += part.claims.length;
      yield {
        type: 'chunk',
        path,
        document: run.document,
        first,
        entities: part.entities,
        claims: part.claims,
      };
      first = false;
    }
    yield { type: 'done', path, document: run.document, entities, claims };
  }
}
