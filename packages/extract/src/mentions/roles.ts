// Role words → CAMEO role codes (seeds/registry/roles.tsv, converted from PETRARCH2's Phoenix.agents.txt,
// and roles-curated.tsv), and the role actors they make. The CAMEO actor codebook codes an unnamed actor as
// country + role: "Turkish troops" TURMIL, "Iraqi police" IRQCOP, "Yemeni rebels" YEMREB. geokg makes the
// same node for them as for GDELT's codes (core's roleEntity): the state itself for GOV, else
// `org:tur:military`, `org:yem:rebels`, `group:ken:opposition`, each with its country.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SEEDS_DIR } from '@geokg/core';

export type RoleWords = ReadonlyMap<string, string>;

const FILES = ['roles.tsv', 'roles-curated.tsv'];

/** phrase (lower case, singular as the file gives it) → three-letter CAMEO role code. Later files win. */
export function loadRoleWords(seedsDir: string = DEFAULT_SEEDS_DIR): RoleWords {
  const out = new Map<string, string>();
  for (const f of FILES) {
    const path = join(seedsDir, 'registry', f);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line || line.startsWith('#') || line.startsWith('phrase\t')) continue;
      const [phrase, code] = line.split('\t');
      if (phrase && code && /^[A-Z]{3}$/.test(code)) out.set(phrase, code);
    }
  }
  return out;
}

/** The role code of a head phrase: its words as written, by lemma, or with a naive singular. */
export function roleCodeOf(roles: RoleWords, lowers: string, lemmas: string): string | undefined {
  return (
    roles.get(lowers) ??
    roles.get(lemmas) ??
    (lowers.endsWith('s') && !lowers.endsWith('ss') ? roles.get(lowers.slice(0, -1)) : undefined)
  );
}
