// The data tables the GDELT reader needs, read once from seeds/registry/gdelt/ (see NOTICE.md there):
// CAMEO actor code segments, CAMEO root event codes, FIPS 10-4 → ISO-3 country codes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'world-countries';
import { DEFAULT_SEEDS_DIR } from '../../config.ts';
import { GdeltTableError } from '../errors.ts';

export type SegmentType = 'role' | 'org' | 'region' | 'religion' | 'known';

export interface Segment {
  code: string;
  type: SegmentType;
  /** The ontology kind of the actor the segment makes. */
  kind: string;
  /** Name an id is made from (role, org, religion) or the name of the region or organisation. */
  label: string;
}

export interface EventRoot {
  kind: string;
  label: string;
}

export interface CameoTables {
  segments: Map<string, Segment>;
  roots: Map<string, EventRoot>;
  /** FIPS 10-4 → ISO-3 and name. */
  fips: Map<string, { iso3: string; name: string }>;
  /** Every ISO-3 code world-countries knows (UN members or not) → its common name. */
  countries: Map<string, string>;
}

const SEGMENT_TYPES: SegmentType[] = ['role', 'org', 'region', 'religion', 'known'];

function rows(path: string, width: number): string[][] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new GdeltTableError(
      `geokg gdelt: cannot read ${path} (${(e as Error).message}); restore seeds/registry/gdelt/ from the repository`,
      { cause: e },
    );
  }
  return text
    .split('\n')
    .map((l, i) => ({ cells: l.replace(/\r$/, '').split('\t'), line: i + 1, raw: l }))
    .filter(({ raw }) => raw.trim() && !raw.startsWith('#'))
    .map(({ cells, line }) => {
      if (cells.length !== width) {
        throw new GdeltTableError(
          `geokg gdelt: ${path}:${line}: expected ${width} tab-separated cells, found ${cells.length}; fix the table`,
        );
      }
      return cells;
    });
}

export function loadCameoTables(seedsDir: string = DEFAULT_SEEDS_DIR): CameoTables {
  const dir = join(seedsDir, 'registry', 'gdelt');
  const segments = new Map<string, Segment>();
  for (const [code, type, kind, label] of rows(join(dir, 'cameo-actor-codes.tsv'), 4)) {
    if (!SEGMENT_TYPES.includes(type as SegmentType)) {
      throw new GdeltTableError(
        `geokg gdelt: cameo-actor-codes.tsv: ${code} has type "${type}"; use one of ${SEGMENT_TYPES.join(', ')}`,
      );
    }
    segments.set(code!, { code: code!, type: type as SegmentType, kind: kind!, label: label! });
  }
  const roots = new Map<string, EventRoot>();
  for (const [root, kind, label] of rows(join(dir, 'cameo-event-roots.tsv'), 3))
    roots.set(root!, { kind: kind!, label: label! });
  const fips = new Map<string, { iso3: string; name: string }>();
  for (const [code, iso3, name] of rows(join(dir, 'fips-countries.tsv'), 3))
    fips.set(code!, { iso3: iso3!, name: name! });
  return { segments, roots, fips, countries: new Map(countries.map((c) => [c.cca3, c.name.common])) };
}

let cached: CameoTables | undefined;
/** The shipped tables, loaded once per process. */
export function cameoTables(): CameoTables {
  return (cached ??= loadCameoTables());
}
