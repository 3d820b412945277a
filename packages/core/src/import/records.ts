// Fact records and claim rows handed over by a script rather than read from a file: the same checks, with
// problems named `<doc>:<n>` for the n-th record.
import type { ParsedFile, RawRecord } from '../facts/records.ts';
import type { ConcreteNodeKindName, EdgeKindName, NodeKindProperties } from '../generated/kinds.ts';
import type { Modality } from '../model/claim.ts';
import type { ClaimRow, EntityRow } from '../rows/rows.ts';

/** How a fact names an entity: an id, a name, or a mapping that can create it. */
export type EntityReference =
  | string
  | { id: string; name?: string; kind?: ConcreteNodeKindName; country?: string }
  | { name: string; kind?: ConcreteNodeKindName; country?: string };

type AliasRecord = string | { name: string; from?: string; to?: string; type?: string };

/** An entity declaration (docs/fact-files.md, "Entities"), typed by kind: a kind's properties only. */
export type EntityRecord = {
  [K in ConcreteNodeKindName]: { type?: 'entity'; kind: K; id?: string; aliases?: AliasRecord[] } & Omit<
    NodeKindProperties[K],
    'aliases'
  >;
}[ConcreteNodeKindName];

/** A fact (docs/fact-files.md, "Facts"): the predicate is an edge kind of the ontology. */
export interface FactRecord {
  type?: 'fact';
  subject: EntityReference;
  predicate: EdgeKindName;
  object: EntityReference;
  subject_kind?: ConcreteNodeKindName;
  object_kind?: ConcreteNodeKindName;
  subject_country?: string;
  object_country?: string;
  modality?: Modality;
  confidence?: number;
  date?: string;
  reported?: string;
  claimedBy?: EntityReference;
  about?: EntityReference;
  source?: string;
  quote?: string;
  note?: string;
  cameo?: string;
}

/** What `store.import` takes in memory: fact records, or the rows of `extract()` / `geokg export`. */
export type ImportRecord = EntityRecord | FactRecord | EntityRow | ClaimRow;

const typeOf = (r: Record<string, unknown>): 'entity' | 'fact' =>
  r.type === 'entity' || (r.type === undefined && r.predicate === undefined && r.subject === undefined)
    ? 'entity'
    : 'fact';

/** Records as a parsed "file" named `doc`, record n at line n. */
export function parsedRecords(doc: string, records: readonly object[]): ParsedFile {
  const raw: RawRecord[] = records.map((r, i) => {
    const data = { ...(r as Record<string, unknown>) };
    return { type: typeOf(data), line: i + 1, data };
  });
  return { records: raw, problems: [], text: `${doc}\n${JSON.stringify(records)}` };
}
