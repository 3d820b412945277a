// What the extractor knows about one document while it reads it: the resolver that decides identity, the
// entities used so far (each emitted once), and recent mentions for "the consortium", "the attack", "its".
import { Resolver, entityId, hashId, roleEntity, slug } from '@geokg/core';
import type { Entity, Ontology, Reference, Registry } from '@geokg/core';
import type { RoleWords } from './roles.ts';
import type { Mention } from './types.ts';

interface Recent {
  entity: Entity;
  sentence: number;
}

const RECENT_LIMIT = 64;
/** How many sentences back "He" may reach for a subject (news rarely carries a pronoun further). */
const TOPIC_REACH = 3;

export class DocState {
  readonly resolver: Resolver;
  readonly ontology: Ontology;
  /** First 8 hex digits of the document hash: the scope of ids for unnamed things. */
  readonly scope: string;
  /** The document's date (set from the article's own metadata when it gives one). */
  date: string | undefined;
  /** Aliases seen in this document, by entity id (the Kazakhstani Foreign Ministry → Foreign Ministry). */
  readonly aliases = new Map<string, Set<string>>();
  /** Acronyms the document defined ("Lashkar-e-Taiba (LeT)"), as written → the entity they name. */
  readonly acronyms = new Map<string, Entity>();
  private readonly recent: Recent[] = [];
  /** The titles each person was named with in this document ("president", "foreign minister"), by id. */
  private readonly titles = new Map<string, Set<string>>();
  /** Subjects of the recent sentences' first clauses (docs/extraction.md, pronouns), latest last. */
  private readonly topics: { sentence: number; entity: Entity | undefined }[] = [];
  /** People this document named in full, by surname as written ("Rumsfeld" → Donald Rumsfeld), latest. */
  readonly surnames = new Map<string, Entity>();
  /** Sentences of this document so far that named each state (ISO-3), in the order states came in. */
  private readonly stateSentences = new Map<string, number>();

  constructor(
    registry: Registry,
    docHash: string,
    date?: string,
    readonly roles: RoleWords = new Map(),
  ) {
    this.resolver = new Resolver(registry);
    this.ontology = registry.ontology;
    this.scope = docHash.slice(0, 8);
    this.date = date;
  }

  /**
   * The actor a CAMEO role makes in a country (core's roleEntity): the state for GOV, else the role actor
   * (`org:tur:military`), taken from the registry when it is known there (with its names).
   */
  roleActor(code: string, country: string): Entity | undefined {
    const e = roleEntity(code, country, this.resolver.registry);
    if (!e) return undefined;
    return this.byId(e.id) ?? this.resolver.declare(e);
  }

  /**
   * A people that lives in several states (peoples.yaml: a `role` such as KUR and no `country`) as it
   * acts in one: `group:irq:kurds`, "Iraq Kurds", with that country. Undefined for anything else.
   */
  peopleIn(e: Entity, country: string): Entity | undefined {
    if (e.kind !== 'Group' || typeof e.props.role !== 'string' || e.props.country !== undefined)
      return undefined;
    const state = this.byId(`state:${country}`);
    if (!state) return undefined;
    const id = entityId(this.ontology.kind('Group').idPrefix, e.name, country);
    return (
      this.byId(id) ??
      this.resolver.declare({
        id,
        kind: 'Group',
        name: `${state.name} ${e.name}`,
        aliases: [],
        props: { country, role: e.props.role },
      })
    );
  }

  /**
   * The story's state (docs/extraction.md, "Country from context"): the state named in the most sentences
   * of this document so far; on a tie, the one named first. Never a state of another document.
   */
  storyCountry(): string | undefined {
    let best: string | undefined;
    let n = 0;
    for (const [iso, count] of this.stateSentences) if (count > n) [best, n] = [iso, count];
    return best;
  }

  /** Counts the states a sentence named, once each, for storyCountry. */
  noteStates(isos: Iterable<string>): void {
    for (const iso of new Set(isos)) this.stateSentences.set(iso, (this.stateSentences.get(iso) ?? 0) + 1);
  }

  /** An entity of the registry by id (the resolver returns it unchanged). */
  byId(id: string): Entity | undefined {
    const r = this.resolver.resolve({ id });
    return r.ok ? r.entity : undefined;
  }

  /** A named entity: from the registry when known there, else new with an id from kind, country and name. */
  named(ref: Reference): Entity | undefined {
    const r = this.resolver.resolve({ ...ref, ...(this.date ? { date: this.date } : {}) });
    return r.ok ? r.entity : undefined;
  }

  /** An unnamed thing ("a key pumping station"): its id is scoped to this document and derived from its name. */
  unnamed(kind: string, name: string, country?: string): Entity | undefined {
    // A phrase that is in fact a known name ("the Caspian Pipeline Consortium") is that entity.
    const known = this.resolver.registry.resolve(name, {
      kinds: [kind],
      ...(country ? { country } : {}),
      ...(this.date ? { date: this.date } : {}),
    });
    if (known) return known;
    const prefix = this.ontology.kind(kind).idPrefix;
    const id = `${prefix}:${this.scope}:${slug(name) || hashId(name)}`;
    const r = this.resolver.resolve({ id, kind, name, ...(country ? { country } : {}) });
    return r.ok ? r.entity : undefined;
  }

