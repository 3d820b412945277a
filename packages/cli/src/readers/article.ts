// Articles go through the text extractor, loaded only when an article is read (stats and export start
// faster without the NLP model) and then once per process.
import type { Batch, Registry } from '@geokg/core';
import type * as Extraction from '@geokg/extract';

type Extract = typeof Extraction;
let extractor: ReturnType<Extract['createExtractor']> | undefined;
let builtAt = -1;
let readArticleFile: Extract['readArticleFile'] | undefined;

export async function readArticle(path: string, registry: Registry, reported?: string): Promise<Batch> {
  // Rebuilt when given another registry or when it grew, as a new command would.
  if (!extractor || !readArticleFile || extractor.registry !== registry || builtAt !== registry.revision) {
    const mod = await import('@geokg/extract');
    extractor = mod.createExtractor({ registry });
    builtAt = registry.revision;
    readArticleFile = mod.readArticleFile;
  }
  const text = await readArticleFile(path);
  const r = extractor.extractText(text, { doc: path, reported });
  return { entities: [r.document, ...r.entities], claims: r.claims };
}
