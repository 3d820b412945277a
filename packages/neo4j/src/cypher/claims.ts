// Claims as nodes: (:Claim)-[:SUBJECT]->(s), -[:OBJECT]->(o), -[:IN_DOCUMENT]->(:Document), and when known
// -[:ABOUT]->(event), -[:CLAIMED_BY]->(actor). Claims are grouped by which of the optional links they
// have, so each statement only MATCHes what its rows hold (a failed MATCH would drop the row).
import { CLAIM_LABEL, CLAIM_LINKS, quoteName } from '../names.ts';
import { setProperties } from './relationships.ts';

export const CLAIM_PROPERTIES = [
  'predicate',
  'type',
  'subject',
  'object',
  'modality',
  'confidence',
  'cameo',
  'plover',
  'source',
  'claimedBy',
  'about',
  'occurred',
  'reported',
  'doc',
  'docId',
  'sentence',
  'line',
  'start',
  'end',
  'text',
] as const;
const INTEGERS = new Set<string>(['sentence', 'line', 'start', 'end']);

/** Which optional parts the rows of one statement have. */
export interface ClaimShape {
  document: boolean;
  about: boolean;
  claimedBy: boolean;
  /** Reader attributes (GDELT's), set from a map: only these statements pay for its Eager pass. */
  attrs: boolean;
}

export const shapeKey = (s: ClaimShape): string =>
  (['document', 'about', 'claimedBy', 'attrs'] as const).filter((k) => s[k]).join('+') || 'plain';

/** Rows: `{ id, …CLAIM_PROPERTIES, attrs? }`. */
export function mergeClaimsStatement(rootLabel: string, shape: ClaimShape): string {
  const root = quoteName(rootLabel);
  const links: [boolean, string, string, string][] = [
    [true, 's', 'subject', CLAIM_LINKS.subject],
    [true, 'o', 'object', CLAIM_LINKS.object],
    [shape.document, 'd', 'docId', CLAIM_LINKS.document],
    [shape.about, 'e', 'about', CLAIM_LINKS.about],
    [shape.claimedBy, 'w', 'claimedBy', CLAIM_LINKS.claimedBy],
  ];
  const used = links.filter(([on]) => on);
  return [
    'UNWIND $rows AS row',
    ...used.map(([, v, key]) => `MATCH (${v}:${root} {id: row.${key}})`),
    `MERGE (c:${quoteName(CLAIM_LABEL)} {id: row.id})`,
    `SET ${setProperties('c', CLAIM_PROPERTIES, INTEGERS)}`,
    ...(shape.attrs ? ['SET c += row.attrs'] : []),
    ...used.map(([, v, , type]) => `MERGE (c)-[:${quoteName(type)}]->(${v})`),
  ].join('\n');
}
