// One extraction result as JSON Lines: the document, the entities its claims refer to, then the claims.
import { defaultOntology } from '@geokg/core';
import type { Ontology } from '@geokg/core';
import type { ExtractResult } from '../extractor.ts';
import { claimRow, entityRow, toJsonl } from './rows.ts';

export function formatJsonl(result: ExtractResult, ontology: Ontology = defaultOntology()): string {
  return toJsonl([
    entityRow(result.document, ontology),
    ...result.entities.map((e) => entityRow(e, ontology)),
    ...result.claims.map(claimRow),
  ]);
}
