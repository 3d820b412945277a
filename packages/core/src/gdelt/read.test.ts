// Bad rows: reported with their line, all-or-nothing by default, skipped and counted with skipBad.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exitCodeOf, InputError } from '../errors.ts';
import type { Entity } from '../model/entity.ts';
import { defaultRegistry } from '../seeded/registry.ts';
import { openStore } from '../store/store.ts';
import { COL } from './row/columns.ts';
import { importGdelt } from './import.ts';
import { GdeltInputError } from './errors.ts';
import { readGdelt } from './read.ts';
import { emptyGdeltStats } from './stats.ts';

const FIXTURE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../test/fixtures/gdelt/sample.export.CSV',
);
const good = readFileSync(FIXTURE, 'utf8').split('\n').filter(Boolean).slice(0, 10);

const withColumn = (line: string, col: number, value: string) => {
  const f = line.split('\t');
  f[col] = value;
  return f.join('\t');
};

/** The first ten fixture rows with line 4 cut short and line 7 given a 13th month. */
function badFile(): string {
  const rows = [...good];
  rows[3] = rows[3]!.split('\t').slice(0, 60).join('\t');
  rows[6] = withColumn(rows[6]!, COL.SQLDATE, '20191345');
  const path = join(mkdtempSync(join(tmpdir(), 'geokg-gdelt-bad-')), 'bad.export.CSV');
  writeFileSync(path, rows.join('\n') + '\n');
  return path;
}

const tmpStore = () => openStore(join(mkdtempSync(join(tmpdir(), 'geokg-gdelt-store-')), 'data'));

describe('bad GDELT rows', () => {
  it('refuses the file by default, naming each bad line, and the store is left untouched', async () => {
    const path = badFile();
    const store = tmpStore();
    const writer = await store.writer();
    const err = await importGdelt([path], writer, { registry: defaultRegistry() }).catch((e: unknown) => e);
    writer.abort();
    expect(err).toBeInstanceOf(GdeltInputError);
    expect(err).toBeInstanceOf(InputError);
    expect((err as GdeltInputError).file).toBe(path);
    expect(exitCodeOf(err)).toBe(1);
    const problems = (err as InputError).problems;
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      [path, 4],
      [path, 7],
    ]);
    expect(problems[0]!.message).toMatch(/60 tab-separated columns, expected 61/);
    expect(problems[1]!.message).toMatch(/SQLDATE "20191345" is not a date/);
    expect((err as Error).message).toMatch(/^geokg gdelt: .*2 bad row\(s\).*--skip-bad/);
    expect((err as Error).message).toContain(`${path}:4:`);
    expect(store.exists()).toBe(false);
    expect(readdirSync(store.dir).filter((f) => !f.startsWith('.'))).toEqual([]);
  });

  it('hands on no batch once a bad row is seen', async () => {
    const batches: number[] = [];
    const run = async () => {
      for await (const b of readGdelt(badFile(), { registry: defaultRegistry() }))
        batches.push(b.claims.length);
    };
    await expect(run()).rejects.toThrow(InputError);
    expect(batches).toEqual([]);
  });

  it('with skipBad imports the other rows and counts the skipped ones by reason', async () => {
    const store = tmpStore();
    const writer = await store.writer();
    const s = await importGdelt([badFile()], writer, { registry: defaultRegistry(), skipBad: true });
    const summary = await writer.commit();
    expect(s).toMatchObject({ rows: 10, imported: 8, skipped: 2, skippedBy: { columns: 1, date: 1 } });
    expect(s.examples.map((p) => p.line)).toEqual([4, 7]);
    const events = [];
    for await (const c of store.claims()) if (c.attrs?.GLOBALEVENTID) events.push(c);
    expect(events).toHaveLength(8);
    expect(summary.claimsNew).toBeGreaterThanOrEqual(8);
  });

  it('reports an unknown event code, a bad event id and a bad number', async () => {
    const rows = [
      withColumn(good[0]!, COL.EventCode, '999'),
      withColumn(good[1]!, COL.GLOBALEVENTID, 'x12'),
      withColumn(good[2]!, COL.NumSources, 'many'),
    ];
    const path = join(mkdtempSync(join(tmpdir(), 'geokg-gdelt-bad-')), 'codes.export.CSV');
    writeFileSync(path, rows.join('\r\n'));
    const stats = emptyGdeltStats();
    for await (const _ of readGdelt(path, { registry: defaultRegistry(), skipBad: true, stats })) void _;
    expect(stats.skippedBy).toEqual({ 'event-code': 1, 'event-id': 1, number: 1 });
  });

  it('reads CRLF line ends and a last line without one', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'geokg-gdelt-crlf-')), 'crlf.export.CSV');
    writeFileSync(path, good.join('\r\n'));
    const stats = emptyGdeltStats();
    let claims = 0;
    for await (const b of readGdelt(path, { registry: defaultRegistry(), stats })) claims += b.claims.length;
    expect(stats).toMatchObject({ rows: 10, imported: 10, skipped: 0 });
    expect(claims).toBeGreaterThanOrEqual(10);
  });

  describe('on worker threads, a row or two a chunk', () => {
    const threads = { workers: 2, parallelMinBytes: 0, chunkBytes: 1500 };

    it('refuses the file naming each bad line, and the store is left untouched', async () => {
      const path = badFile();
      const store = tmpStore();
      const writer = await store.writer();
      const err = await importGdelt([path], writer, { registry: defaultRegistry(), ...threads }).catch(
        (e: unknown) => e,
      );
      writer.abort();
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).problems.map((p) => [p.file, p.line])).toEqual([
        [path, 4],
        [path, 7],
      ]);
      expect(store.exists()).toBe(false);
    });

    it('with skipBad imports the other rows and counts the skipped ones', async () => {
      const store = tmpStore();
      const writer = await store.writer();
      const s = await importGdelt([badFile()], writer, {
        registry: defaultRegistry(),
        skipBad: true,
        ...threads,
      });
      await writer.commit();
      expect(s).toMatchObject({ rows: 10, imported: 8, skipped: 2, skippedBy: { columns: 1, date: 1 } });
      expect(s.examples.map((p) => p.line)).toEqual([4, 7]);
    });

    it('reports a worker thread that fails, and stops', async () => {
      const store = tmpStore();
      const writer = await store.writer();
      // A registry the worker cannot rebuild: its start-up throws.
      const bad = null as unknown as Entity;
      const run = importGdelt([FIXTURE], writer, {
        registry: defaultRegistry(),
        registryAdditions: [bad],
        ...threads,
      });
      await expect(run).rejects.toThrow(/GDELT worker thread failed/);
      writer.abort();
      expect(store.exists()).toBe(false);
    });
  });
});
