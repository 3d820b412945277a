// Event nodes for GDELT rows with one actor. A node per row would be a million nodes for a million rows, so
// rows are pooled: one Event per day, CAMEO root code and place ("Protest in Minsk, 2019-10-24"). With no place
// the actor joins the key, so unrelated place-less events are not pooled into one hub.
// Ids are readable and deterministic: event:2019-10-24:14:place:blr:minsk, event:2019-10-24:14:by:state:GBR.
// "by:" keeps an actor's place-less events apart from those placed in it (a State is a place too): which of
// the two came first must not decide whether the event is located anywhere.
import type { Claim } from '../../model/claim.ts';
import type { Entity, EntityRef } from '../../model/entity.ts';
import { refOf } from '../../model/entity.ts';
import { RecentMap } from './cache.ts';
import type { CameoTables } from './tables.ts';

export interface EventHit {
  ref: EntityRef;
  /** Present the first time: the Event entity and its located-in claim. */
  created?: { entity: Entity; claims: Claim[] };
}

export class EventPool {
  private readonly refs = new RecentMap<string, EntityRef>(100_000);

  constructor(private readonly tables: CameoTables) {}

  resolve(date: string, root: string, place: Entity | undefined, actorId: string): EventHit {
    const key = `${date}:${root}:${place ? place.id : `by:${actorId}`}`;
    const known = this.refs.get(key);
    if (known) return { ref: known };
    const r = this.tables.roots.get(root) ?? { kind: 'Event', label: `CAMEO ${root} event` };
    const country = typeof place?.props.iso3 === 'string' ? place.props.iso3 : place?.props.country;
    const entity: Entity = {
      id: `event:${key}`,
      kind: r.kind,
      name: place ? `${r.label} in ${place.name}, ${date}` : `${r.label}, ${date}`,
      aliases: [],
      props: { date, ...(typeof country === 'string' ? { country } : {}) },
    };
    const ref = refOf(entity);
    this.refs.set(key, ref);
    const claims: Claim[] = [];
    if (place) {
      claims.push({
        id: `claim:gdelt:${entity.id}:located-in`,
        subject: ref,
        predicate: 'located-in',
        object: refOf(place),
        modality: 'asserted',
        confidence: 0.9,
        time: { occurred: date },
        source: 'gdelt',
      });
    }
    return { ref, created: { entity, claims } };
  }
}
