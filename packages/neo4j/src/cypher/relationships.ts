// One MERGE statement per relationship type (types cannot be parameters). GeoGraph holds one edge per
// subject–predicate–object, so (a)-[:TYPE]->(b) is the relationship's identity.
import { MODALITIES } from '@geokg/core';
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
  'modalityWeights',
  'modalityConfidence',
] as const;
const INTEGERS = new Set<string>(['claimCount']);

/** A relationship's values in RELATIONSHIP_PROPERTIES order; absent ones as null. */
export function relationshipValues(
  predicate: string,
  a: EdgeAggregate,
): (string | number | string[] | number[] | null)[] {
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
    // The rest of the aggregate's state, so that an incremental push can fold new claims into it without
    // reading the edge's older claims (push-incremental.ts): summed and highest confidence per modality, in
    // MODALITIES order, -1 and 0 where the edge has no claim of that modality.
    MODALITIES.map((m) => a.weights[m] ?? -1),
    MODALITIES.map((m) => a.maxConfidence[m] ?? 0),
  ];
}

/** The aggregate a relationship carries, as relationshipValues wrote it; undefined without the state lists. */
export function aggregateOf(values: Record<string, unknown>): EdgeAggregate | undefined {
  const weights = values.modalityWeights as number[] | null | undefined;
  const max = values.modalityConfidence as number[] | null | undefined;
  if (weights?.length !== MODALITIES.length || max?.length !== MODALITIES.length) return undefined;
  const a: EdgeAggregate = {
    modality: values.modality as EdgeAggregate['modality'],
    confidence: values.confidence as number,
    claimCount: Number(values.claimCount),
    documents: [...((values.documents as string[] | null) ?? [])],
    weights: {},
    maxConfidence: {},
  };
  for (const key of ['cameo', 'plover', 'firstSeen', 'lastSeen'] as const) {
    const v = values[key];
    if (typeof v === 'string') a[key] = v;
  }
  MODALITIES.forEach((m, i) => {
    if (weights[i]! >= 0) a.weights[m] = weights[i]!;
    if (max[i]! > 0) a.maxConfidence[m] = max[i]!;
  });
  return a;
}

/** `rel.x = row.x, …`: named properties keep the planner free of an Eager pass that `SET rel = map` forces (bench-neo4j.ts's baseline). */
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
