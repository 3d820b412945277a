// The actor registry: every known entity and every name it goes by, some names valid only between dates
// (Nur-Sultan named Kazakhstan's capital from 2019 to 2022). Lookups return candidates; the resolver picks.
import { dateInRange } from '../model/dates.ts';
import type { Entity } from '../model/entity.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { mergeEntity } from '../model/merge.ts';
import { nameKey } from './normalize.ts';

/** How a name refers to its entity; a capital stands for its state's government (metonymy). */
export type AliasType =
  'name' | 'official' | 'alternative' | 'demonym' | 'capital' | 'abbreviation' | 'former';

export interface Alias {
  text: string;
  type: AliasType;
  /** ISO dates, inclusive; either may be open. */
  validFrom?: string;
  validTo?: string;
}

export interface AliasHit {
  entity: Entity;
  alias: Alias;
}

export interface LookupOptions {
  /** Only names valid on this ISO date (undated names are always valid). */
  date?: string;
  /** Only entities of one of these kinds or their sub-kinds. */
  kinds?: string[];
  /** Only entities of this country (ISO-3), or states with this code. */
  country?: string;
}

export class Registry {
  readonly ontology: Ontology;
  private readonly byId = new Map<string, Entity>();
  private readonly index = new Map<string, { id: string; alias: Alias }[]>();

  constructor(ontology: Ontology) {
    this.ontology = ontology;
  }

  get size(): number {
    return this.byId.size;
  }

  /** Grows with every name indexed: a gazetteer built from this registry is stale when it differs. */
  get revision(): number {
    return this.revisions;
  }
  private revisions = 0;

  /** Adds an entity (merging into an existing one with its id) and indexes its names. */
  add(entity: Entity, aliases: Alias[] = []): Entity {
    const prev = this.byId.get(entity.id);
    // A copy: the caller's entity is not ours to change (it may be added to another registry next).
    const e = prev ? mergeEntity(prev, entity, this.ontology) : { ...entity, aliases: [...entity.aliases] };
    this.byId.set(e.id, e);
    // A name given both as plain text and as a typed (maybe date-bounded) alias is indexed only as the latter,
    // else "Nur-Sultan" would also stand undated for Kazakhstan.
    const typed = new Set(aliases.map((a) => nameKey(a.text)));
    const names: Alias[] = [
      { text: entity.name, type: 'name' },
      ...entity.aliases
        .filter((text) => !typed.has(nameKey(text)))
        .map((text): Alias => ({ text, type: 'alternative' })),
      ...aliases,
    ];
    for (const alias of names) this.indexAlias(e.id, alias);
    if (aliases.length)
      e.aliases = [...new Set([...e.aliases, ...aliases.map((a) => a.text)])].filter((a) => a !== e.name);
    return e;
  }

  /** Adds an entity that is found by id only: its names are not indexed (see lendsNames). */
  addById(entity: Entity): Entity {
    const prev = this.byId.get(entity.id);
    const e = prev ? mergeEntity(prev, entity, this.ontology) : { ...entity, aliases: [...entity.aliases] };
    this.byId.set(e.id, e);
    return e;
  }

  private indexAlias(id: string, alias: Alias): void {
    const key = nameKey(alias.text);
    if (!key) return;
    let list = this.index.get(key) ?? [];
    const mine = list.filter((x) => x.id === id);
    // A plain alternative adds nothing to a name this entity already has (and must not undo a date bound);
    // a typed or dated alias replaces a plain one.
    if (alias.type === 'alternative' && mine.length) return;
    if (mine.some((x) => x.alias.type === alias.type && x.alias.validFrom === alias.validFrom)) return;
    list = list.filter((x) => !(x.id === id && x.alias.type === 'alternative'));
    list.push({ id, alias });
    this.index.set(key, list);
    this.revisions++;
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  all(): IterableIterator<Entity> {
    return this.byId.values();
  }

  /** Every indexed name key, for building gazetteers. */
  keys(): IterableIterator<string> {
    return this.index.keys();
  }

  /** All entities a name may refer to under the options, each with the alias that matched. */
  lookup(text: string, opts: LookupOptions = {}): AliasHit[] {
    return this.lookupKey(nameKey(text), opts);
  }

  /** As lookup, for a name already folded by nameKey (a gazetteer has the key at hand). */
  lookupKey(key: string, opts: LookupOptions = {}): AliasHit[] {
    const hits = this.index.get(key);
    if (!hits) return [];
    const out: AliasHit[] = [];
    for (const { id, alias } of hits) {
      if (!validOn(alias, opts.date)) continue;
      const entity = this.byId.get(id)!;
      if (opts.kinds && !opts.kinds.some((k) => this.ontology.isA(entity.kind, k))) continue;
      if (opts.country && entity.props.country !== opts.country && entity.props.iso3 !== opts.country)
        continue;
      out.push({ entity, alias });
    }
    return out;
  }

  /** The one entity a name refers to, or undefined when it is unknown or ambiguous under the options. */
  resolve(text: string, opts: LookupOptions = {}): Entity | undefined {
    const ids = new Set(this.lookup(text, opts).map((h) => h.entity.id));
    return ids.size === 1 ? this.byId.get([...ids][0]!) : undefined;
  }
}

/** A partial date (YYYY or YYYY-MM) stands for its whole year or month: valid if any day of it is. */
function validOn(alias: Alias, date: string | undefined): boolean {
  if (!date) return true;
  return dateInRange(date, alias.validFrom, alias.validTo);
}