  /** A named thing with an explicit id (a border between two states). */
  withId(id: string, kind: string, name: string): Entity | undefined {
    const r = this.resolver.resolve({ id, kind, name });
    return r.ok ? r.entity : undefined;
  }

  addAlias(e: Entity, text: string): void {
    if (text === e.name) return;
    const set = this.aliases.get(e.id) ?? new Set();
    set.add(text);
    this.aliases.set(e.id, set);
  }

  /** Records the sentence's mentions, in order, for later references. */
  remember(mentions: Mention[], sentence: number): void {
    for (const m of mentions) {
      if (m.quantified || m.role === 'speaker') continue;
      this.recent.push({ entity: m.entity, sentence });
    }
    if (this.recent.length > RECENT_LIMIT) this.recent.splice(0, this.recent.length - RECENT_LIMIT);
  }

  /**
   * The latest entity of one of the kinds, looking first at the mentions before `pending` (this sentence's
   * so far, nearest last) and then at earlier sentences. Undefined when none is in reach.
   */
  latest(kinds: string[], pending: Mention[] = [], exclude?: (e: Entity) => boolean): Entity | undefined {
    for (let i = pending.length - 1; i >= 0; i--) {
      const m = pending[i]!;
      if (!m.quantified && m.role !== 'speaker' && this.fits(m.entity, kinds, exclude)) return m.entity;
    }
    for (let i = this.recent.length - 1; i >= 0; i--)
      if (this.fits(this.recent[i]!.entity, kinds, exclude)) return this.recent[i]!.entity;
    return undefined;
  }

  /** Records the subject of a sentence's first clause (undefined: none found), for "He …" after it. */
  noteTopic(sentence: number, entity: Entity | undefined): void {
    this.topics.push({ sentence, entity });
    if (this.topics.length > TOPIC_REACH) this.topics.shift();
  }

  /**
   * "He"/"She" opening a sentence continues the previous sentence's subject when that is a person, never a
   * person it named in another role (an object, a possessor); when it had another subject and named
   * people only in other roles, the reference is unsure and resolves to nobody. When it named no person,
   * the subject of the latest sentence within reach whose subject was a person ("Rumsfeld met Ivanov. The
   * talks lasted an hour. He said …" is Rumsfeld); with none, only a person named alone in that reach,
   * never the latest of several named in any role.
   */
  continuing(sentence: number, kinds: string[]): Entity | undefined {
    const last = this.topics[this.topics.length - 1];
    const prev = last?.sentence === sentence - 1 ? last.entity : undefined;
    if (prev && this.fits(prev, kinds)) return prev;
    const people = new Set<string>();
    for (const r of this.recent)
      if (r.sentence === sentence - 1 && this.fits(r.entity, kinds)) people.add(r.entity.id);
    if (people.size === 0) {
      for (let i = this.topics.length - 1; i >= 0; i--) {
        const t = this.topics[i]!;
        if (t.sentence < sentence - TOPIC_REACH) break;
        if (t.entity && this.fits(t.entity, kinds)) return t.entity;
      }
      const near = new Set<string>();
      for (const r of this.recent)
        if (r.sentence >= sentence - TOPIC_REACH && this.fits(r.entity, kinds)) near.add(r.entity.id);
      return near.size === 1 ? this.latest(kinds) : undefined;
    }
    return !prev && people.size === 1 ? this.latest(kinds) : undefined;
  }

  /** Records that the document named person e with a title ("President Bush", "Sarkozy, the president"). */
  holdTitle(e: Entity, title: string): void {
    const set = this.titles.get(e.id) ?? new Set();
    set.add(title);
    this.titles.set(e.id, set);
  }

  /**
   * The person "the <title>" refers to: the latest one named with that title in this document (of that
   * state, when the phrase names one: "the Ivorian leader"), looking first at this sentence's mentions.
   */
  holder(title: string, iso: string | undefined, pending: Mention[]): Entity | undefined {
    return this.latest(['Person'], pending, (e) => {
      if (iso !== undefined && e.props.country !== iso) return true;
      const held = this.titles.get(e.id);
      return !held || ![...held].some((h) => titleFits(h, title));
    });
  }

  private fits(e: Entity, kinds: string[], exclude?: (e: Entity) => boolean): boolean {
    return kinds.some((k) => this.ontology.isA(e.kind, k)) && !(exclude && exclude(e));
  }
}

/** The id of a border between two states, the same whichever is named first. */
export function borderId(a: string, b: string): string {
  return entityId('place', [a, b].sort().join(' ') + ' border');
}

/** Titles that make their holder "the leader" of a state or movement. */
const LEADERS = new Set([
  'president',
  'prime minister',
  'premier',
  'chancellor',
  'king',
  'queen',
  'emir',
  'sultan',
]);

/**
 * Whether a person named with title `held` is "the <title>": the same title, or one ending in it ("foreign
 * minister" is "the minister"), unless it is a deputy's; a head of state or government is "the leader".
 */
export function titleFits(held: string, title: string): boolean {
  if (/^(deputy|vice|assistant|former|acting) /.test(held)) return false;
  if (held === title || held.endsWith(` ${title}`)) return true;
  return title === 'leader' && [...LEADERS].some((l) => held === l || held.endsWith(` ${l}`));
}
