// From Phoenix.agents.txt: role words → the CAMEO role of the actor they make ("TROOP [~MIL]",
// "DEMONSTRATOR [~OPP]"). Only the first three-letter segment counts (GOVMED, a state news agency, is GOV:
// the CAMEO actor codebook reads the primary role first). !PERSON! and !MINIST! expand as the file
// defines them; {PLURAL} forms are kept; regular plurals are left to the lemmatiser.
import type { CameoTables } from '@geokg/core';
import { readFileSync } from 'node:fs';

export interface RoleWord {
  phrase: string;
  code: string;
}

export function roleWords(file: string, tables: CameoTables): RoleWord[] {
  const macros = new Map<string, string[]>();
  const out = new Map<string, string>();
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const macro = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(line);
    if (macro) {
      macros.set(
        macro[1]!,
        macro[2]!.split(',').map((w) => w.trim()),
      );
      continue;
    }
    const m = /^([^[{]+?)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]{3})[A-Z]*\]/.exec(line);
    if (!m) continue;
    const code = m[3]!;
    if (tables.segments.get(code)?.type !== 'role') continue;
    const forms = [m[1]!, ...(m[2] ? m[2].split(/\s+/).filter(Boolean) : [])];
    for (const form of forms) {
      for (const expanded of expand(form, macros)) {
        const phrase = expanded.replace(/_+/g, ' ').trim().toLowerCase();
        if (phrase.length > 2 && /^[a-z' -]+$/.test(phrase) && !out.has(phrase)) out.set(phrase, code);
      }
    }
  }
  return [...out]
    .map(([phrase, code]) => ({ phrase, code }))
    .sort((a, b) => a.phrase.localeCompare(b.phrase));
}

function expand(form: string, macros: Map<string, string[]>): string[] {
  const m = /!([A-Z]+)!/.exec(form);
  if (!m) return [form];
  const words = macros.get(m[1]!) ?? [];
  return words.flatMap((w) => expand(form.replace(m[0], w), macros));
}
