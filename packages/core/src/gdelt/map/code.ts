// A CAMEO actor code taken apart into its 3-letter segments: USAGOV is country USA + role GOV,
// IGOUNODEVWBK an IGO whose known group is the World Bank (the last known group wins over UNO).
import type { CameoTables } from './tables.ts';

export interface ActorCode {
  /** ISO-3 country, or the first country-like code (a territory). */
  country?: string;
  /** CAMEO region code standing in for a country (EUR, AFR). */
  region?: string;
  /** Lower-case ethnic code (kur). */
  ethnic?: string;
  religion?: string;
  /** Organisation type: IGO, NGO, MNC, IMG. */
  org?: string;
  /** Role codes in order; the first is the primary one. */
  roles: string[];
  /** The most specific known group (the last one in the code). */
  known?: string;
  /** Segments no table knows. */
  unknown: string[];
}

export function parseActorCode(code: string, tables: CameoTables): ActorCode {
  const out: ActorCode = { roles: [], unknown: [] };
  if (code.length % 3 !== 0) {
    out.unknown.push(code);
    return out;
  }
  for (let i = 0; i < code.length; i += 3) {
    const seg = code.slice(i, i + 3);
    if (/^[a-z]{3}$/.test(seg)) {
      out.ethnic ??= seg;
      continue;
    }
    const t = tables.segments.get(seg);
    const isCountry = tables.countries.has(seg);
    // A country code leads the code; later on, the role and group tables read first (SHN is Shinto there).
    if (isCountry && !out.country && (i === 0 || !t)) out.country = seg;
    else if (t?.type === 'known') out.known = seg;
    else if (t?.type === 'role') out.roles.push(seg);
    else if (t?.type === 'org') out.org ??= seg;
    else if (t?.type === 'religion') out.religion ??= seg;
    else if (t?.type === 'region') out.region ??= seg;
    else out.unknown.push(seg);
  }
  return out;
}
