// The resolver decides identity, and nothing else does: a reference (an id, or a name with an optional kind
// and country) becomes one entity - from the registry when it is known there, else a new one whose id is
// derived from kind, country and name, so that the same new name read twice gets the same node.
import { entityId, idProblem } from '../model/ids.ts';
import type { Entity } from '../model/entity.ts';
import { Registry } from '../registry/registry.ts';
import type { Alias } from '../registry/registry.ts';

/** A reference to look up; a field left undefined is not given. */
export interface Reference {
  id?: string | undefined;
  name?: string | undefined;
  kind?: string | undefined;
  country?: string | undefined;
  /** ISO date the reference is made on, for date-bounded names. */
  date?: string | undefined;
}

export type Resolution = { ok: true; entity: Entity; created: boolean } | { ok: false; message: string };

export class Resolver {
  readonly registry: Registry;
  /** Entities this resolver created or was told of, found by id and by name before the registry. */
  private readonly local: Registry;

  constructor(registry: Registry) {
    this.registry = registry;
    this.local = new Registry(registry.ontology);
  }

  resolve(ref: Reference): Resolution {
    const ontology = this.registry.ontology;
    if (ref.kind !== undefined && !ontology.hasKind(ref.kind)) {
      return {
        ok: false,
        message: `unknown kind "${ref.kind}" (known: ${ontology.concreteKinds().join(', ')})`,
      };
    }
    if (ref.kind !== undefined && ontology.kind(ref.kind).abstract) {
      return { ok: false, message: `kind "${ref.kind}" is abstract; use one of its sub-kinds` };
    }
    if (ref.id !== undefined) {
      const known = this.local.get(ref.id) ?? this.registry.get(ref.id);
      if (known) return { ok: true, entity: known, created: false };
      if (!ref.kind || !ref.name)
        return { ok: false, message: `unknown id "${ref.id}"; give its kind and name to create it` };
      return this.create(ref.id, ref.kind, ref.name, ref.country);
    }
    if (!ref.name) return { ok: false, message: 'a reference needs an id or a name' };
    const opts = {
      ...(ref.date ? { date: ref.date } : {}),
      ...(ref.kind ? { kinds: [ref.kind] } : {}),
      ...(ref.country ? { country: ref.country } : {}),
    };
    // Names from this input and from the registry together: a name both use for different things is ambiguous.
    const hits = [...this.local.lookup(ref.name, opts), ...this.registry.lookup(ref.name, opts)];
    const ids = [...new Set(hits.map((h) => h.entity.id))];
    if (ids.length === 1) return { ok: true, entity: hits[0]!.entity, created: false };
    if (ids.length > 1) {
      return {
        ok: false,
        message: `"${ref.name}" is ambiguous: ${ids.join(', ')}; use an id, a kind or a country`,
      };
    }
    if (!ref.kind)
      return {
        ok: false,
        message: `unknown entity "${ref.name}"; declare it under entities or give its kind`,
      };
    const id = entityId(ontology.kind(ref.kind).idPrefix, ref.name, ref.country);
    const clash = this.local.get(id) ?? this.registry.get(id);
    if (clash) {
      // Same derived id: the same thing if the kinds agree, else say why they are two things.
      if (ontology.moreSpecific(clash.kind, ref.kind)) return { ok: true, entity: clash, created: false };
      return {
        ok: false,
        message: `"${ref.name}" as ${ref.kind} clashes with ${clash.id} (${clash.kind}); give it an id`,
      };
    }
    return this.create(id, ref.kind, ref.name, ref.country);
  }

  private create(id: string, kind: string, name: string, country?: string): Resolution {
    const problem = idProblem(id, kind, this.registry.ontology.kind(kind).idPrefix);
    if (problem) return { ok: false, message: problem };
    const entity: Entity = { id, kind, name, aliases: [], props: country ? { country } : {} };
    this.local.add(entity);
    return { ok: true, entity, created: true };
  }

  /** Makes an entity declared in an input (a fact file's entities) known to later references in it. */
  declare(entity: Entity, aliases: Alias[] = []): Entity {
    const problem = idProblem(entity.id, entity.kind, this.registry.ontology.kind(entity.kind).idPrefix);
    if (problem) throw new Error(problem);
    return this.local.add(entity, aliases);
  }

  /** Entities created or declared through this resolver, for the caller to add to the graph. */
  localEntities(): Entity[] {
    return [...this.local.all()];
  }
}
