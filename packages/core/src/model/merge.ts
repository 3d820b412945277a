// Merging two records of one entity: names and aliases pooled, the more specific kind kept.
import type { Entity } from './entity.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { SchemaViolation } from '../ontology/errors.ts';

export function mergeEntity(a: Entity, b: Entity, ontology: Ontology): Entity {
  const kind = ontology.moreSpecific(a.kind, b.kind);
  if (!kind) {
    throw new SchemaViolation(
      `"${a.id}" is a ${a.kind} and cannot also be a ${b.kind}; give the second one its own id`,
    );
  }
  // The first record's name stays (the registry is loaded first), so a later spelling cannot rename it.
  const name = a.name;
  const aliases = [...new Set([...a.aliases, ...b.aliases, a.name, b.name])].filter((n) => n !== name);
  return { id: a.id, kind, name, aliases, props: { ...a.props, ...b.props } };
}
