// Neo4j labels and relationship types, derived only from the ontology: nothing a reader or a user typed ever
// becomes part of a Cypher statement's text. Values travel as parameters.
import type { Ontology } from '@geokg/core';

/** Structural names of the claim model (not ontology edges): a claim links to its parts with these types. */
export const CLAIM_LABEL = 'Claim';
export const CLAIM_LINKS = {
  subject: 'SUBJECT',
  object: 'OBJECT',
  document: 'IN_DOCUMENT',
  about: 'ABOUT',
  claimedBy: 'CLAIMED_BY',
} as const;

/** Index and constraint names geokg owns (prefixed so that they never collide with a user's own). */
export const FULLTEXT_INDEX = 'geokg_names';

const SAFE_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** A label or type checked to be a plain identifier, then backtick-quoted as Cypher wants names. */
export function quoteName(name: string): string {
  if (!SAFE_NAME.test(name)) {
    throw new Error(
      `geokg neo4j: "${name}" is not a valid label or relationship type name. Rename the kind in the ontology (letters, digits, underscores).`,
    );
  }
  return `\`${name}\``;
}

/**
 * The ontology's root kind (`Thing`): every geokg node carries it as a label, so one uniqueness constraint
 * finds any node by id, whatever its kind (relationship endpoints, claim subjects).
 */
export function rootLabel(ontology: Ontology): string {
  const roots = [...ontology.nodeKinds.values()].filter((k) => k.extends === undefined);
  const root = roots[0];
  if (roots.length !== 1 || !root)
    throw new Error('geokg neo4j: the ontology has no single root kind. Fix the schema.');
  return root.name;
}

/** Labels of a node of this kind: the root, then the lineage most general first (`Thing:Facility:PumpingStation`). */
export function labelsOf(ontology: Ontology, kind: string): string[] {
  return [rootLabel(ontology), ...ontology.neo4jLabels(kind)];
}

/** Every label a geokg node can carry (all node kinds, abstract ones included) and the claim label. */
export function allLabels(ontology: Ontology): string[] {
  return [...new Set([rootLabel(ontology), ...ontology.nodeKinds.keys(), CLAIM_LABEL])].sort();
}

export function relationshipType(ontology: Ontology, predicate: string): string {
  return ontology.neo4jType(predicate);
}
