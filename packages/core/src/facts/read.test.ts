// The fact-file reader: a good file in each syntax (test/fixtures), and every kind of bad input refused
// whole with `file:line: problem`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultRegistry } from '../registry/load.ts';
import { InputError } from './errors.ts';
import { readFactFile } from './read.ts';
import type { FactFile } from './read.ts';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures');
const registry = defaultRegistry();
const tmp = mkdtempSync(join(tmpdir(), 'geokg-facts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes `text` to a temporary file named `name` and reads it. */
function read(name: string, text: string): FactFile {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return readFactFile(path, registry);
}

/** The problems reading `text` reports, as `name:line: problem` with the temporary folder left out. */
function problems(name: string, text: string): string[] {
  try {
    read(name, text);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).name).toBe('InputError');
    const err = e as InputError;
    expect(err.message).toBe(err.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
    return err.message.split('\n').map((l) => l.replace(`${tmp}/`, ''));
  }
  throw new Error(`expected ${name} to be refused`);
}

const good = (ext: string) => readFactFile(join(FIXTURES, `facts-good.${ext}`), registry);

describe('good fact files', () => {
  it.each(['yaml', 'jsonl', 'csv'])('facts-good.%s gives its six claims', (ext) => {
    const f = good(ext);
    expect(f.claims.map((c) => `${c.subject.id} ${c.predicate} ${c.object.id}`)).toEqual([
      'state:KAZ requests-explanation state:UKR',
      'org:kaz:ministry-of-energy part-of state:KAZ',
      'org:kaz:ministry-of-energy operates facility:line-one',
      'state:RUS accuses state:UKR',
      'place:usa:georgia located-in state:USA',
      'state:GEO consults state:AZE',
    ]);
    expect(f.claims[0]).toMatchObject({
      modality: 'asserted',
      confidence: 0.9,
      cameo: '101',
      plover: 'REQUEST',
      time: { occurred: '2025-02-18' },
      evidence: { docId: f.document.id, doc: f.file, text: 'Astana asked Kyiv to explain the strike.' },
      source: 'fact',
    });
    expect(f.claims[2]!.time).toEqual({ reported: '2025-02' });
    expect(f.claims[3]).toMatchObject({
      modality: 'alleged',
      confidence: 0.6,
      claimedBy: { id: 'state:KAZ' },
    });
    // A structural edge takes no CAMEO code; an interaction gets its edge's first one by default.
    expect(f.claims[1]!.cameo).toBeUndefined();
    expect(f.claims[5]!.cameo).toBe('04');
    expect(f.document).toMatchObject({ kind: 'Document', name: f.file });
  });

  it('the three syntaxes say the same facts, so they give the same claim ids', () => {
    const [yaml, jsonl, csv] = ['yaml', 'jsonl', 'csv'].map((ext) => good(ext).claims.map((c) => c.id));
    expect(jsonl).toEqual(yaml);
    expect(csv).toEqual(yaml);
  });

  it('gives each fact the line it starts on', () => {
    expect(good('yaml').claims.map((c) => c.evidence?.line)).toEqual([16, 23, 26, 30, 37, 40]);
    expect(good('jsonl').claims.map((c) => c.evidence?.line)).toEqual([5, 6, 7, 8, 9, 10]);
    // The header is line 1 and a comment line 2.
    expect(good('csv').claims.map((c) => c.evidence?.line)).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('declares entities with their aliases, dated ones included, and creates the ones facts name by kind', () => {
    const yaml = good('yaml');
    expect(yaml.entities.map((d) => d.entity)).toEqual([
      {
        id: 'org:kaz:ministry-of-energy',
        kind: 'GovernmentBody',
        name: 'Ministry of Energy',
        aliases: ['Kazakh Ministry of Energy', 'MinEnergo'],
        props: { country: 'KAZ' },
      },
      {
        id: 'facility:line-one',
        kind: 'Pipeline',
        name: 'Line One',
        aliases: ['Old Line'],
        props: { commodity: 'oil' },
      },
    ]);
    expect(yaml.entities[1]!.aliases).toEqual([{ text: 'Old Line', type: 'former', validTo: '2001-12-31' }]);
    expect(yaml.created.map((e) => e.id)).toEqual(['place:usa:georgia']);
    const csv = good('csv');
    expect(csv.entities).toEqual([]);
    expect(csv.created.map((e) => `${e.id} ${e.kind}`)).toEqual([
      'org:kaz:ministry-of-energy GovernmentBody',
      'facility:line-one Pipeline',
      'place:usa:georgia Region',
    ]);
  });

  it('reads the same file the same way twice: same document id, same claim ids', () => {
    const a = good('yaml');
    const b = good('yaml');
    expect(b.document.id).toBe(a.document.id);
    expect(b.claims.map((c) => c.id)).toEqual(a.claims.map((c) => c.id));
  });

  it('keeps the digits of a CAMEO code written with a leading zero in YAML', () => {
    const f = read(
      'cameo.yaml',
      'facts:\n  - { subject: Astana, predicate: requests, object: Kyiv, cameo: 020 }\n',
    );
    expect(f.claims[0]!.cameo).toBe('020');
  });

  it('reads a "#" inside a CSV cell as text, and only whole lines starting with "#" as comments', () => {
    const f = read(
      'hash.csv',
      'subject,predicate,object,quote\n# a comment\nAstana,accuses,Kyiv,Strike #3 on the line\n',
    );
    expect(f.claims[0]!.evidence).toMatchObject({ line: 3, text: 'Strike #3 on the line' });
  });

  it('names what a fact is about and creates an entity under a given id with its given name', () => {
    const f = read(
      'about.yaml',
      [
        'facts:',
        '  - subject: Astana',
        '    predicate: accuses',
        '    object: Kyiv',
        '    about: { name: Strike on Line One, kind: Attack }',
        '  - subject: Ukraine',
        '    predicate: attacks',
        '    object: { id: "facility:kaz:ps-1", name: Pumping Station 1, kind: PumpingStation }',
        '',
      ].join('\n'),
    );
    expect(f.claims[0]!.about).toEqual({
      id: 'event:strike-on-line-one',
      kind: 'Attack',
      name: 'Strike on Line One',
    });
    expect(f.claims[1]!.object).toEqual({
      id: 'facility:kaz:ps-1',
      kind: 'PumpingStation',
      name: 'Pumping Station 1',
    });
  });

  it('reads entity rows of a CSV file that has type, kind and name columns', () => {
    const f = read(
      'mixed.csv',
      [
        'type,kind,name,country,aliases,subject,predicate,object',
        'entity,PumpingStation,Kropotkinskaya,RUS,Kropotkinskaya station;NPS Kropotkinskaya,,,',
        'fact,,,,,Ukraine,attacks,NPS Kropotkinskaya',
      ].join('\n'),
    );
    expect(f.entities.map((d) => d.entity)).toEqual([
      {
        id: 'facility:rus:kropotkinskaya',
        kind: 'PumpingStation',
        name: 'Kropotkinskaya',
        aliases: ['Kropotkinskaya station', 'NPS Kropotkinskaya'],
        props: { country: 'RUS' },
      },
    ]);
    expect(f.claims[0]).toMatchObject({
      object: { id: 'facility:rus:kropotkinskaya' },
      evidence: { line: 3 },
    });
  });

  it('keeps source and note with the claim, apart from the quote', () => {
    const f = read(
      'source.csv',
      'subject,predicate,object,source,note\nAstana,accuses,Kyiv,https://example.org/a,"second-hand, unconfirmed"\n',
    );
    expect(f.claims[0]!.attrs).toEqual({ source: 'https://example.org/a', note: 'second-hand, unconfirmed' });
    expect(f.claims[0]!.evidence?.text).toBeUndefined();
  });

  it('resolves a date-bounded alias only on a date it was valid', () => {
    const fact = (date: string) =>
      `{"subject":"Nur-Sultan","predicate":"accuses","object":"Kyiv","date":"${date}"}\n`;
    expect(read('nur.jsonl', fact('2020-05-01')).claims[0]!.subject.id).toBe('state:KAZ');
    expect(problems('nur.jsonl', fact('2023-05-01'))).toEqual([
      'nur.jsonl:1: subject: unknown entity "Nur-Sultan"; declare it under entities or give its kind',
    ]);
  });
});

describe('bad fact files are refused whole with file:line: problem', () => {
  describe('syntax errors', () => {
    it('YAML', () => {
      expect(
        problems(
          'bad.yaml',
          'facts:\n  - subject: Astana\n    predicate: accuses\n    object: { name: Kyiv\n',
        ),
      ).toEqual([
        'bad.yaml:4: YAML syntax: Flow map in block collection must be sufficiently indented and end with a }',
      ]);
      expect(problems('bad.yaml', 'facts:\n  - subject: Astana\n    subject: Kyiv\n')).toEqual([
        'bad.yaml:3: YAML syntax: Map keys must be unique',
      ]);
      expect(problems('bad.yaml', 'people:\n  - Astana\n')).toEqual([
        'bad.yaml:1: unknown section "people"; use "entities" or "facts"',
      ]);
    });

    it('JSON Lines', () => {
      expect(
        problems(
          'bad.jsonl',
          '{"subject":"Astana","predicate":"accuses","object":"Kyiv"}\n{"subject": "Astana",\n[1]\n',
        ),
      ).toEqual([
        `bad.jsonl:2: JSON syntax: Expected double-quoted property name in JSON at position 21`,
        'bad.jsonl:3: JSON syntax: expected a JSON object',
      ]);
    });

    it('CSV', () => {
      expect(problems('bad.csv', 'subject,predicate,object\nAstana,accuses,Kyiv\nAstana,accuses\n')).toEqual([
        'bad.csv:3: CSV syntax: Invalid Record Length: columns length is 3, got 2 on line 3',
      ]);
      expect(
        problems('bad.csv', 'subject,predicate,object\nAstana,accuses,Kyiv\nAstana,"accuses,Kyiv\n'),
      ).toEqual([
        'bad.csv:3: CSV syntax: Quote Not Closed: the parsing is finished with an opening quote at line 3',
      ]);
    });
  });

  it('unknown kinds, of a declared entity and of a fact side', () => {
    const yaml = problems(
      'kind.yaml',
      'entities:\n  - kind: Galaxy\n    name: Milky Way\nfacts:\n  - { subject: Foo, subject_kind: Planet, predicate: accuses, object: Kyiv }\n',
    );
    expect(yaml).toHaveLength(2);
    expect(yaml[0]).toMatch(/^kind\.yaml:2: unknown kind "Galaxy" \(known: .*PumpingStation.*\)$/);
    expect(yaml[1]).toMatch(/^kind\.yaml:5: subject: unknown kind "Planet" \(known: /);
    expect(
      problems('kind.csv', 'subject,predicate,object,object_kind\nAstana,attacks,Pump 9,Pump\n')[0],
    ).toMatch(/^kind\.csv:2: object: unknown kind "Pump" \(known: /);
    expect(problems('kind.jsonl', '{"type":"entity","kind":"Actor","name":"Someone"}\n')).toEqual([
      'kind.jsonl:1: kind "Actor" is abstract; use one of its sub-kinds',
    ]);
  });

  it('unknown predicates, and a missing one', () => {
    expect(
      problems('pred.jsonl', '{"subject":"Astana","predicate":"befriends","object":"Kyiv"}\n')[0],
    ).toMatch(/^pred\.jsonl:1: unknown predicate "befriends" \(known: .*requests-explanation.*\)$/);
    expect(problems('pred.csv', 'subject,object,subject_kind\nFoo,Kyiv,City\n')).toEqual([
      'pred.csv:2: a fact needs a "predicate"',
    ]);
  });

  it('wrong endpoint kinds, naming both kinds', () => {
    expect(
      problems('ends.yaml', 'facts:\n  - { subject: Astana, predicate: capital-of, object: Kyiv }\n'),
    ).toEqual(['ends.yaml:2: "capital-of" cannot join State → State: it goes from City to State']);
    expect(
      problems('ends.csv', 'subject,predicate,object,subject_kind\nLine Two,accuses,Kyiv,Pipeline\n'),
    ).toEqual(['ends.csv:2: "accuses" cannot join Pipeline → State: it goes from Actor to Actor|Event']);
  });

  it('bad dates', () => {
    expect(
      problems(
        'date.csv',
        'subject,predicate,object,date,reported\nAstana,accuses,Kyiv,2025-02-30,\nAstana,accuses,Kyiv,,yesterday\n',
      ),
    ).toEqual([
      'date.csv:2: date: "2025-02-30" is not a real date',
      'date.csv:3: reported: "yesterday" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)',
    ]);
    expect(
      problems(
        'date.yaml',
        'entities:\n  - kind: City\n    name: Old Town\n    aliases: [{ name: Older Town, to: 2001-13-01 }]\n',
      ),
    ).toEqual(['date.yaml:2: alias "Older Town" to: "2001-13-01" is not a real date']);
  });

  it('confidence outside 0..1', () => {
    const fact = (c: string) =>
      `{"subject":"Astana","predicate":"accuses","object":"Kyiv","confidence":${c}}`;
    expect(problems('conf.jsonl', [fact('1.5'), fact('-0.1'), fact('"high"'), fact('1')].join('\n'))).toEqual(
      [
        'conf.jsonl:1: confidence 1.5 must be a number from 0 to 1',
        'conf.jsonl:2: confidence -0.1 must be a number from 0 to 1',
        'conf.jsonl:3: confidence "high" must be a number from 0 to 1',
      ],
    );
    expect(problems('conf.csv', 'subject,predicate,object,confidence\nAstana,accuses,Kyiv,1.5\n')).toEqual([
      'conf.csv:2: confidence "1.5" must be a number from 0 to 1',
    ]);
    expect(
      problems(
        'conf.yaml',
        'facts:\n  - { subject: Astana, predicate: accuses, object: Kyiv, confidence: 2 }\n',
      ),
    ).toEqual(['conf.yaml:2: confidence 2 must be a number from 0 to 1']);
  });

  it('lists every problem of a file in line order, and one bad fact refuses the good ones with it', () => {
    const text = [
      'subject,predicate,object,modality,confidence',
      'Astana,accuses,Kyiv,,0.5',
      'Astana,accuses,Kyiv,rumoured,',
      'Astana,befriends,Kyiv,,',
      'Nowhere Land,accuses,Kyiv,,',
    ].join('\n');
    const found = problems('many.csv', text);
    expect(found.map((p) => p.split(': ')[0])).toEqual(['many.csv:3', 'many.csv:4', 'many.csv:5']);
    expect(found[0]).toBe(
      'many.csv:3: modality "rumoured" must be one of asserted, alleged, denied, hypothetical, negated',
    );
    expect(found[2]).toBe(
      'many.csv:5: subject: unknown entity "Nowhere Land"; declare it under entities or give its kind',
    );
  });

  it('unknown fields, properties and record types', () => {
    expect(
      problems('field.jsonl', '{"subject":"Astana","predicate":"accuses","object":"Kyiv","weight":3}\n'),
    ).toEqual(['field.jsonl:1: unknown field "weight" in a fact']);
    expect(
      problems('field.jsonl', '{"type":"claim","subject":"Astana","predicate":"accuses","object":"Kyiv"}\n'),
    ).toEqual(['field.jsonl:1: type "claim" must be "entity" or "fact"']);
    expect(
      problems('prop.yaml', 'entities:\n  - { kind: City, name: Atlantis, population: 3 }\n')[0],
    ).toMatch(/^prop\.yaml:2: City has no property "population" \(it has: .*country.*\)$/);
    expect(problems('prop.yaml', 'entities:\n  - { kind: State, name: Atlantis }\n')).toEqual([
      'prop.yaml:2: State requires "iso3"',
    ]);
  });

  it('two declarations of one id with unrelated kinds, and a name that means two things', () => {
    expect(
      problems(
        'twice.yaml',
        'entities:\n  - { kind: City, name: Springfield }\n  - { kind: Region, name: Springfield }\n',
      ),
    ).toEqual([
      'twice.yaml:3: "place:springfield" is a City and cannot also be a Region; give the second one its own id',
    ]);
    expect(problems('amb.csv', 'subject,predicate,object\nDominican,accuses,Kyiv\n')).toEqual([
      'amb.csv:2: subject: "Dominican" is ambiguous: state:DMA, state:DOM; use an id, a kind or a country',
    ]);
  });

  it('a file of an unknown type, and a missing file', () => {
    expect(problems('facts.txt', 'Astana accuses Kyiv')).toEqual([
      'facts.txt:1: unknown fact-file type; use .yaml, .yml, .jsonl or .csv',
    ]);
    expect(() => readFactFile(join(tmp, 'missing.yaml'), registry)).toThrow(
      /missing\.yaml:1: cannot read: ENOENT/,
    );
  });
});
