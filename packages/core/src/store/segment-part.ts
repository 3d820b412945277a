// What some segments add, read from those segments alone: an incremental push's input when the database
// can supply the rest (the nodes and edge aggregates of earlier pushes). An entity record the writer writes
// for a known id is the whole merged entity (writer.ts, addEntity), so the new segments' records of an id,
// merged in order, are its complete state; claims name other entities by id only, and those are the ones
// an earlier push sent. Memory and time in proportion to the new segments, whatever the store's size.
import type { Claim } from '../model/claim.ts';
import type { Entity, EntityRef } from '../model/entity.ts';
import { refOf } from '../model/entity.ts';
import { mergeEntity } from '../model/merge.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { claimColumns, decodeClaim } from './claim-line.ts';
import type { SegmentInfo } from './format.ts';
import type { StoreReader } from './reader.ts';

export interface SegmentPart {
  /** Every entity the segments hold a record of, records merged: its whole state. */
  entities: Map<string, Entity>;
  /** Ids the segments' claims name (ends, about, claimedBy) that they hold no record of. */
  named: Set<string>;
  /** Evidence documents of the claims that the segments hold no record of (the store may hold none). */
  documents: Set<string>;
  /** The ids of the segments' claims. */
  claimIds: string[];
  /** The segments' claims in commit order; `ref` gives the entities of `named` (from where they were sent). */
  claims(ref: (id: string) => EntityRef): Claim[];
}

export async function segmentPart(
  store: StoreReader,
  segments: readonly SegmentInfo[],
  ontology: Ontology,
): Promise<SegmentPart> {
  const entities = new Map<string, Entity>();
  for await (const e of store.entities([...segments])) {
    const prev = entities.get(e.id);
    entities.set(e.id, prev ? mergeEntity(prev, e, ontology) : e);
  }
  const lines: { version: number; line: string }[] = [];
  const claimIds: string[] = [];
  const named = new Set<string>();
  const documents = new Set<string>();
  const name = (id: string | undefined, into = named): void => {
    if (id && !entities.has(id)) into.add(id);
  };
  for await (const { version, lines: chunk } of store.lines('claims', [...segments])) {
    for (const line of chunk) {
      lines.push({ version, line });
      if (version === 1) {
        const c = JSON.parse(line) as Claim;
        claimIds.push(c.id);
        for (const r of [c.subject, c.object, c.about, c.claimedBy]) name(r?.id);
        name(c.evidence?.docId, documents);
        continue;
      }
      const c = claimColumns(line);
      claimIds.push(c.id);
      for (const id of [c.subject, c.object, c.about, c.claimedBy]) name(id);
      // The evidence document is in the JSON rest; only its id is needed, so only this line's rest is parsed.
      name((JSON.parse(line.slice(c.rest)) as Pick<Claim, 'evidence'>).evidence?.docId, documents);
    }
  }
  return {
    entities,
    named,
    documents,
    claimIds,
    claims(ref) {
      const refs = new Map<string, EntityRef>();
      const lookup = (id: string): EntityRef => {
        let r = refs.get(id);
        if (!r) {
          const e = entities.get(id);
          refs.set(id, (r = e ? refOf(e) : ref(id)));
        }
        return r;
      };
      return lines.map(({ version, line }) =>
        version === 1 ? (JSON.parse(line) as Claim) : decodeClaim(line, lookup),
      );
    },
  };
}
