// From Phoenix.International.actors.txt: intergovernmental and non-governmental organisations. A code
// whose segments name a known group (IGOUNOKID → UNICEF, NGOHLHIRC → Red Cross; CAMEO actor codebook,
// "known groups") makes one organisation of every block that carries it, under the name geokg already
// knows for it; other blocks are organisations of their own. People and companies are left out.
import { isGenericName, slug } from '@geokg/core';
import type { CameoTables, Registry } from '@geokg/core';
import type { Row } from './countries.ts';
import type { Entry } from './parse.ts';
import { orgName } from './parse.ts';

const KIND: Record<string, string> = {
  IGO: 'IntergovernmentalOrganization',
  NGO: 'NonGovernmentalOrganization',
};
/** A block is an organisation when its name reads as one (or is an acronym); else it is a person. */
const ORG_WORD =
  /ORGANI[SZ]ATION|UNION|AGENCY|FUND|BANK|COUNCIL|COMMISSION|COMMITTEE|COURT|TRIBUNAL|ASSOCIATION|FEDERATION|INSTITUTE|FOUNDATION|PROGRAMME|PROGRAM|NETWORK|CENTRE|CENTER|LEAGUE|MOVEMENT|SOCIETY|ALLIANCE|FORUM|GROUP|WATCH|INTERNATIONAL|NATIONS|CROSS|CRESCENT|FRONTIERES|BORDERS|TREATY|COMMUNITY|SECRETARIAT|PARLIAMENT|OFFICE|MISSION|CONFERENCE|PANEL|AUTHORITY|PARTNERSHIP|TRUST|INITIATIVE|CAMPAIGN|COALITION|BUREAU|CHURCH|RELIEF|AID|ACTION/;
const ACRONYM = /^[A-Z][A-Z0-9.&]{1,7}_?$/;

export function organisations(entries: Entry[], registry: Registry, tables: CameoTables): Row[] {
  const rows = new Map<string, Row & { aliases: string[] }>();
  for (const e of entries) {
    const code = e.codes[0]?.code ?? '';
    const kind = KIND[code.slice(0, 3)];
    if (!kind || e.codes.some((c) => c.code === 'ELI') || /\d/.test(e.name)) continue;
    if (!ORG_WORD.test(e.name) && !ACRONYM.test(e.name)) continue;
    const segments = code.slice(3).match(/.{3}/g) ?? [];
    // The most specific known group counts: IGOUNOIAE is the IAEA, not the UN.
    const known = segments
      .map((s) => tables.segments.get(s))
      .filter((s) => s?.type === 'known')
      .at(-1);
    const country = segments.find((s) => registry.get(`state:${s}`));
    const names = [e.name, ...e.aliases]
      .filter((n) => !/\d|,|\//.test(n))
      .map(orgName)
      // A name made of role words ("the Union", "the Alliance") would capture unrelated organisations.
      .filter((n) => n.length > 1 && !isGenericName(n));
    if (!names.length) continue;
    let id: string;
    let name: string;
    if (known) {
      const prior = registry.resolve(known.label, { kinds: [known.kind] });
      id = prior?.id ?? `org:${slug(known.label)}`;
      name = prior?.name ?? known.label;
    } else {
      name = names[0]!;
      id = country ? `org:${country.toLowerCase()}:${slug(name)}` : `org:${slug(name)}`;
    }
    const row = rows.get(id) ?? {
      id,
      kind: known?.kind ?? kind,
      name,
      ...(country && !known ? { country } : {}),
      aliases: [],
    };
    row.aliases = [...new Set([...row.aliases, ...names])].filter((n) => n !== row.name);
    rows.set(id, row);
  }
  return [...rows.values()].map(({ aliases, ...r }) => (aliases.length ? { ...r, aliases } : r));
}
