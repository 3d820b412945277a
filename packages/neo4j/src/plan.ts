// A push as a list of batches, decided before the first write: schema, then nodes, then claims, then
// relationships (both need the nodes' element ids; the aggregates come last, see below). Every batch is idempotent, so any prefix of the plan
// followed by the whole plan ends where the whole plan alone does. Rows are built when a batch runs: node
// batches return their nodes' element ids, and the relationship and claim rows that follow carry them.
import { UsageError } from '@geokg/core';
import type { Claim, GeoGraph } from '@geokg/core';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { DEFAULT_BATCH_SIZE } from './config.ts';
import { createClaimsStatement, mergeClaimsStatement, shapeKey } from './cypher/claims.ts';
import type { ClaimShape } from './cypher/claims.ts';
import { mergeNodesStatement } from './cypher/nodes.ts';
import { mergeRelationshipsStatement } from './cypher/relationships.ts';
import { schemaStatements } from './cypher/schema.ts';
import { rootLabel } from './names.ts';
import { NodeIds } from './node-ids.ts';
import {
  claimParamsOf,
  claimShape,
  nodeGroups,
  nodeRows,
  relationshipGroups,
  relationshipParams,
} from './rows.ts';
import type { RelationshipEdge } from './rows.ts';

export type Phase = 'nodes' | 'relationships' | 'claims';
export const PHASES: readonly Phase[] = ['nodes', 'claims', 'relationships'];

export interface Batch {
  phase: Phase;
  /** The label set or relationship type the batch writes, for progress lines. */
  group: string;
  cypher: string;
  /** Run instead when `cypher` fails on a uniqueness constraint (a CREATE that met a claim already in). */
  fallback?: string;
  size: number;
  /** The parameter rows, built on demand. */
  rows(): unknown[];
  /**
   * Lock buckets of the nodes the batch writes to: batches with disjoint buckets may run at once. Empty:
   * touches no node another batch touches (node batches). Undefined: must run alone.
   */
  buckets?: number[];
  /** Receives the records the committed statement returned (node batches: the nodes' element ids). */
  collect?: (records: readonly Neo4jRecord[]) => void;
}

export interface PushPlan {
  schema: string[];
  batches: Batch[];
  totals: Record<Phase, number>;
  /** Filled by the node batches as they commit; later batches find their endpoints through it. */
  nodeIds: NodeIds;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The `attr_<name>` properties the claims' rows set, sorted (rows.ts, claimRow). */
function attrKeys(claims: readonly Claim[]): string[] {
  const keys = new Set<string>();
  for (const c of claims) for (const k in c.attrs) keys.add(`attr_${k}`);
  return [...keys].sort();
}

/** FNV-1a: a cheap, stable hash to spread node ids over lock buckets. */
export function bucketOf(id: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % buckets;
}

/**
 * Relationships of a large graph are split by the lock buckets of their endpoints, so that batches of
 * cells with no bucket in common (say 0→1 and 2→3) can be written at once without waiting on each
 * other's node locks. Below this many rows per bucket pair it is not worth the smaller batches.
 */
export const LOCK_BUCKETS = 4;

export interface PlanOptions {
  /** Nodes of the graph the database already holds as they are (their element ids are in `nodeIds`). */
  known?: ReadonlySet<string>;
  /** Element ids known before the push: those of the `known` nodes. */
  nodeIds?: NodeIds;
  /** The claims cannot be in the database yet: CREATE them (MERGE stays the fallback). */
  createClaims?: boolean;
}

/** `claims` picks the claims to send (an incremental push sends the new ones; edges carry all of theirs). */
export function planPush(
  geo: GeoGraph,
  batchSize: number = DEFAULT_BATCH_SIZE,
  claims: (c: Claim) => boolean = () => true,
  options: PlanOptions = {},
): PushPlan {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new UsageError(
      `geokg neo4j: batch size ${batchSize} is not a positive integer. Pass e.g. --batch-size 5000.`,
    );
  }
  const { ontology } = geo;
  const root = rootLabel(ontology);
  const batches: Batch[] = [];
  const totals: Record<Phase, number> = { nodes: 0, relationships: 0, claims: 0 };
  const nodeIds = options.nodeIds ?? new NodeIds();
  const collect = (records: readonly Neo4jRecord[]): void => nodeIds.collect(records);

  for (const g of nodeGroups(geo, claims, options.known)) {
    const cypher = mergeNodesStatement(root, g.labels);
    for (const part of chunks(g.entities, batchSize)) {
      const rows = () => nodeRows(ontology, part);
      batches.push({
        phase: 'nodes',
        group: g.labels.join(':'),
        cypher,
        size: part.length,
        rows,
        buckets: [],
        collect,
      });
    }
    totals.nodes += g.entities.length;
  }
  const shapes = new Map<string, { shape: ClaimShape; claims: Claim[] }>();
  for (const c of geo.claims()) {
    if (!claims(c)) continue;
    const shape = claimShape(geo, c);
    const key = shapeKey(shape);
    const group = shapes.get(key);
    if (group) group.claims.push(c);
    else shapes.set(key, { shape, claims: [c] });
  }
  for (const [key, { shape, claims }] of [...shapes.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const keys = shape.attrs ? attrKeys(claims) : undefined;
    const merge = mergeClaimsStatement(root, shape, keys);
    const create = options.createClaims ? createClaimsStatement(root, shape, keys) : undefined;
    const params = claimParamsOf(ontology, shape, nodeIds, keys);
    for (const part of chunks(claims, batchSize)) {
      batches.push({
        phase: 'claims',
        group: `Claim ${key}`,
        cypher: create ?? merge,
        // CREATEs may run side by side (writer.ts): they look nothing up, and what they lock (the linked
        // nodes' relationship chains) is taken in one order per batch; a deadlock all the same is retried.
        ...(create ? { fallback: merge, buckets: [] } : {}),
        size: part.length,
        rows: () => part.map(params),
      });
    }
    totals.claims += claims.length;
  }
  // Relationships after the claims: an aggregate in the database never counts a claim the database lacks,
  // which is what lets an incremental push fold new claims onto it safely (push-incremental.ts).
  const split = geo.graph.size >= LOCK_BUCKETS * LOCK_BUCKETS * batchSize;
  for (const g of relationshipGroups(geo)) {
    const cypher = mergeRelationshipsStatement(root, g.type);
    const cells = new Map<string, { buckets?: number[]; edges: RelationshipEdge[] }>();
    for (const edge of g.edges) {
      const from = bucketOf(edge.source, LOCK_BUCKETS);
      const to = bucketOf(edge.target, LOCK_BUCKETS);
      const key = split ? `${from}>${to}` : '';
      const cell = cells.get(key);
      if (cell) cell.edges.push(edge);
      else cells.set(key, { ...(split ? { buckets: [...new Set([from, to])] } : {}), edges: [edge] });
    }
    for (const cell of cells.values()) {
      for (const part of chunks(cell.edges, batchSize)) {
        const rows = () => part.map((edge) => relationshipParams(edge, nodeIds));
        batches.push({
          phase: 'relationships',
          group: g.type,
          cypher,
          size: part.length,
          rows,
          ...(cell.buckets ? { buckets: cell.buckets } : {}),
        });
      }
    }
    totals.relationships += g.edges.length;
  }
  return { schema: schemaStatements(ontology), batches, totals, nodeIds };
}
