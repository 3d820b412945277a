// One MERGE statement per relationship type (types cannot be parameters). GeoGraph holds one edge per
// subject–predicate–object, so (a)-[:TYPE]->(b) is the relationship's identity.
import { quoteName } from '../names.ts';

/** The aggregate a relationship carries; each is set (or removed, when null) on every push. */
export const RELATIONSHIP_PROPERTIES = [
  'predicate',
  'modality',
  'confidence',
  'cameo',
  'plover',
  'firstSeen',
  'lastSeen',
  'claimCount',
  'documents',
] as const;
const INTEGERS = new Set<string>(['claimCount']);

/** `rel.x = row.x, …`: named properties keep the planner free of an Eager pass that `SET rel = map` forces. */
export function setProperties(
  variable: string,
  keys: readonly string[],
  integers: ReadonlySet<string>,
): string {
  return keys
    .map((k) => `${variable}.${k} = ${integers.has(k) ? `toInteger(row.${k})` : `row.${k}`}`)
    .join(', ');
}

/** Rows: `{ source, target, …RELATIONSHIP_PROPERTIES }`; endpoints are found by id through the root label. */
export function mergeRelationshipsStatement(root: string, type: string): string {
  const r = quoteName(root);
  return [
    'UNWIND $rows AS row',
    `MATCH (a:${r} {id: row.source})`,
    `MATCH (b:${r} {id: row.target})`,
    `MERGE (a)-[rel:${quoteName(type)}]->(b)`,
    `SET ${setProperties('rel', RELATIONSHIP_PROPERTIES, INTEGERS)}`,
  ].join('\n');
}
