// `geokg import` on good and bad fact files, through the real command.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, geokg, snapshot } from './run.ts';

let dir: string;
let store: string;

const GOOD = `entities:
  - { kind: Company, name: Acme Pipelines, country: KAZ }
facts:
  - { subject: Acme Pipelines, predicate: operates, object: CPC pipeline }
  - { subject: Astana, predicate: accuses, object: Kyiv, modality: alleged, confidence: 0.6, date: 2026-11-20 }
`;

const BAD: Record<string, [string, string, RegExp]> = {
  syntax: [
    'bad.yaml',
    'facts:\n  - { subject: state:KAZ, predicate: accuses\n',
    /bad\.yaml:\d+: YAML syntax/,
  ],
  kind: [
    'kind.yaml',
    'entities:\n  - { kind: Spaceship, name: X }\n',
    /kind\.yaml:2: unknown kind "Spaceship"/,
  ],
  predicate: [
    'pred.jsonl',
    '{"subject":"state:KAZ","predicate":"loves","object":"state:UKR"}\n',
    /pred\.jsonl:1: unknown predicate "loves"/,
  ],
  endpoints: [
    'ends.csv',
    'subject,predicate,object\nstate:KAZ,capital-of,state:UKR\n',
    /ends\.csv:2: "capital-of" cannot join State → State/,
  ],
  date: [
    'date.yaml',
    'facts:\n  - { subject: state:KAZ, predicate: accuses, object: state:UKR, date: 2026-02-30 }\n',
    /date\.yaml:2: date: "2026-02-30" is not a real date/,
  ],
  confidence: [
    'conf.jsonl',
    '\n{"subject":"state:KAZ","predicate":"accuses","object":"state:UKR","confidence":1.5}\n',
    /conf\.jsonl:2: confidence 1.5 must be a number from 0 to 1/,
  ],
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'geokg-cli-'));
  store = join(dir, 'data');
  writeFileSync(join(dir, 'good.yaml'), GOOD);
  for (const [file, text] of Object.values(BAD)) writeFileSync(join(dir, file), text);
});

describe('geokg import', () => {
  it('imports a fact file and reports what was added; a second run adds nothing', () => {
    const first = geokg(['--store', store, 'import', join(dir, 'good.yaml'), '--json']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ claimsNew: 2, edgesNew: 2, claimsKnown: 0 });
    const before = snapshot(store);
    const again = geokg(['--store', store, 'import', join(dir, 'good.yaml')]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/0 claims new, 2 already known/);
    expect(snapshot(store)).toEqual(before);
  });

  for (const [name, [file, , message]] of Object.entries(BAD)) {
    it(`refuses a file with a ${name} problem, names file and line, and leaves the store unchanged`, () => {
      const before = snapshot(store);
      const r = geokg(['--store', store, 'import', join(dir, 'good.yaml'), join(dir, file)]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
      expect(snapshot(store)).toEqual(before);
    });
  }

  it('says what to do for a missing file and an unknown type', () => {
    expect(geokg(['--store', store, 'import', join(dir, 'nope.yaml')])).toMatchObject({ code: 1 });
    const r = geokg(['--store', store, 'import', join(dir, 'good.yaml'), '--format', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown --format "pdf"/);
  });

  it('takes a thread count for GDELT imports, and refuses a bad one', () => {
    const gdelt = join(ROOT, 'packages/core/test/fixtures/gdelt/sample.export.CSV');
    const fresh = join(dir, 'gdelt-store');
    const r = geokg(['--store', fresh, 'import', '--format', 'gdelt', '--workers', '2', gdelt]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/49 rows in 1 file\(s\): 49 imported/);
    // Told apart from a fact file by its name (*.export.CSV), without --format.
    const again = geokg(['--store', fresh, 'import', gdelt]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/49 rows in 1 file\(s\)/);
    const bad = geokg(['--store', fresh, 'import', '--format', 'gdelt', '--workers', 'lots', gdelt]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--workers.*whole number/);
  });

  it('exits 3 when viewing a store that does not exist', () => {
    const r = geokg(['--store', join(dir, 'no-such-store'), 'view']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/no store at .*geokg build/);
  });
});
