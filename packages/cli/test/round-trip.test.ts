// One claim contract: `geokg export --format jsonl` writes the rows `geokg extract` writes, and `geokg import`
// reads them back into an empty store with the same `stats --json`. On the seed graph, and on a GDELT export
// (the whole eval export when ../shared/eval has it, else the fixture).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, geokg } from './run.ts';

// ../shared beside the checkout, or two levels up from a worktree under wt/.
const SHARED = ['../shared', '../../shared']
  .map((d) => resolve(ROOT, d, 'eval/gdelt2_20191024143000.export.CSV'))
  .find((f) => existsSync(f));
const GDELT = SHARED ?? join(ROOT, 'packages/core/test/fixtures/gdelt/sample.export.CSV');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'geokg-rows-'));
});

const ok = (args: string[]): string => {
  const r = geokg(args);
  expect(r.stderr).not.toMatch(/problem|error/i);
  expect(r.code).toBe(0);
  return r.stdout;
};
const stats = (store: string): unknown => JSON.parse(ok(['--store', store, 'stats', '--json']));
const rows = (file: string): Record<string, unknown>[] =>
  readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** Exports `from` as rows, imports them into an empty store, and returns the rows. */
function roundTrip(from: string, name: string): Record<string, unknown>[] {
  const file = join(dir, `${name}.jsonl`);
  ok(['--store', from, 'export', '--format', 'jsonl', '-o', file]);
  const to = join(dir, `${name}-back`);
  ok(['--store', to, 'import', file]);
  expect(stats(to)).toEqual(stats(from));
  // Importing the rows again adds nothing: claim ids are kept as written.
  expect(geokg(['--store', to, 'import', file]).stderr).toMatch(/ 0 claims new/);
  return rows(file);
}

describe('export --format jsonl → import', () => {
  it('gives identical stats on the seed graph, in the rows of geokg extract', () => {
    const seed = join(dir, 'seed');
    ok(['--store', seed, 'build']);
    const out = roundTrip(seed, 'seed');
    const types = new Set(out.map((r) => `${r.type}:${r.type === 'entity' ? r.kind : ''}`));
    expect(types).toContain('entity:Document');
    expect(types).toContain('claim:');
    // The same shape as extract's: an entity row has kinds; a claim row names its entities and its evidence.
    const article = join(ROOT, 'seeds/articles/000_419cbe59cfa141f3.txt');
    const extracted = rows(writeTo(join(dir, 'extracted.jsonl'), ok(['extract', article])));
    const claimKeys = (r: Record<string, unknown>): string[] => Object.keys(r).sort();
    const textClaim = out.find((r) => r.type === 'claim' && r.source === 'text')!;
    expect(claimKeys(textClaim)).toEqual(claimKeys(extracted.find((r) => r.type === 'claim')!));
    expect(out.find((r) => r.type === 'entity')).toHaveProperty('kinds');
  }, 300_000);

  it(`gives identical stats on a GDELT export (${SHARED ? 'the eval export' : 'the fixture'}), and every claim names the row it came from`, () => {
    const g = join(dir, 'gdelt');
    ok(['--store', g, 'import', '--format', 'gdelt', GDELT]);
    const claims = roundTrip(g, 'gdelt').filter((r) => r.type === 'claim');
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims)
      expect(c.evidence).toMatchObject({ doc: expect.any(String), line: expect.any(Number) });
  }, 300_000);

  it('imports what geokg extract printed', () => {
    const article = join(ROOT, 'seeds/articles/000_419cbe59cfa141f3.txt');
    const file = writeTo(join(dir, 'article.jsonl'), ok(['extract', article]));
    const store = join(dir, 'from-extract');
    ok(['--store', store, 'import', file]);
    const direct = join(dir, 'direct');
    ok(['--store', direct, 'import', article]);
    expect(stats(store)).toEqual(stats(direct));
  }, 300_000);

  it('refuses a bad row with file, line and problem, and writes nothing', () => {
    const bad = writeTo(
      join(dir, 'bad.jsonl'),
      '{"type":"entity","id":"state:KAZ","kind":"State","kinds":["State"],"name":"Kazakhstan"}\n' +
        '{"type":"claim","subject":{"id":"state:KAZ","kind":"State","name":"Kazakhstan"},"predicate":"loves","object":{"id":"state:UKR","kind":"State","name":"Ukraine"},"modality":"asserted","confidence":1}\n',
    );
    const r = geokg(['--store', join(dir, 'none'), 'import', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.jsonl:2: unknown predicate "loves"/);
    expect(existsSync(join(dir, 'none', 'manifest.json'))).toBe(false);
  }, 300_000);
});

function writeTo(file: string, text: string): string {
  writeFileSync(file, text);
  return file;
}
