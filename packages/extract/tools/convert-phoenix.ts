// Converts PETRARCH2's Phoenix actor dictionaries (MIT, Open Event Data Alliance) into geokg registry files:
// seeds/registry/people.jsonl (office-holders of states, with their country and date-bounded surnames) and
// seeds/registry/armed-groups.jsonl (militarised non-state groups). Run by hand when the dictionaries change;
// the product reads only the converted files.
// Usage: tsx packages/extract/tools/convert-phoenix.ts [../shared/dictionaries] [seeds/registry]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultRegistry, slug } from '@geokg/core';

const dir = process.argv[2] ?? '../shared/dictionaries';
const out = process.argv[3] ?? 'seeds/registry';
const registry = defaultRegistry();
const isState = (code: string): boolean => !!registry.get(`state:${code}`);

interface Entry {
  name: string;
  aliases: string[];
  codes: { code: string; from?: string; to?: string }[];
}

/** NAME_ [CODE dates] / +ALIAS / indented [CODE dates] lines; '#' starts a comment. */
function parse(file: string): Entry[] {
  const entries: Entry[] = [];
  let cur: Entry | undefined;
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trimEnd();
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[([A-Z-]+)\s*([^\]]*)\]/g)].map((m) => ({
      code: m[1]!,
      ...dates(m[2]!.trim()),
    }));
    if (/^\s/.test(line)) {
      cur?.codes.push(...codes);
      continue;
    }
    const text = line.replace(/\[[^\]]*\]/g, '').trim();
    if (line.startsWith('+')) {
      if (cur && text.length > 1) cur.aliases.push(text.slice(1));
      cur?.codes.push(...codes);
      continue;
    }
    cur = { name: text, aliases: [], codes };
    entries.push(cur);
  }
  return entries;
}

