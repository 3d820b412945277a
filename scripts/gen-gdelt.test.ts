// The synthetic export generator: renumbered, date-shifted, labelled rows that the reader takes in full.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultRegistry, emptyGdeltStats, readGdelt } from '@geokg/core';
import { COL } from '@geokg/core/gdelt';
import { FIRST_SYNTHETIC_ID, writeSyntheticGdelt } from './gen-gdelt.ts';

const FIXTURE = resolve(
  fileURLToPath(import.meta.url),
  '../../packages/core/test/fixtures/gdelt/sample.export.CSV',
);

describe('gen-gdelt', () => {
  it('repeats the real rows with new ids, shifted dates and tagged URLs, in a file named SYNTHETIC', async () => {
    const path = await writeSyntheticGdelt(120, mkdtempSync(join(tmpdir(), 'geokg-gen-')), FIXTURE);
    expect(basename(path)).toBe('SYNTHETIC-gdelt2-120rows.export.CSV');
    const real = readFileSync(FIXTURE, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t'));
    const rows = readFileSync(path, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t'));
    expect(rows).toHaveLength(120);
    expect(rows.map((f) => Number(f[COL.GLOBALEVENTID]))).toEqual(rows.map((_, i) => FIRST_SYNTHETIC_ID + i));
    // Row 49 is the first row of the second copy: a day later, its URL tagged with the copy.
    expect(real[0]![COL.SQLDATE]).toBe('20181024');
    expect(rows[49]![COL.SQLDATE]).toBe('20181025');
    expect(rows[49]![COL.DATEADDED]).toBe('20191025143000');
    expect(rows[49]![COL.SOURCEURL]).toBe(`${real[0]![COL.SOURCEURL]}?geokg-synthetic=1`);
    expect(rows[49]![COL.Actor2Code]).toBe(real[0]![COL.Actor2Code]);

    const stats = emptyGdeltStats();
    for await (const _ of readGdelt(path, { registry: defaultRegistry(), stats })) void _;
    expect(stats).toMatchObject({ rows: 120, imported: 120, skipped: 0 });
  });
});
