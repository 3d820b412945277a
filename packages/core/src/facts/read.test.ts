// The fact-file reader: a good file in each syntax (test/fixtures). Bad input: read-bad.test.ts.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { problems, read, registry } from '../../test/fact-files.ts';
import { readFactFile } from './read.ts';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures');
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
