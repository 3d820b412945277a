// Deterministic ids: the same thing read twice, from any input, gets the same id.
import { createHash } from 'node:crypto';

/** Lower-case ASCII slug: "Caspian Pipeline Consortium" → "caspian-pipeline-consortium". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Short stable hash of the parts, for claim and document ids. */
export function hashId(...parts: (string | number | undefined)[]): string {
  return createHash('sha256')
    .update(parts.map((p) => (p === undefined ? '' : String(p))).join('\u241f'))
    .digest('hex')
    .slice(0, 20);
}

/**
 * An entity id from its kind's prefix, its country and its name: `org:caspian-pipeline-consortium`,
 * `org:kaz:foreign-ministry`. States are `state:ISO3`. The country keeps two things with one name apart.
 */
export function entityId(idPrefix: string, name: string, country?: string): string {
  if (idPrefix === 'state') return `state:${name.toUpperCase()}`;
  const s = slug(name) || hashId(name);
  return country ? `${idPrefix}:${country.toLowerCase()}:${s}` : `${idPrefix}:${s}`;
}
