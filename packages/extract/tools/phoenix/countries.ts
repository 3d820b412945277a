// From Phoenix.Countries.actors.txt: office-holders of every period (not only since 2000), the named
// institutions of each state as aliases of its CAMEO role actor (the Duma → Russia's legislature,
// RUSLEG), and states that no longer exist (SUN, CSK, DDR), each under its CAMEO code.
import { isGenericName, roleEntity, slug } from '@geokg/core';
import type { Registry } from '@geokg/core';
import type { Code, Entry } from './parse.ts';
import { display } from './parse.ts';

export type Row = Record<string, unknown> & { id: string; kind: string; name: string };
type Alias = string | { name: string; from?: string; to?: string; type?: string };

/** Role codes that make an actor a state's office-holder or institution (CAMEO actor codebook, ch. 2). */
const STATE_ROLES = new Set(['GOV', 'MIL', 'JUD', 'LEG', 'COP', 'SPY']);
const TITLE =
  /^(MR|MRS|MS|DR|PRESIDENT|PRIME_MINISTER|PREMIER|KING|QUEEN|SENATOR|GOVERNOR|GOV|GENERAL|GEN|US|U\.S|AMERICAN|RUSSIAN|UNITED_STATES|PRESIDENT-ELECT|FORMER|FOREIGN_MINISTER|MINISTER|CHANCELLOR|SHEIKH|EMIR|SULTAN|AYATOLLAH|MARSHAL|COLONEL|COL|ADMIRAL|LT|MAJOR)[._]/;
/** Words that make a block an institution or a role phrase rather than a person. */
const INSTITUTION =
  /ADMINISTRATION|PRESIDENT|MINISTER|MINISTRY|SECRETARY|AMBASSADOR|OFFICIAL|SPOKES|GOVERN|CHIEF|LEADER|PREMIER|DEPUTY|ASSEMBLY|PARLIAMENT|ARMY|FORCES?_|FORCES?$|POLICE|COURT|COUNCIL|CONGRESS|SENATE|DUMA|GUARD|NAVY|MILITARY|INTELLIGENCE|SERVICE|AGENCY|CABINET|PARTY|COMMITTEE|COMMISSION|OFFICE|BUREAU|DEPARTMENT|MILITIA|KNESSET|MAJLIS|JUNTA|REGIME|CORPS|COMMAND|DIRECTORATE|LEGISLATURE|JUDICIARY|TRIBUNAL|PROSECUTOR/;
const GOVERNMENT_WORDS = /GOVERNMENT|REGIME|ADMINISTRATION|CABINET|'S_|,/;

const stateOf = (c: Code, isState: (iso: string) => boolean): string | undefined => {
  const iso = c.code.slice(0, 3);
  return c.code.length >= 6 && STATE_ROLES.has(c.code.slice(3, 6)) && isState(iso) ? iso : undefined;
};

/** A name without its leading titles ("PRESIDENT_BORIS_YELTSIN" → Boris Yeltsin). */
function bare(name: string): string {
  let b = name;
  while (TITLE.test(b)) b = b.replace(TITLE, '');
  return display(b);
}

export function people(entries: Entry[], isState: (iso: string) => boolean): Row[] {
  const rows = new Map<string, Row>();
  for (const e of entries) {
    const roles = e.codes.filter((c) => stateOf(c, isState));
    if (!roles.length || INSTITUTION.test(e.name)) continue;
    const name = display(e.name);
    if (name.split(' ').length < 2 || /\d/.test(name)) continue;
    // CAMEO codes a person by the office held at the date: the latest office gives the country.
    const latest = [...roles].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '')).at(-1)!;
    const country = latest.code.slice(0, 3);
    const from = roles.map((r) => r.from ?? '').sort()[0] || undefined;
    const to = roles.some((r) => !r.to)
      ? undefined
      : roles
          .map((r) => r.to!)
          .sort()
          .at(-1);
    const aliases = new Map<string, Alias>();
    for (const a of e.aliases) {
      if (GOVERNMENT_WORDS.test(a) || INSTITUTION.test(a.replace(TITLE, ''))) continue;
      const text = bare(a);
      if (text === name || text.length < 3 || /\d/.test(text)) continue;
      // A surname alone names the office-holder only while in office.
      aliases.set(
        text,
        text.includes(' ') ? text : { name: text, ...(from ? { from } : {}), ...(to ? { to } : {}) },
      );
    }
    const id = `person:${country.toLowerCase()}:${slug(name)}`;
    if (rows.has(id)) continue;
    rows.set(id, {
      id,
      kind: 'Person',
      name,
      country,
      ...(aliases.size ? { aliases: [...aliases.values()] } : {}),
    });
  }
  return [...rows.values()];
}

/**
 * Named institutions ("STATE_DUMA" [RUSLEG]) become names of the role actor core's roleEntity makes for the
 * code, the same node GDELT's RUSLEG is. A generic name ("NATIONAL_ASSEMBLY") names no one institution
 * and is left out; so is a government (GOV is the state itself in geokg, whose names are curated).
 */
export function institutions(entries: Entry[], registry: Registry, isState: (iso: string) => boolean): Row[] {
  const rows = new Map<string, Row & { aliases: string[] }>();
  for (const e of entries) {
    const c = e.codes.length === 1 ? e.codes[0] : undefined;
    if (!c || c.from || c.to || c.code.length !== 6 || !stateOf(c, isState)) continue;
    const role = c.code.slice(3, 6);
    if (role === 'GOV' || !INSTITUTION.test(e.name)) continue;
    const actor = roleEntity(role, c.code.slice(0, 3), registry);
    if (!actor) continue;
    const names = [e.name, ...e.aliases]
      .filter((n) => !GOVERNMENT_WORDS.test(n) && !/CHAIRMAN|SPEAKER|HEAD_OF|MEMBER/.test(n))
      .map(display)
      .filter((n) => n.length > 3 && !isGenericName(n) && !/\d/.test(n));
    if (!names.length) continue;
    const row = rows.get(actor.id) ?? {
      id: actor.id,
      kind: actor.kind,
      name: actor.name,
      ...actor.props,
      aliases: [],
    };
    row.aliases = [...new Set([...row.aliases, ...names])].filter((n) => n !== row.name);
    rows.set(actor.id, row);
  }
  return [...rows.values()].map(({ aliases, ...r }) => (aliases.length ? { ...r, aliases } : r));
}

/** States that are gone (Soviet Union [SUN 19221230-19911226]): their own State under their CAMEO code. */
export function formerStates(entries: Entry[], isState: (iso: string) => boolean): Row[] {
  const rows: Row[] = [];
  for (const e of entries) {
    const c = e.codes.find((x) => /^[A-Z]{3}$/.test(x.code));
    // KNT (Kinakuta) is a made-up state of the PETRARCH test suite, not history.
    if (!c || c.code === 'KNT' || isState(c.code) || e.codes.some((x) => x.code.length > 3)) continue;
    if (rows.some((r) => r.id === `state:${c.code}`)) continue;
    const aliases = e.aliases
      .filter((a) => /^[A-Z_'.-]+$/.test(a) && !GOVERNMENT_WORDS.test(a))
      .map(display)
      .filter((a) => a.length > 2);
    rows.push({
      id: `state:${c.code}`,
      kind: 'State',
      name: display(e.name),
      iso3: c.code,
      ...(aliases.length ? { aliases } : {}),
    });
  }
  return rows;
}
