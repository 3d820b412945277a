// Entity ids: checked once, in core (model/ids.ts), for every reader; edge keys cannot collide whatever
// the ids hold.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { edgeKey } from '../graph/geograph.ts';
import { entityId, idProblem } from '../model/ids.ts';
import { defaultRegistry } from '../seeded/registry.ts';
import { writeBatch } from '../store/batch.ts';
import { openStore } from '../store/store.ts';
import { InputError } from '../errors.ts';
import { readFactFile } from './read.ts';

const registry = defaultRegistry();
const tmp = mkdtempSync(join(tmpdir(), 'geokg-ids-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function problems(name: string, text: string | Buffer): string[] {
  const path = join(tmp, name);
  writeFileSync(path, text);
  try {
    readFactFile(path, registry);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).problems.map((p) => `${name}:${p.line}: ${p.message}`);
  }
  throw new Error(`expected ${name} to be refused`);
}

describe('entity ids', () => {
  it('idProblem: empty, control characters, spaces at the ends, a prefix not of the kind', () => {
    expect(idProblem('org:acme', 'Company', 'org')).toBeUndefined();
    expect(idProblem('org:a|b\\c', 'Company', 'org')).toBeUndefined();
    expect(idProblem('', 'Company', 'org')).toMatch(/non-empty/);
    expect(idProblem(7, 'Company', 'org')).toMatch(/non-empty string/);
    for (const bad of ['org:a\tb', 'org:a\nb', 'org:a\rb', 'org:a\u0000', 'org:a\u2028b', 'org:a\u0085'])
      expect(idProblem(bad, 'Company', 'org')).toMatch(/control character/);
    expect(idProblem(' org:a', 'Company', 'org')).toMatch(/space/);
    expect(idProblem('state:ACME', 'Company', 'org')).toMatch(/must be "org:".*id prefix of Company/);
    expect(idProblem('org:', 'Company', 'org')).toMatch(/must be "org:"/);
    expect(idProblem('acme', 'Company', 'org')).toMatch(/must be "org:"/);
  });

  it('derived ids are valid whatever the name or country code held', () => {
    for (const [prefix, name, country] of [
      ['org', 'A|B\tC', 'K|Z'],
      ['state', 'K\tZ', undefined],
      ['place', '\u0000', 'x\ny'],
    ] as const) {
      const id = entityId(prefix, name, country);
      expect(idProblem(id, 'X', prefix)).toBeUndefined();
    }
    expect(entityId('org', 'Foreign Ministry', 'KAZ')).toBe('org:kaz:foreign-ministry');
    expect(entityId('state', 'kaz')).toBe('state:KAZ');
  });

  it('a fact file refuses an empty id, a control character and a wrong prefix, each at its line', () => {
    const yaml = [
      'entities:',
      '  - { id: "", kind: Company, name: Empty }',
      '  - { id: "org:a\\tb", kind: Company, name: Tab }',
      '  - { id: "state:ACME", kind: Company, name: Wrong prefix }',
      'facts:',
      '  - { subject: "org:new", subject_kind: State, predicate: accuses, object: state:UKR }',
    ].join('\n');
    expect(problems('ids.yaml', yaml)).toEqual([
      'ids.yaml:2: an id must be a non-empty string',
      'ids.yaml:3: id "org:a\\tb" contains a control character (a tab, a line break…)',
      'ids.yaml:4: id "state:ACME" must be "org:" and a name: org is the id prefix of Company',
      'ids.yaml:6: subject: id "org:new" must be "state:" and a name: state is the id prefix of State',
    ]);
    const jsonl = '{"type":"entity","id":"org:x\\u0000","kind":"Company","name":"Nul"}\n';
    expect(problems('ids.jsonl', jsonl)).toEqual([
      'ids.jsonl:1: id "org:x\\u0000" contains a control character (a tab, a line break…)',
    ]);
    const csv = 'type,id,kind,name\nentity,person:x,Company,Wrong\n';
    expect(problems('ids.csv', csv)).toEqual([
      'ids.csv:2: id "person:x" must be "org:" and a name: org is the id prefix of Company',
    ]);
  });

  it('edge keys escape "|" and "\\", so two edges never share one', () => {
    expect(edgeKey('state:KAZ', 'accuses', 'state:UKR')).toBe('state:KAZ|accuses|state:UKR');
    expect(edgeKey('org:x|operates|facility:y', 'operates', 'facility:z')).not.toBe(
      edgeKey('org:x', 'operates', 'facility:y|operates|facility:z'),
    );
    expect(edgeKey('org:a\\', 'operates', 'facility:b')).not.toBe(
      edgeKey('org:a', 'operates', '\\|facility:b'),
    );
  });

  it('facts whose ids hold "|" stay separate edges through the store', async () => {
    const yaml = [
      'entities:',
      '  - { id: "org:x|operates|facility:y", kind: Company, name: A }',
      '  - { id: "facility:z", kind: Pipeline, name: Z }',
      '  - { id: "org:x", kind: Company, name: X }',
      '  - { id: "facility:y|operates|facility:z", kind: Pipeline, name: Y }',
      'facts:',
      '  - { subject: "org:x|operates|facility:y", predicate: operates, object: "facility:z" }',
      '  - { subject: "org:x", predicate: operates, object: "facility:y|operates|facility:z" }',
    ].join('\n');
    const path = join(tmp, 'pipes.yaml');
    writeFileSync(path, yaml);
    const f = readFactFile(path, registry);
    const store = openStore(join(tmp, 'store'));
    const w = await store.writer();
    writeBatch(w, registry, { entities: [f.document, ...f.entities.map((d) => d.entity)], claims: f.claims });
    expect((await w.commit()).edgesNew).toBe(2);
    const g = await store.load();
    expect(g.graph.size).toBe(2);
    expect(g.graph.edges().map((e) => g.graph.extremities(e).join(' → '))).toEqual([
      'org:x|operates|facility:y → facility:z',
      'org:x → facility:y|operates|facility:z',
    ]);
  });
});
