// A push as a list of batches, decided before the first write: schema, then nodes, then relationships,
// then claims (each needs the nodes before it). Every batch is idempotent, so any prefix of the plan
// followed by the whole plan ends where the whole plan alone does.
import type { GeoGraph } from '@geokg/core';
import { mergeClaimsStatement } from './cypher/claims.ts';
import { mergeNodesStatement } from './cypher/nodes.ts';
import { mergeRelationshipsStatement } from './cypher/relationships.ts';
import { schemaStatements } from './cypher/schema.ts';
import { DEFAULT_BATCH_SIZE } from './config.ts';
import { allLabels, rootLabel } from './names.ts';
import { claimRows, nodeGroups, relationshipGroups } from './rows.ts';

export type Phase = 'nodes' | 'relationships' | 'claims';
export const PHASES: readonly Phase[] = ['nodes', 'relationships', 'claims'];

export interface Batch {
  phase: Phase;
  /** The label set or relationship type the batch writes, for progress lines. */
  group: string;
  cypher: string;
  rows: unknown[];
}

export interface PushPlan {
  schema: string[];
  batches: Batch[];
  totals: Record<Phase, number>;
}

function chunk<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export function planPush(geo: GeoGraph, batchSize: number = DEFAULT_BATCH_SIZE): PushPlan {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`geokg neo4j: batch size ${batchSize} is not a positive integer. Pass e.g. --batch-size 5000.`);
  }
  const { ontology } = geo;
  const root = rootLabel(ontology);
  const labels = allLabels(ontology);
  const batches: Batch[] = [];
  const totals: Record<Phase, number> = { nodes: 0, relationships: 0, claims: 0 };

  for (const g of nodeGroups(geo)) {
    const cypher = mergeNodesStatement(root, g.labels, labels);
    for (const rows of chunk(g.rows, batchSize)) batches.push({ phase: 'nodes', group: g.labels.join(':'), cypher, rows });
    totals.nodes += g.rows.length;
  }
  for (const g of relationshipGroups(geo)) {
    const cypher = mergeRelationshipsStatement(root, g.type);
    for (const rows of chunk(g.rows, batchSize)) batches.push({ phase: 'relationships', group: g.type, cypher, rows });
    totals.relationships += g.rows.length;
  }
  const claims = claimRows(geo);
  const cypher = mergeClaimsStatement(root);
  for (const rows of chunk(claims, batchSize)) batches.push({ phase: 'claims', group: 'Claim', cypher, rows });
  totals.claims = claims.length;

  return { schema: schemaStatements(ontology), batches, totals };
}
