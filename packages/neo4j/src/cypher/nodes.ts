// One MERGE statement per label set: Cypher cannot take labels as parameters on every Neo4j 5 server,
// so node rows are grouped by kind and each group gets its own statement text.
import { quoteName } from '../names.ts';

/**
 * Rows: `{ id, props }`; returns each node's `id` and `elementId`, by which relationships and claims find
 * it later in the push (node-ids.ts). `SET n = row.props` replaces every property, so a re-push leaves a node exactly
 * as a first push would. Labels are only added: core lets a kind become more specific, never less
 * (Organization → Consortium adds `:Consortium`), so no label of an earlier push can be stale. (A REMOVE of
 * every other label cost 15% of the node phase for nothing.)
 */
export function mergeNodesStatement(root: string, labels: readonly string[]): string {
  const extra = labels.filter((l) => l !== root);
  return [
    'UNWIND $rows AS row',
    `MERGE (n:${quoteName(root)} {id: row.id})`,
    'SET n = row.props',
    ...(extra.length ? [`SET n:${extra.map(quoteName).join(':')}`] : []),
    'RETURN row.id AS id, elementId(n) AS elementId',
  ].join('\n');
}
