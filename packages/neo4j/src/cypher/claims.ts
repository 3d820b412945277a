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
  /** Reader attributes (GDELT's), as `attr_<name>` properties. */
  attrs: boolean;
}

export const shapeKey = (s: ClaimShape): string =>
  (['document', 'about', 'claimedBy', 'attrs'] as const).filter((k) => s[k]).join('+') || 'plain';

/**
 * The links a statement of this shape MATCHes: variable, the row key holding the node's geokg id, and the
 * relationship type. `row.nodes` holds their element ids in this order (rows.ts, claimParams).
 */
export function claimLinks(shape: ClaimShape): [variable: string, key: string, type: string][] {
  const links: [boolean, string, string, string][] = [
    [true, 's', 'subject', CLAIM_LINKS.subject],
    [true, 'o', 'object', CLAIM_LINKS.object],
    [shape.document, 'd', 'docId', CLAIM_LINKS.document],
    [shape.about, 'e', 'about', CLAIM_LINKS.about],
    [shape.claimedBy, 'w', 'claimedBy', CLAIM_LINKS.claimedBy],
  ];
  return links.filter(([on]) => on).map(([, v, key, type]) => [v, key, type]);
}

/**
 * Rows: `{ id, …CLAIM_PROPERTIES, attrs?, nodes }`, `nodes` the element ids of the linked nodes
 * (claimLinks): found by element id, they cost no locking index seek (node-ids.ts). The claim itself is
 * MERGEd on its id through the uniqueness constraint.
 */
export function mergeClaimsStatement(rootLabel: string, shape: ClaimShape, attrKeys?: string[]): string {
  return claimsStatement(rootLabel, shape, 'MERGE', attrKeys);
}

/**
 * The same rows for claims the database cannot hold yet (push-incremental.ts says when): CREATE looks
 * nothing up and locks no pattern. Should one be there after all, the uniqueness constraint on the id
 * fails the batch, which is then run again with mergeClaimsStatement (writer.ts), so no claim is doubled.
 */
export function createClaimsStatement(rootLabel: string, shape: ClaimShape, attrKeys?: string[]): string {
  return claimsStatement(rootLabel, shape, 'CREATE', attrKeys);
}

/**
 * How the reader attributes are set: by name when the statement's rows have few, plain keys (the rows'
 * union: an absent one is null, which sets nothing), else from the map, which costs an Eager pass that
 * buffers the batch (the planner cannot tell which properties a map writes).
 */
function setAttrs(keys: string[] | undefined): string {
  const plain = keys && keys.length <= 100 && keys.every((k) => SAFE_KEY.test(k));
  if (!plain) return 'SET c += row.attrs';
  return `SET ${keys.map((k) => `c.\`${k}\` = row.attrs.\`${k}\``).join(', ')}`;
}
const SAFE_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

function claimsStatement(
  rootLabel: string,
  shape: ClaimShape,
  verb: 'MERGE' | 'CREATE',
  attrKeys: string[] | undefined,
): string {
  const root = quoteName(rootLabel);
  const used = claimLinks(shape);
  const claim = quoteName(CLAIM_LABEL);
  return [
    'UNWIND $rows AS row',
    // The root label tells the planner these are not the Claim nodes MERGEd below: without it, it adds an
    // Eager pass that buffers the whole batch.
    ...used.map(([v], i) => `MATCH (${v}:${root}) WHERE elementId(${v}) = row.nodes[${i}]`),
    verb === 'MERGE' ? `MERGE (c:${claim} {id: row.id})` : `CREATE (c:${claim} {id: row.id})`,
    `SET ${setProperties('c', CLAIM_PROPERTIES, INTEGERS)}`,
    ...(shape.attrs ? [setAttrs(attrKeys)] : []),
    ...used.map(([v, , type]) => `${verb} (c)-[:${quoteName(type)}]->(${v})`),
  ].join('\n');
}
