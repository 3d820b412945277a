// CAMEO code → PLOVER category and mode, read from the official conversion table
// (packages/extract/devset/CAMEO2PLOVER-2021.txt, a byte-for-byte copy of openeventdata/PLOVER's, CC BY-SA 4.0).
// A code maps by its longest listed prefix, so a 4-digit code the table lacks takes its 3-digit parent.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GeokgError } from '@geokg/core';

export const DEFAULT_TABLE = fileURLToPath(
  new URL('../../packages/extract/devset/CAMEO2PLOVER-2021.txt', import.meta.url),
);

export interface PloverCode {
  category: string;
  mode?: string;
}

/**
 * Where the table and the manual's own text disagree, the manual wins (its note 2 to "CAMEO to PLOVER
 * translation" asks that such exceptions be documented): the table sends CAMEO 163 (impose sanctions) to
 * COERCE, but the SANCTION section codes "international (political or economic) sanctions" as SANCTION
 * `discontinue`.
 */
const MANUAL_OVERRIDES: ReadonlyMap<string, PloverCode> = new Map([
  ['163', { category: 'SANCTION', mode: 'discontinue' }],
]);

export class PloverTable {
  constructor(private readonly codes: ReadonlyMap<string, PloverCode>) {}

  /** The PLOVER coding of a CAMEO event code, or undefined when no prefix of it is in the table. */
  lookup(cameo: string): PloverCode | undefined {
    for (let n = cameo.length; n >= 2; n--) {
      const hit = MANUAL_OVERRIDES.get(cameo.slice(0, n)) ?? this.codes.get(cameo.slice(0, n));
      if (hit) return hit;
    }
    return undefined;
  }

  get size(): number {
    return this.codes.size;
  }
}

/** Parses lines of the form `0311: AGREE,  ,   economic # comment`; headers and blank lines are skipped. */
export function parsePloverTable(text: string, file: string): PloverTable {
  const codes = new Map<string, PloverCode>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line || /^~+$/.test(line)) return;
    const m = /^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,]*))?/.exec(line);
    if (!m) throw new GeokgError(`${file}:${i + 1}: not a "CODE: CATEGORY, mode, context" line`, 'input');
    const mode = m[3]?.trim();
    // The table lists 175 twice with the same coding; the first entry stands.
    if (!codes.has(m[1]!)) codes.set(m[1]!, { category: m[2]!, ...(mode ? { mode } : {}) });
  });
  return new PloverTable(codes);
}

export function loadPloverTable(file = DEFAULT_TABLE): PloverTable {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new GeokgError(`${file}: cannot read the CAMEO→PLOVER table (${(e as Error).message})`, 'input');
  }
  return parsePloverTable(text, file);
}
