// extract(): one text in, the rows of the claim contract out (docs/extraction.md#output), ready for
// store.import(). The extractor (dictionaries and patterns) is built once per registry and reused.
import { defaultOntology, defaultRegistry, claimRow, entityRow } from '@geokg/core';
import type { ClaimRow, EntityRow, Registry } from '@geokg/core';
import { createExtractor } from './extractor.ts';
import type { ExtractOptions, Extractor } from './extractor.ts';

export interface ExtractTextOptions extends Partial<ExtractOptions> {
  /** Names to look for (default: the built-in registry; pass a store's to find what it declared). */
  registry?: Registry;
}

const extractors = new WeakMap<Registry, Extractor>();

/** The Document row, the entities the claims name, then the claims: what `geokg extract` prints for a file. */
export function extract(text: string, opts: ExtractTextOptions = {}): (EntityRow | ClaimRow)[] {
  const registry = opts.registry ?? defaultRegistry();
  let x = extractors.get(registry);
  if (!x) extractors.set(registry, (x = createExtractor({ registry })));
  const { registry: _r, ...rest } = opts;
  const r = x.extractText(text, { ...rest, doc: opts.doc ?? 'text' });
  const ontology = registry.ontology ?? defaultOntology();
  return [
    entityRow(r.document, ontology),
    ...r.entities.map((e) => entityRow(e, ontology)),
    ...r.claims.map(claimRow),
  ];
}
