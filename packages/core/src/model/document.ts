// The Document entity every reader makes for what it read (an article, a fact file, a GDELT row's source
// URL), and the neo4j package for an evidence document the store lacks: one shape, so that the same source
// read by two readers is one node with the same properties.
import type { Entity } from './entity.ts';

/** The document id geokg gives an input: `doc:` and the hash of its content, or of its URL. */
export const documentId = (hash: string): string => `doc:${hash}`;

/**
 * The Document read from `source`, a path or a URL as given: named by it (a title, when known, replaces the
 * name later), with `url` when it is an http(s) URL and `path` otherwise (the ontology's Document).
 */
export function documentEntity(id: string, source: string): Entity {
  return {
    id,
    kind: 'Document',
    name: source,
    aliases: [],
    props: /^https?:\/\//.test(source) ? { url: source } : { path: source },
  };
}
