// The JSON Lines claim contract (docs/extraction.md#output): one `entity` row per node (Documents too) and one
// `claim` row per claim. `geokg extract` writes it, `geokg export --format jsonl` writes it, `geokg import`
// reads it back. Other tools read this; change it only additively.
import type { Claim, ClaimSource } from '../model/claim.ts';
import type { Entity, EntityRef } from '../model/entity.ts';
import type { Ontology } from '../ontology/ontology.ts';

export interface EntityRow {
  type: 'entity';
  id: string;
  kind: string;
  /** The kind and its ancestors, most specific first, without the abstract root Thing. */
  kinds: string[];
  name: string;
  aliases: string[];
  [prop: string]: unknown;
}

export interface EvidenceRow {
  doc: string;
  docId: string;
  sentence?: number;
  /** Line of a fact file or dataset row (1-based). */
  line?: number;
  start?: number;
  end?: number;
  text?: string;
  triggers?: { start: number; end: number }[];
}

export interface ClaimRow {
  type: 'claim';
  id: string;
  subject: EntityRef;
  predicate: string;
  object: EntityRef;
  about?: EntityRef;
  modality: Claim['modality'];
  confidence: number;
  cameo?: string;
  plover?: string;
  claimedBy?: EntityRef;
  time?: Claim['time'];
  evidence?: EvidenceRow;
  /** What read it: text (articles; the default when absent), fact (fact files) or gdelt. */
  source?: ClaimSource;
  /** Reader-specific values kept verbatim (GDELT's GoldsteinScale, a fact's source URL…). */
  attrs?: Record<string, string | number>;
}

/** Keys of an entity row that are not properties. */
export const ENTITY_ROW_KEYS = new Set(['type', 'id', 'kind', 'kinds', 'name', 'aliases']);

export function entityRow(e: Entity, ontology: Ontology): EntityRow {
  const kinds = ontology.hasKind(e.kind) ? ontology.lineage(e.kind).filter((k) => k !== 'Thing') : [e.kind];
  const props = Object.fromEntries(Object.entries(e.props).filter(([k]) => !ENTITY_ROW_KEYS.has(k)));
  return { type: 'entity', id: e.id, kind: e.kind, kinds, name: e.name, ...props, aliases: e.aliases };
}

export function claimRow(c: Claim): ClaimRow {
  const ev = c.evidence;
  return {
    type: 'claim',
    id: c.id,
    subject: c.subject,
    predicate: c.predicate,
    object: c.object,
    ...(c.about ? { about: c.about } : {}),
    modality: c.modality,
    confidence: c.confidence,
    ...(c.cameo ? { cameo: c.cameo } : {}),
    ...(c.plover ? { plover: c.plover } : {}),
    ...(c.claimedBy ? { claimedBy: c.claimedBy } : {}),
    ...(c.time ? { time: c.time } : {}),
    ...(ev
      ? {
          evidence: {
            doc: ev.doc,
            docId: ev.docId,
            ...(ev.sentence !== undefined ? { sentence: ev.sentence } : {}),
            ...(ev.line !== undefined ? { line: ev.line } : {}),
            ...(ev.start !== undefined ? { start: ev.start, end: ev.end } : {}),
            ...(ev.text !== undefined ? { text: ev.text } : {}),
            ...(ev.triggers?.length ? { triggers: ev.triggers } : {}),
          },
        }
      : {}),
    source: c.source,
    ...(c.attrs && Object.keys(c.attrs).length ? { attrs: c.attrs } : {}),
  };
}

/** Rows as JSON Lines: one JSON object per line, each line ending in "\n". */
export function toJsonl(rows: object[]): string {
  return rows.map((r) => JSON.stringify(r) + '\n').join('');
}