function dates(range: string): { from?: string; to?: string } {
  const iso = (d: string): string | undefined => {
    if (/^\d{8}$/.test(d)) return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
    if (!/^\d{6}$/.test(d)) return undefined;
    const yy = Number(d.slice(0, 2));
    return `${yy < 30 ? 2000 + yy : 1900 + yy}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
  };
  if (range.startsWith('>')) return { ...(iso(range.slice(1)) ? { from: iso(range.slice(1)) } : {}) };
  if (range.startsWith('<')) return { ...(iso(range.slice(1)) ? { to: iso(range.slice(1)) } : {}) };
  const [a, b] = range.split('-');
  return { ...(a && iso(a) ? { from: iso(a) } : {}), ...(b && iso(b) ? { to: iso(b) } : {}) };
}

/** BASHAR_AL-ASSAD_ → Bashar Al-Assad; (ACRONYM) parts dropped. */
function display(name: string): string {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .replace(/_/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/\s+/g, ' ');
}

const TITLE =
  /^(MR|MRS|MS|DR|PRESIDENT|PRIME_MINISTER|PREMIER|KING|QUEEN|SENATOR|GOVERNOR|GOV|GENERAL|GEN|US|U\.S|AMERICAN|RUSSIAN|UNITED_STATES|PRESIDENT-ELECT|FORMER|FOREIGN_MINISTER|MINISTER|CHANCELLOR|SHEIKH)[._]/;
const GOVERNMENT_WORDS = /GOVERNMENT|REGIME|ADMINISTRATION|CABINET|'S_/;

// People: office-holders with a national government role (CODE = ISO-3 + GOV) held in 2000 or later.
const people: object[] = [];
for (const e of parse(join(dir, 'Phoenix.Countries.actors.txt'))) {
  const roles = e.codes.filter(
    (c) => /^[A-Z]{3}GOV$/.test(c.code) && isState(c.code.slice(0, 3)) && (c.to ?? '9999') >= '2000',
  );
  // Role phrases ("AMERICAN_VICE_PRESIDENT") are listed like people; geokg reads those as roles, not names.
  if (
    !roles.length ||
    /ADMINISTRATION|PRESIDENT|MINISTER|SECRETARY|AMBASSADOR|OFFICIAL|SPOKES|GOVERN|CHIEF|LEADER|PREMIER|DEPUTY/.test(
      e.name,
    )
  )
    continue;
  const name = display(e.name);
  if (name.split(' ').length < 2) continue;
  const country = roles[roles.length - 1]!.code.slice(0, 3);
  const from = roles.map((r) => r.from ?? '').sort()[0] || undefined;
  const to = roles.some((r) => !r.to)
    ? undefined
    : roles
        .map((r) => r.to!)
        .sort()
        .at(-1);
  const aliases: (string | { name: string; from?: string; to?: string })[] = [];
  for (const a of e.aliases) {
    if (GOVERNMENT_WORDS.test(a)) continue;
    // "PRESIDENT_BUSH_": the title goes (geokg reads titles itself), the name stays.
    let bare = a;
    while (TITLE.test(bare)) bare = bare.replace(TITLE, '');
    const text = display(bare);
    if (text === name || text.length < 3) continue;
    // A surname alone names the office-holder only while in office.
    if (!text.includes(' ')) aliases.push({ name: text, ...(from ? { from } : {}), ...(to ? { to } : {}) });
    else aliases.push(text);
  }
  const unique = [...new Map(aliases.map((a) => [typeof a === 'string' ? a : a.name, a])).values()];
  aliases.splice(0, aliases.length, ...unique);
  people.push({
    id: `person:${country.toLowerCase()}:${slug(name)}`,
    kind: 'Person',
    name,
    country,
    ...(aliases.length ? { aliases } : {}),
  });
}

// Armed groups: every entry of the militarised non-state file, with its country when the code names one.
const ORG_WORD =
  /ARMY|FRONT|BRIGADE|MOVEMENT|GROUP|PARTY|ORGANI[SZ]ATION|JIHAD|ISLAMI|LIBERATION|COUNCIL|FORCE|MILITIA|AL-|HIZB|HARAKAT|JAYSH|JAISH|JAMAAT|TALIBAN|FACTION|CELL|COMMAND|RESISTANCE|MUJAHIDEEN|^[A-Z]+_?$/;
const groups: object[] = [];
const seen = new Set<string>();
for (const e of parse(join(dir, 'Phoenix.MilNonState.actors.txt'))) {
  const code = e.codes[0]?.code;
  if (!code) continue;
  const name = display(e.name);
  if (name.length < 2) continue;
  const country = isState(code.slice(0, 3)) ? code.slice(0, 3) : undefined;
  const id = country ? `org:${country.toLowerCase()}:${slug(name)}` : `org:${slug(name)}`;
  if (seen.has(id)) continue;
  seen.add(id);
  const words = new Set(name.toUpperCase().split(/[\s-]+/));
  // Aliases that are people (a leader listed under his group) would merge a person into the group: keep
  // only those that share a word with the name or read as an organisation's name.
  const aliases = [
    ...new Set(
      e.aliases.filter((a) => ORG_WORD.test(a) || a.split(/[_-]/).some((w) => words.has(w))).map(display),
    ),
  ].filter((a) => a !== name && a.length > 2);
  groups.push({
    id,
    kind: 'ArmedGroup',
    name,
    ...(country ? { country } : {}),
    ...(aliases.length ? { aliases } : {}),
  });
}

// JSON Lines, not YAML: the registry loads these ~9,500 entries on every start, and JSON parses ~5x faster.
const header = (what: string, src: string): string =>
  [
    `GENERATED by packages/extract/tools/convert-phoenix.ts: ${what}`,
    `From PETRARCH2's ${src} (openeventdata/petrarch2, petrarch2/data/dictionaries/,`,
    'commit 676801cd9cb2924bbbad09f86d15c9323e7097bf). Copyright (c) 2014 Open Event Data Alliance, MIT licence',
    '(full text: docs/extraction.md#licences). Names title-cased, CAMEO role codes reduced to the country.',
    'Do not edit by hand; add curated entries in another file.',
  ]
    .map((l) => `// ${l}\n`)
    .join('');
const jsonl = (rows: object[]): string =>
  rows.map((r) => JSON.stringify({ type: 'entity', ...r }) + '\n').join('');
writeFileSync(
  join(out, 'people.jsonl'),
  header('heads and members of governments since 2000.', 'Phoenix.Countries.actors.txt') + jsonl(people),
);
writeFileSync(
  join(out, 'armed-groups.jsonl'),
  header('militarised non-state groups.', 'Phoenix.MilNonState.actors.txt') + jsonl(groups),
);
console.log(`wrote ${people.length} people and ${groups.length} armed groups to ${out}`);
