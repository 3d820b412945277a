// GDELT actor codes → entities, through the same registry and resolver as every other reader: RUS is
// state:RUS, KAZGOV the state itself and KAZMIL the role actor org:kaz:military (see roles.ts), IGOEUREEC the registry's European
// Union, MNCUSA + "GOOGLE" the Company Google; codes no table knows stay as Groups of their own.
import type { Entity } from '../../model/entity.ts';
import { entityId } from '../../model/ids.ts';
import type { Registry } from '../../registry/registry.ts';
import type { Resolver } from '../../resolve/resolver.ts';
import type { Reference } from '../../resolve/resolver.ts';
import { parseActorCode } from './code.ts';
import type { ActorCode } from './code.ts';
import { capitalise, roleEntity, scopeName } from './roles.ts';
import { own, titleCase } from './strings.ts';
import type { CameoTables } from './tables.ts';

export class ActorResolver {
  private readonly cache = new Map<string, Entity>();

  constructor(
    private readonly registry: Registry,
    private readonly resolver: Resolver,
    private readonly tables: CameoTables,
  ) {}

  /** The entity for an actor code (and the name GDELT matched, used for companies and unknown codes). */
  resolve(code: string, name: string): { entity: Entity; created: boolean } {
    // Companies are told apart by name (MNCUSA is Google and Netflix alike), everything else by code.
    const key = code.includes('MNC') ? `${code}\t${name}` : code;
    const known = this.cache.get(key);
    if (known) return { entity: known, created: false };
    const entity = this.make(code, name, parseActorCode(code, this.tables));
    this.cache.set(own(key), entity);
    return { entity, created: true };
  }

  private make(code: string, name: string, c: ActorCode): Entity {
    if (c.known) {
      const seg = this.tables.segments.get(c.known)!;
      return (
        this.byName({ name: seg.label, kind: seg.kind }) ??
        this.fallback(code, seg.label, seg.kind, c.country)
      );
    }
    if (c.org === 'MNC' && name) {
      const company = titleCase(name);
      return (
        this.byName({ name: company, kind: 'Company', country: c.country || undefined }) ??
        this.fallback(code, company, 'Company', c.country)
      );
    }
    const scope = c.country ?? c.region ?? c.ethnic;
    const primary = c.org ?? c.roles[0];
    if (primary) return this.byId(roleEntity(primary, scope ?? c.religion, this.registry, this.tables)!);
    if (c.religion) return this.byId(roleLike(c.religion, scope, this.registry, this.tables));
    if (c.country && !c.region && !c.ethnic && !c.unknown.length) return this.country(c.country);
    if (c.region && !c.ethnic && !c.unknown.length) {
      const region = this.tables.segments.get(c.region)!.label;
      return this.byId(group(entityId('group', region), region));
    }
    const label = name ? titleCase(name) : code;
    return this.byId({
      ...group(entityId('group', code, c.country), label),
      props: { role: code, ...countryProp(c.country, this.tables) },
    });
  }

  private country(iso3: string): Entity {
    const state = this.registry.get(`state:${iso3}`);
    if (state) return state;
    // A territory or state outside the UN (TWN, HKG): an actor, but not a State node.
    const name = this.tables.countries.get(iso3) ?? iso3;
    return this.byId({ ...group(entityId('group', name), name), props: { country: iso3 } });
  }

  private byName(ref: Reference): Entity | undefined {
    const r = this.resolver.resolve(ref);
    return r.ok ? r.entity : undefined;
  }

  /** An entity whose id this reader works out: the one the resolver knows, else this one, made known to it. */
  private byId(e: Entity): Entity {
    const r = this.resolver.resolve({ id: e.id });
    return r.ok ? r.entity : this.resolver.declare(e);
  }

  /** A named organisation the resolver could not place (ambiguous, or its name clashes with another kind). */
  private fallback(code: string, name: string, kind: string, country?: string): Entity {
    const prefix = this.registry.ontology.kind(kind).idPrefix;
    return this.byId({
      id: entityId(prefix, `${name} ${code}`, country),
      kind,
      name,
      aliases: [],
      props: countryProp(country, this.tables),
    });
  }
}

const group = (id: string, name: string): Entity => ({ id, kind: 'Group', name, aliases: [], props: {} });

const countryProp = (iso3: string | undefined, tables: CameoTables): Record<string, string> =>
  iso3 && tables.countries.has(iso3) ? { country: iso3 } : {};

/** A religion's adherents as a group, in a scope: CHR → "Christians", USACHR → "United States Christians". */
function roleLike(code: string, scope: string | undefined, registry: Registry, tables: CameoTables): Entity {
  const label = tables.segments.get(code)!.label;
  return {
    id: entityId('group', label, scope),
    kind: 'Group',
    name: scope ? `${scopeName(scope, registry, tables)} ${label}` : capitalise(label),
    aliases: [],
    props: { role: code, ...countryProp(scope, tables) },
  };
}
