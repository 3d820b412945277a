// (a) An import SIGKILLed at each step of its commit (GEOKG_FAULT, store/fault.ts) and at random moments
// leaves the previous or the next version; re-running it gives what a clean import gives, no duplicates.
// (b) A second writer raced through the commit window (the first stopped there) is refused and touches
// nothing of the first.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMIT_STEPS } from '@geokg/core';
import { geokg, spawnGeokg } from '../run.ts';
import { checkStore } from './check.ts';
import { FULL, tally } from './tally.ts';

const STATES = ['KAZ', 'UKR', 'RUS', 'AZE', 'GEO', 'TUR', 'IRN', 'CHN'];
let dir: string;
let base: string;
let before: Set<string>;
let after: Set<string>;

/** A JSONL fact file of n distinct facts between states. */
function facts(name: string, n: number, offset: number): string {
  const rows = Array.from({ length: n }, (_, i) => {
    const k = i + offset;
    const day = String((k % 28) + 1).padStart(2, '0');
    const month = String((Math.floor(k / 28) % 12) + 1).padStart(2, '0');
    return JSON.stringify({
      subject: `state:${STATES[k % 8]}`,
      predicate: 'accuses',
      object: `state:${STATES[(k + 1 + (k % 7)) % 8]}`,
      date: `${2000 + Math.floor(k / 336)}-${month}-${day}`,
    });
  });
  const path = join(dir, name);
  writeFileSync(path, rows.join('\n') + '\n');
  return path;
}

const copyOfBase = () => {
  const store = join(mkdtempSync(join(tmpdir(), 'geokg-fault-')), 'data');
  cpSync(base, store, { recursive: true });
  return store;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'geokg-faults-'));
  base = join(dir, 'base');
  expect(geokg(['--store', base, 'import', facts('a.jsonl', 300, 0)]).code).toBe(0);
  before = (await checkStore(base)).ids;
  const clean = copyOfBase();
  expect(geokg(['--store', clean, 'import', facts('b.jsonl', 3000, 300)]).code).toBe(0);
  after = (await checkStore(clean)).ids;
  expect(after.size).toBeGreaterThan(before.size);
});

/** The store holds exactly the version before or after; re-running the import gives the clean result. */
async function recovers(store: string): Promise<void> {
  const now = await checkStore(store);
  expect(now.duplicates).toBe(0);
  expect([before.size, after.size]).toContain(now.ids.size);
  const again = geokg(['--store', store, 'import', join(dir, 'b.jsonl')]);
  expect(again.code, again.stderr).toBe(0);
  const done = await checkStore(store, after);
  tally({ stores: 2, lost: done.lost, duplicates: now.duplicates + done.duplicates });
  expect(done).toMatchObject({ lost: 0, duplicates: 0 });
  expect(done.ids.size).toBe(after.size);
}

describe('an import killed during its commit', () => {
  it.each(COMMIT_STEPS)('SIGKILL at %s leaves the previous or the next version', async (step) => {
    const store = copyOfBase();
    const r = geokg(['--store', store, 'import', join(dir, 'b.jsonl')], {
      env: { GEOKG_FAULT: `kill:${step}` },
    });
    expect(r.code).toBe(-1); // killed by a signal
    tally({ faults: 1 });
    await recovers(store);
  });

  it(`SIGKILL at random moments (${FULL ? 8 : 2})`, async () => {
    for (let i = 0; i < (FULL ? 8 : 2); i++) {
      const store = copyOfBase();
      const child = spawnGeokg(['--store', store, 'import', join(dir, 'b.jsonl')], { stdio: 'ignore' });
      const exited = new Promise((done) => child.on('exit', done));
      await new Promise((r) => setTimeout(r, 1500 + Math.random() * 4000));
      child.kill('SIGKILL');
      await exited;
      tally({ faults: 1 });
      await recovers(store);
    }
  });
});

describe('two writers', () => {
  it('a second import during the first one’s commit window is refused and touches nothing of it', async () => {
    const store = copyOfBase();
    const first = spawnGeokg(['--store', store, 'import', join(dir, 'b.jsonl')], {
      env: { GEOKG_FAULT: 'stop:claims-renamed' },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((done) => first.on('exit', (code) => done(code)));
    // Wait until it has stopped itself in the window (state T in /proc).
    for (let i = 0; i < 1200; i++) {
      const stat = readFileSync(`/proc/${first.pid}/stat`, 'utf8');
      if (/\) T /.test(stat)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const second = geokg(['--store', store, 'import', join(dir, 'a.jsonl')]);
    tally({ faults: 1 });
    expect(second.code).toBe(3);
    expect(second.stderr).toMatch(/is writing this store/);
    first.kill('SIGCONT');
    expect(await exited).toBe(0);
    const done = await checkStore(store, after);
    tally({ stores: 1, lost: done.lost, duplicates: done.duplicates });
    expect(done).toMatchObject({ lost: 0, duplicates: 0 });
  });
});
