// One checked GDELT row → the claims and new entities it adds. Holds what a whole import has already seen
// (actors, places, pooled events, documents), so each entity is handed on once however many rows name it.
import type { Claim } from '../../model/claim.ts';
import type { Entity, EntityRef } from '../../model/entity.ts';
import { refOf } from '../../model/entity.ts';
import { documentEntity, documentId } from '../../model/document.ts';
import { hashId } from '../../model/ids.ts';
import type { EdgeKind } from '../../ontology/types.ts';
import type { Registry } from '../../registry/registry.ts';
import { Resolver } from '../../resolve/resolver.ts';
import { ActorResolver } from './actors.ts';
import { COL } from '../row/columns.ts';
import { gdeltConfidence } from './confidence.ts';
import { EventPool } from './events.ts';
import { PlaceResolver } from './places.ts';
import { isoDate, isoTimestamp } from '../row/row.ts';
import { RecentMap } from './cache.ts';
import { own } from './strings.ts';
import { cameoTables } from './tables.ts';
import type { CameoTables } from './tables.ts';

export interface GdeltBatch {
  entities: Entity[];
  claims: Claim[];
}

/** A function of a string, remembered: a file has a few dates and event codes, repeated on every row. */
function memo<T>(fn: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    if (seen.has(s)) return seen.get(s)!;
    const v = fn(s);
    seen.set(own(s), v);
    return v;
  };
}

export class GdeltMapper {
  readonly registry: Registry;
  readonly resolver: Resolver;
  private readonly actors: ActorResolver;
  private readonly places: PlaceResolver;
  private readonly events: EventPool;
  private readonly refs = new Map<string, EntityRef>();
  private readonly emitted = new Set<string>();
  private readonly docs = new RecentMap<string, string>(100_000);
  private lastUrl = '';
  private lastDocId = '';

  constructor(
    registry: Registry,
    tables: CameoTables = cameoTables(),
    resolver: Resolver = new Resolver(registry),
  ) {
    this.registry = registry;
    this.resolver = resolver;
    this.actors = new ActorResolver(registry, resolver, tables);
    this.places = new PlaceResolver(registry, resolver, tables);
    this.events = new EventPool(tables);
  }

  /** The interaction edge for a CAMEO event code (longest prefix wins). */
  readonly edgeFor = memo((code: string): EdgeKind | undefined => this.registry.ontology.edgeForCameo(code));
  readonly dateOf = memo(isoDate);
  private readonly timestampOf = memo(isoTimestamp);

  private ref(e: Entity): EntityRef {
    let r = this.refs.get(e.id);
    if (!r) this.refs.set(e.id, (r = refOf(e)));
    return r;
  }

  /**
   * Hands on a registry entity a claim names (the State a place lies in) the first time: the batch carries
   * every entity its claims name, so worker threads need not ask which ones the store has.
   */
  private emitRegistryEntity(id: string, out: GdeltBatch): void {
    if (this.emitted.has(id)) return;
    const e = this.registry.get(id);
    if (!e) return;
    this.emitted.add(id);
    out.entities.push(e);
  }

  private actor(code: string, name: string, out: GdeltBatch): EntityRef | undefined {
    if (!code) return undefined;
    const { entity, created } = this.actors.resolve(code, name);
    if (created) out.entities.push(entity);
    return this.ref(entity);
  }

  private docId(url: string, out: GdeltBatch): string {
    // Rows of one article sit together: most rows have the URL of the row before.
    if (url === this.lastUrl) return this.lastDocId;
    let id = this.docs.get(url);
    if (!id) {
      const doc = own(url);
      id = documentId(hashId(doc));
      this.docs.set(doc, id);
      out.entities.push(documentEntity(id, doc));
    }
    this.lastUrl = url;
    this.lastDocId = id;
    return id;
  }

  /** Maps a row checked by checkRow. Returns false for a row with neither actor, which says nothing to keep. */
  map(f: readonly string[], line: number, file: string, out: GdeltBatch): boolean {
    const a1 = this.actor(f[COL.Actor1Code]!, f[COL.Actor1Name]!, out);
    const a2 = this.actor(f[COL.Actor2Code]!, f[COL.Actor2Name]!, out);
    if (!a1 && !a2) return false;
    const date = this.dateOf(f[COL.SQLDATE]!)!;
    const code = f[COL.EventCode]!;
    const edge = this.edgeFor(code)!;
    const url = f[COL.SOURCEURL]! || file;
    // Every claim names the row it came from, the structural ones (a place in its state) included.
    const evidence = { docId: this.docId(url, out), doc: url, line };
    const hit = this.places.resolveRow(f);
    if (hit?.created) {
      out.entities.push(hit.created.entity);
      for (const c of hit.created.claims) {
        this.emitRegistryEntity(c.object.id, out);
        out.claims.push({ ...c, evidence });
      }
    }
    const reported = this.timestampOf(f[COL.DATEADDED]!);
    const sources = Number(f[COL.NumSources]);
    const attrs: Record<string, string | number> = {
      GLOBALEVENTID: f[COL.GLOBALEVENTID]!,
      GoldsteinScale: Number(f[COL.GoldsteinScale]),
      NumMentions: Number(f[COL.NumMentions]),
      NumSources: sources,
      NumArticles: Number(f[COL.NumArticles]),
      AvgTone: Number(f[COL.AvgTone]),
      IsRootEvent: Number(f[COL.IsRootEvent]),
    };
    if (a1) attrs.Actor1Code = f[COL.Actor1Code]!;
    if (a2) attrs.Actor2Code = f[COL.Actor2Code]!;
    if (hit) attrs.ActionGeo = hit.place.id;
    let subject: EntityRef;
    let predicate: string;
    let object: EntityRef;
    if (a1 && a2) {
      subject = a1;
      predicate = edge.name;
      object = a2;
    } else {
      // One actor: the row is about an event - pooled per day, root code and place - done by or to the actor.
      const actor = (a1 ?? a2)!;
      const ev = this.events.resolve(date, f[COL.EventRootCode]! || code.slice(0, 2), hit?.place, actor.id);
      if (ev.created) {
        out.entities.push(ev.created.entity);
        for (const c of ev.created.claims) out.claims.push({ ...c, evidence });
      }
      attrs.interaction = edge.name;
      subject = ev.ref;
      predicate = a1 ? 'attributed-to' : 'targets';
      object = actor;
    }
    out.claims.push({
      // GLOBALEVENTID identifies a GDELT event: the same event imported twice, from any file, is one claim.
      id: `claim:gdelt:${f[COL.GLOBALEVENTID]}`,
      subject,
      predicate,
      object,
      modality: 'asserted',
      confidence: gdeltConfidence(sources),
      time: reported ? { occurred: date, reported } : { occurred: date },
      cameo: code,
      ...(edge.plover ? { plover: edge.plover } : {}),
      evidence,
      source: 'gdelt',
      attrs,
    });
    return true;
  }
}
