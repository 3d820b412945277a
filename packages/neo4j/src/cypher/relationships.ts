// One MERGE statement per relationship type (types cannot be parameters). GeoGraph holds one edge per
// subject–predicate–object, so (a)-[:TYPE]->(b) is the relationship's identity.
import { quoteName } from '../names.ts';

/** Rows: `{ source, target, props }`; endpoints are found by id through the root label's constraint. */
export function mergeRelationshipsStatement(root: string, type: string): string {
  const r = quoteName(root);
  return [
    'UNWIND $rows AS row',
    `MATCH (a:${r} {id: row.source})`,
    `MATCH (b:${r} {id: row.target})`,
    `MERGE (a)-[rel:${quoteName(type)}]->(b)`,
    'SET rel = row.props',
  ].join('\n');
}
