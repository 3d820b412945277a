// One MERGE statement per label set: Cypher cannot take labels as parameters on every Neo4j 5 server,
// so node rows are grouped by kind and each group gets its own statement text.
import { quoteName } from '../names.ts';

/**
 * Rows: `{ id, props }`. `SET n = row.props` replaces every property, and the REMOVE drops labels of
 * any other kind, so a re-push leaves a node exactly as a first push would (kinds can become more specific).
 */
export function mergeNodesStatement(root: string, labels: readonly string[], others: readonly string[]): string {
  const extra = labels.filter((l) => l !== root);
  const stale = others.filter((l) => l !== root && !labels.includes(l));
  return [
    'UNWIND $rows AS row',
    `MERGE (n:${quoteName(root)} {id: row.id})`,
    'SET n = row.props',
    ...(extra.length ? [`SET n:${extra.map(quoteName).join(':')}`] : []),
    ...(stale.length ? [`REMOVE n:${stale.map(quoteName).join(':')}`] : []),
  ].join('\n');
}
