// Identity is decided per document: an article gives the same claims whatever the store already holds and
// whatever order the files are imported in, and no speaker is taken from another document. Real command,
// real stores; the articles are short wire stories written for this test (fixtures/wire/).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { geokg } from './run.ts';

const WIRE = 'packages/cli/test/fixtures/wire';
const A = `${WIRE}/lima-talks.txt`;
const B = `${WIRE}/nairobi-strike.md`;
const C = `${WIRE}/baghdad-clashes.html`;
const SEED = 'seeds/articles/000_419cbe59cfa141f3.txt';

interface Row {
  type: string;
  id: string;
  subject: { id: string };
  predicate: string;
  object: { id: string };
  claimedBy?: { id: string };
  evidence?: { docId?: string; doc?: string };
}

const fresh = (): string => join(mkdtempSync(join(tmpdir(), 'geokg-identity-')), 'data');

function run(args: string[]): string {
  const r = geokg(args);
  expect(r.stderr.split('\n').filter((l) => /Error|error:/.test(l))).toEqual([]);
  expect(r.code).toBe(0);
  return r.stdout;
}

/** The claims a store holds from the given documents (by id), as sorted "id subject predicate object by" lines. */
function claimsOf(store: string, docs: string[]): string[] {
  const rows = run(['--store', store, 'export', '--format', 'jsonl'])
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row);
  return describeClaims(rows.filter((r) => r.type === 'claim' && docs.includes(r.evidence?.docId ?? '')));
}

/** `geokg extract` of the files: their document ids and claims. */
function extract(files: string[]): { docs: string[]; claims: string[] } {
  const rows = run(['extract', ...files])
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row & { kind?: string });
  return {
    docs: rows.filter((r) => r.kind === 'Document').map((r) => r.id),
    claims: describeClaims(rows.filter((r) => r.type === 'claim')),
  };
}

const describeClaims = (rows: Row[]): string[] =>
  rows.map((r) => `${r.id} ${r.subject.id} ${r.predicate} ${r.object.id} ${r.claimedBy?.id ?? '-'}`).sort();

let seedStore: string;

beforeAll(() => {
  seedStore = fresh();
  run(['--store', seedStore, 'build']);
  run(['--store', seedStore, 'build']);
});

describe('identity scoped to the document', () => {
  it('gives the same claims in an empty store, the seed store, one by one or all at once, in any order', () => {
    for (const f of [A, B, C]) run(['--store', seedStore, 'import', f]);
    const reversed = fresh();
    for (const f of [C, B, A]) run(['--store', reversed, 'import', f]);
    const together = fresh();
    run(['--store', together, 'import', B, A, C]);
    const x = extract([A, B, C]);
    const inSeed = claimsOf(seedStore, x.docs);
    expect(inSeed.length).toBeGreaterThan(3);
    expect(claimsOf(reversed, x.docs)).toEqual(inSeed);
    expect(claimsOf(together, x.docs)).toEqual(inSeed);
    expect(x.claims).toEqual(inSeed);
  }, 300_000);

  it('never takes a speaker or actor from another document: a bare "foreign ministry" is not Kazakhstan’s', () => {
    const lima = claimsOf(seedStore, extract([A]).docs);
    expect(lima.length).toBeGreaterThan(0);
    expect(lima.join('\n')).not.toMatch(/kaz/i);
  }, 60_000);

  it('keeps every claim of the seed article when the seed is built twice', () => {
    const x = extract([SEED]);
    expect(claimsOf(seedStore, x.docs)).toEqual(x.claims);
  }, 120_000);
});
