// The JSON Lines output contract of `geokg extract` (docs/extraction.md#output): one `entity` row per node
// and one `claim` row per claim. Other tools read this; change it only additively.
import type { Claim, Entity, EntityRef, Ontology } from '@geokg/core';

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
  evidence?: {
    doc: string;
    docId: string;
    sentence?: number;
    start?: number;
    end?: number;
    text?: string;
    triggers?: { start: number; end: number }[];
  };
}

export function entityRow(e: Entity, ontology: Ontology): EntityRow {
  const kinds = ontology.hasKind(e.kind) ? ontology.lineage(e.kind).filter((k) => k !== 'Thing') : [e.kind];
  return { type: 'entity', id: e.id, kind: e.kind, kinds, name: e.name, ...e.props, aliases: e.aliases };
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
            ...(ev.start !== undefined ? { start: ev.start, end: ev.end } : {}),
            ...(ev.text !== undefined ? { text: ev.text } : {}),
            ...(ev.triggers?.length ? { triggers: ev.triggers } : {}),
          },
        }
      : {}),
  };
}

/** Rows as JSON Lines: one JSON object per line, each line ending in "\n". */
export function toJsonl(rows: object[]): string {
  return rows.map((r) => JSON.stringify(r) + '\n').join('');
}
