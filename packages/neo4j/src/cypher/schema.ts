// Constraints and indexes, created before any data and IF NOT EXISTS so that every push may run them.
import type { Ontology } from '@geokg/core';
import { allLabels, CLAIM_LABEL, FULLTEXT_INDEX, quoteName, rootLabel } from '../names.ts';

export const constraintName = (label: string): string => `geokg_${label.toLowerCase()}_id`;

/** One statement each: Neo4j runs schema commands one per transaction. */
export function schemaStatements(ontology: Ontology): string[] {
  const root = quoteName(rootLabel(ontology));
  const unique = allLabels(ontology).map(
    (label) =>
      `CREATE CONSTRAINT ${constraintName(label)} IF NOT EXISTS FOR (n:${quoteName(label)}) REQUIRE n.id IS UNIQUE`,
  );
  const claim = quoteName(CLAIM_LABEL);
  return [
    ...unique,
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${root}) ON EACH [n.name, n.aliases]`,
    `CREATE INDEX geokg_claim_predicate IF NOT EXISTS FOR (c:${claim}) ON (c.predicate)`,
    `CREATE INDEX geokg_claim_doc IF NOT EXISTS FOR (c:${claim}) ON (c.docId)`,
  ];
}
