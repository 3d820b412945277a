// One MERGE statement per relationship type (types cannot be parameters). GeoGraph holds one edge per
// subject–predicate–object, so (a)-[:TYPE]->(b) is the relationship's identity.
import type { EdgeAggregate } from '@geokg/core';
import { quoteName } from '../names.ts';

/**
 * The aggregate a relationship carries; each is set (or removed, when null) on every push. This order, with
 * relationshipValues below, is the only place it is written: the push's rows and the neo4j-admin CSV use both.
 */
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

/** A relationship's values in RELATIONSHIP_PROPERTIES order; absent ones as null. */
export function relationshipValues(
  predicate: string,
  a: EdgeAggregate,
): (string | number | string[] | null)[] {
  return [
    predicate,
    a.modality,
    a.confidence,
    a.cameo ?? null,
    a.plover ?? null,
    a.firstSeen ?? null,
    a.lastSeen ?? null,
    a.claimCount,
    a.documents,
  ];
}

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

/**
 * Rows are lists, `[source element id, target element id, …RELATIONSHIP_PROPERTIES]` (rows.ts,
 * relationshipParams): positions instead of keys spare the client packing eleven key strings a row. The
 * endpoints are found by element id (node-ids.ts), which in a write query is much cheaper than a locking
 * seek through the uniqueness constraint.
 */
export function mergeRelationshipsStatement(rootLabel: string, type: string): string {
  const root = quoteName(rootLabel);
  const set = RELATIONSHIP_PROPERTIES.map((k, i) => {
    const value = `row[${i + 2}]`;
    return `rel.${k} = ${INTEGERS.has(k) ? `toInteger(${value})` : value}`;
  });
  return [
    'UNWIND $rows AS row',
    `MATCH (a:${root}) WHERE elementId(a) = row[0]`,
    `MATCH (b:${root}) WHERE elementId(b) = row[1]`,
    `MERGE (a)-[rel:${quoteName(type)}]->(b)`,
    `SET ${set.join(', ')}`,
  ].join('\n');
}
