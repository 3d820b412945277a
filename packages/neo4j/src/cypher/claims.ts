// Claims as nodes: (:Claim)-[:SUBJECT]->(s), -[:OBJECT]->(o), -[:IN_DOCUMENT]->(:Document), and when known
// -[:ABOUT]->(event), -[:CLAIMED_BY]->(actor). Claims are grouped by which of the optional links they
// have, so each statement only MATCHes what its rows hold (a failed MATCH would drop the row).
import { CLAIM_LABEL, CLAIM_LINKS, quoteName } from '../names.ts';

/**
 * What a Claim node holds besides its id. Not its subject, object or document: those are the nodes it links
 * to, and their ids (and the document's path) are written once, there, rather than on each of the claims
 * that name them: three long strings (some 200 bytes of GDELT ids and URL) fewer a claim, and an eighth of the server's CPU
 * per claim in a push (docs/neo4j.md, "Speed"). `claimedBy` and `about` stay, as a claim may name a node the graph
 * lacks (then it has no link to it).
 */
export const CLAIM_PROPERTIES = [
  'predicate',
  'type',
  'modality',
  'confidence',
  'cameo',
  'plover',
  'source',
  'claimedBy',
  'about',
  'occurred',
  'reported',
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
 * Where a row's values sit: rows are lists, `[id, …CLAIM_PROPERTIES, …element ids of the links, …attributes]`
 * (rows.ts, claimParams), which spares the client packing some thirty key strings a row. The attributes
 * are one value per name of `attrKeys` when those are plain (see attrsByName), else one map.
 */
export const CLAIM_LINKS_AT = 1 + CLAIM_PROPERTIES.length;

/** Reader attributes go by name when the statement's rows have few, plain keys (their union, sorted). */
export const attrsByName = (keys: readonly string[] | undefined): keys is string[] =>
  keys !== undefined && keys.length <= 100 && keys.every((k) => SAFE_KEY.test(k));
const SAFE_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Rows as above; the linked nodes are found by element id, which costs no locking index seek
 * (node-ids.ts). The claim itself is MERGEd on its id through the uniqueness constraint.
 */
export function mergeClaimsStatement(rootLabel: string, shape: ClaimShape, attrKeys?: string[]): string {
  return claimsStatement(rootLabel, shape, 'MERGE', attrKeys);
}

/**
 * The same rows for claims the database cannot hold yet (push-incremental.ts and push-store.ts say when):
 * CREATE looks nothing up and locks no pattern, and takes the properties in the one operation that makes
 * the node (a null one is simply not set). Should a claim be there after all, the uniqueness constraint on
 * the id fails the batch, which is then run again with mergeClaimsStatement (writer.ts): no claim doubled.
 */
export function createClaimsStatement(rootLabel: string, shape: ClaimShape, attrKeys?: string[]): string {
  return claimsStatement(rootLabel, shape, 'CREATE', attrKeys);
}

const INTEGER_AT = (k: string, value: string): string => (INTEGERS.has(k) ? `toInteger(${value})` : value);

function claimsStatement(
  rootLabel: string,
  shape: ClaimShape,
  verb: 'MERGE' | 'CREATE',
  attrKeys: string[] | undefined,
): string {
  const root = quoteName(rootLabel);
  const used = claimLinks(shape);
  const claim = quoteName(CLAIM_LABEL);
  const attrsAt = CLAIM_LINKS_AT + used.length;
  const named = shape.attrs && attrsByName(attrKeys) ? attrKeys : [];
  // name, value: the claim's properties, then its attributes when they go by name.
  const props: [string, string][] = [
    ...CLAIM_PROPERTIES.map((k, i): [string, string] => [k, INTEGER_AT(k, `row[${i + 1}]`)]),
    ...named.map((k, i): [string, string] => [`\`${k}\``, `row[${attrsAt + i}]`]),
  ];
  const attrMap = shape.attrs && !named.length ? [`SET c += row[${attrsAt}]`] : [];
  const links = used.map(([v, , type]) => `(c)-[:${quoteName(type)}]->(${v})`);
  return [
    'UNWIND $rows AS row',
    // The root label tells the planner these are not the Claim nodes written below: without it, it adds an
    // Eager pass that buffers the whole batch.
    ...used.map(([v], i) => `MATCH (${v}:${root}) WHERE elementId(${v}) = row[${CLAIM_LINKS_AT + i}]`),
    ...(verb === 'CREATE'
      ? [
          `CREATE (c:${claim} {id: row[0], ${props.map(([k, v]) => `${k}: ${v}`).join(', ')}})`,
          // A map's keys are unknown to the planner: SET from it costs an Eager pass (rare: odd attribute names).
          ...attrMap,
          `CREATE ${links.join(', ')}`,
        ]
      : [
          `MERGE (c:${claim} {id: row[0]})`,
          `SET ${props.map(([k, v]) => `c.${k} = ${v}`).join(', ')}`,
          ...attrMap,
          ...links.map((l) => `MERGE ${l}`),
        ]),
  ].join('\n');
}
