// Role words → CAMEO role codes (seeds/registry/roles.tsv, converted from PETRARCH2's Phoenix.agents.txt,
// and roles-curated.tsv), and the role actors they make. The CAMEO actor codebook codes an unnamed actor as
// country + role: "Turkish troops" TURMIL, "Iraqi police" IRQCOP, "Yemeni rebels" YEMREB. geokg makes the
// same node for them as for GDELT's codes (core's roleEntity): the state itself for GOV, else
// `org:tur:military`, `org:yem:rebels`, `group:ken:opposition`, each with its country.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SEEDS_DIR } from '@geokg/core';

/**
 * phrase → role code; `curated` holds the phrases of roles-curated.tsv, which are heads on their own (a
 * bare "hostages" or "the union" takes the country from context). Phoenix's 3,153 words name an actor
 * only with a state of their own ("Kenyan engineers"): alone, many are everyday nouns (child, customer).
 */
export type RoleWords = ReadonlyMap<string, string> & { readonly curated?: ReadonlySet<string> };

const PHOENIX = 'roles.tsv';
const CURATED = 'roles-curated.tsv';

/** phrase (lower case, singular as the file gives it) → three-letter CAMEO role code. Later files win. */
export function loadRoleWords(seedsDir: string = DEFAULT_SEEDS_DIR): RoleWords {
  const out = new Map<string, string>();
  const curated = new Set<string>();
  for (const f of [PHOENIX, CURATED]) {
    const path = join(seedsDir, 'registry', f);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line || line.startsWith('#') || line.startsWith('phrase\t')) continue;
      const [phrase, code] = line.split('\t');
      if (!phrase || !code || !/^[A-Z]{3}$/.test(code)) continue;
      out.set(phrase, code);
      if (f === CURATED) curated.add(phrase);
    }
  }
  return Object.assign(out, { curated });
}

/** Whether the head phrase is a curated role word (by its words as written, lemma or naive singular). */
export function isCuratedRole(roles: RoleWords, lowers: string, lemmas: string): boolean {
  const c = roles.curated;
  if (!c) return false;
  return (
    c.has(lowers) ||
    c.has(lemmas) ||
    (lowers.endsWith('s') && !lowers.endsWith('ss') && c.has(lowers.slice(0, -1)))
  );
}

/** The role code of a head phrase: its words as written, by lemma, or with a naive singular. */
export function roleCodeOf(roles: RoleWords, lowers: string, lemmas: string): string | undefined {
  // Called on every noun: the lemma is looked up only when it differs from the words as written.
  return (
    roles.get(lowers) ??
    (lemmas !== lowers ? roles.get(lemmas) : undefined) ??
    (lowers.endsWith('s') && !lowers.endsWith('ss') ? roles.get(lowers.slice(0, -1)) : undefined)
  );
}
