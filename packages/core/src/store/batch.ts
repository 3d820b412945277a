// What every reader hands the store: entities and claims. Entities a claim names that the registry
// knows are written in full (names, aliases, codes), so the stored graph can be read without the registry.
import { mergeEntity } from '../model/merge.ts';
import type { Claim } from '../model/claim.ts';
import type { Entity } from '../model/entity.ts';
import type { Registry } from '../registry/registry.ts';
import type { StoreWriter } from './writer.ts';

export interface Batch {
  entities: Iterable<Entity>;
  claims: Iterable<Claim>;
}

export function writeBatch(writer: StoreWriter, registry: Registry, batch: Batch): void {
  for (const e of batch.entities) {
    // A declaration of a registry entity adds to it (more aliases, properties); it never replaces it.
    const known = registry.get(e.id);
    writer.addEntity(known && known !== e ? mergeEntity(known, e, registry.ontology) : e);
  }
  for (const c of batch.claims) {
    if (writer.hasClaim(c.id)) {
      writer.addClaim(c);
      continue;
    }
    for (const ref of [c.subject, c.object, c.about, c.claimedBy]) {
      const known = ref && registry.get(ref.id);
      if (known) writer.addEntity(known);
    }
    writer.addClaim(c);
  }
}
