// Claims as nodes: (:Claim)-[:SUBJECT]->(s), -[:OBJECT]->(o), -[:IN_DOCUMENT]->(:Document), and when known
// -[:ABOUT]->(event), -[:CLAIMED_BY]->(actor). The optional links use OPTIONAL MATCH + FOREACH so that a
// missing endpoint skips one link, never the claim.
import { CLAIM_LABEL, CLAIM_LINKS, quoteName } from '../names.ts';

const optionalLink = (variable: string, key: string, type: string, root: string): string[] => [
  'WITH c, row',
  `OPTIONAL MATCH (${variable}:${root} {id: row.${key}})`,
  `FOREACH (_ IN CASE WHEN ${variable} IS NULL THEN [] ELSE [1] END | MERGE (c)-[:${quoteName(type)}]->(${variable}))`,
];

/** Rows: `{ id, subject, object, docId?, about?, claimedBy?, props }`. */
export function mergeClaimsStatement(rootLabel: string): string {
  const root = quoteName(rootLabel);
  return [
    'UNWIND $rows AS row',
    `MATCH (s:${root} {id: row.subject})`,
    `MATCH (o:${root} {id: row.object})`,
    `MERGE (c:${quoteName(CLAIM_LABEL)} {id: row.id})`,
    'SET c = row.props',
    `MERGE (c)-[:${quoteName(CLAIM_LINKS.subject)}]->(s)`,
    `MERGE (c)-[:${quoteName(CLAIM_LINKS.object)}]->(o)`,
    ...optionalLink('d', 'docId', CLAIM_LINKS.document, root),
    ...optionalLink('e', 'about', CLAIM_LINKS.about, root),
    ...optionalLink('w', 'claimedBy', CLAIM_LINKS.claimedBy, root),
  ].join('\n');
}
