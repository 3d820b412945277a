// The code tables ship with geokg: a broken one is a bug (exit 70) whose message names the file and line.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS_DIR } from '../../config.ts';
import { exitCodeOf } from '../../errors.ts';
import { GdeltTableError } from '../errors.ts';
import { loadCameoTables } from './tables.ts';

/** A copy of the shipped tables with one file replaced. */
function seedsWith(file: string, text: string): string {
  const seeds = mkdtempSync(join(tmpdir(), 'geokg-gdelt-tables-'));
  cpSync(join(DEFAULT_SEEDS_DIR, 'registry', 'gdelt'), join(seeds, 'registry', 'gdelt'), { recursive: true });
  writeFileSync(join(seeds, 'registry', 'gdelt', file), text);
  return seeds;
}

describe('loadCameoTables', () => {
  it('reads the shipped tables', () => {
    const t = loadCameoTables();
    expect(t.segments.get('GOV')).toMatchObject({ type: 'role' });
    expect(t.fips.get('KZ')?.iso3).toBe('KAZ');
  });

  it('refuses a row with the wrong number of cells at its line, as a bug', () => {
    const seeds = seedsWith('cameo-event-roots.tsv', '# root, kind, label\n01\tmakes-statement\n');
    const err = (() => {
      try {
        loadCameoTables(seeds);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(GdeltTableError);
    expect(exitCodeOf(err)).toBe(70);
    expect((err as Error).message).toBe(
      `geokg gdelt: ${join(seeds, 'registry', 'gdelt', 'cameo-event-roots.tsv')}:2: expected 3 tab-separated cells, found 2; fix the table`,
    );
  });
});
