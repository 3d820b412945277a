// Name resolution does not depend on how files are grouped into commands: `import a b` resolves every name
// exactly as `import a; import b` does (docs/fact-files.md, "References").
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { geokg } from './run.ts';

let dir: string;
const file = (name: string): string => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'geokg-names-'));
  // a.yaml declares a company with an alias; b.csv names it by that alias only, without kind or country.
  writeFileSync(
    file('a.yaml'),
    'entities:\n  - { kind: Company, name: Ostara Pipe Works, country: KAZ, aliases: [Ostara] }\n' +
      'facts:\n  - { subject: Ostara Pipe Works, predicate: operates, object: { name: Ostara Line, kind: Pipeline } }\n',
  );
  writeFileSync(
    file('b.csv'),
    'subject,predicate,object\nOstara,stakeholder-of,Ostara Line\nstate:KAZ,accuses,Ostara\n',
  );
});

const stats = (store: string): unknown => JSON.parse(geokg(['--store', store, 'stats', '--json']).stdout);

describe('names across the files of one import', () => {
  it('one command sees the files before it, exactly as separate commands see the store', () => {
    const one = file('one');
    const r = geokg(['--store', one, 'import', file('a.yaml'), file('b.csv')]);
    expect(r.stderr).not.toMatch(/unknown entity/);
    expect(r.code).toBe(0);
    const two = file('two');
    expect(geokg(['--store', two, 'import', file('a.yaml')]).code).toBe(0);
    expect(geokg(['--store', two, 'import', file('b.csv')]).code).toBe(0);
    expect(stats(one)).toEqual(stats(two));
    expect(stats(one)).toMatchObject({ claims: 3, edges: 3 });
  });

  it('in the other order both ways refuse the same name, and write nothing', () => {
    const one = geokg(['--store', file('three'), 'import', file('b.csv'), file('a.yaml')]);
    const sep = geokg(['--store', file('four'), 'import', file('b.csv')]);
    for (const r of [one, sep]) {
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/b\.csv:2: subject: unknown entity "Ostara"/);
    }
  });
});
