// Deterministic ids: the same thing read twice, from any input, gets the same id.
import * as crypto from 'node:crypto';

/** Any character beyond ASCII: without one, NFKD and the accent pass change nothing. */
const NON_ASCII = /[\u0080-\uffff]/;

/** Lower-case ASCII slug: "Caspian Pipeline Consortium" → "caspian-pipeline-consortium". */
export function slug(text: string): string {
  return (!NON_ASCII.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Short stable hash of the parts, for claim and document ids. */
export function hashId(...parts: (string | number | undefined)[]): string {
  const text = parts.map((p) => (p === undefined ? '' : String(p))).join('\u241f');
  return sha256Hex(text).slice(0, 20);
}

// One-shot hashing (Node ≥ 20.12) skips the Hash object that createHash builds: every claim and derived id
// is hashed, so it shows in extraction's profile. Same digest either way.
const oneShot = (crypto as { hash?: (algorithm: string, data: string) => string }).hash;
const sha256Hex = (text: string): string =>
  oneShot ? oneShot('sha256', text) : crypto.createHash('sha256').update(text).digest('hex');

/**
 * An entity id from its kind's prefix, its country and its name: `org:caspian-pipeline-consortium`,
 * `org:kaz:foreign-ministry`. States are `state:ISO3`. The country keeps two things with one name apart.
 */
export function entityId(idPrefix: string, name: string, country?: string): string {
  // Derived ids hold no control characters or separators whatever the input held: a code that is not a
  // plain word becomes its slug (or a hash).
  if (idPrefix === 'state')
    return `state:${/^[A-Za-z0-9]+$/.test(name) ? name.toUpperCase() : slug(name) || hashId(name)}`;
  const s = slug(name) || hashId(name);
  const c = country && (slug(country) || hashId(country));
  return c ? `${idPrefix}:${c}:${s}` : `${idPrefix}:${s}`;
}

// Control characters (C0, DEL, C1) and the Unicode line and paragraph separators: an id is one line of
// text everywhere it goes (a store column, a CSV cell, a URL, a Cypher parameter).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * What is wrong with an entity id for a kind whose ids start with `prefix` (the ontology's idPrefix), or
 * undefined when nothing is: every reader's ids pass here (the resolver and the store writer call it).
 */
export function idProblem(id: unknown, kind: string, prefix: string): string | undefined {
  if (typeof id !== 'string' || !id) return 'an id must be a non-empty string';
  // The id is quoted only in a message: quoting every id that passes showed in extraction's profile.
  if (CONTROL.test(id)) return `id ${JSON.stringify(id)} contains a control character (a tab, a line break…)`;
  if (id !== id.trim()) return `id ${JSON.stringify(id)} starts or ends with a space`;
  const colon = id.indexOf(':');
  const head = colon > 0 ? id.slice(0, colon) : '';
  if (head !== prefix || colon === id.length - 1)
    return `id ${JSON.stringify(id)} must be "${prefix}:" and a name: ${prefix} is the id prefix of ${kind}`;
  return undefined;
}
