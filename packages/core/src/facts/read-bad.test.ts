// The fact-file reader refuses every kind of bad input whole, with `file:line: problem`.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problems, registry, tmp } from '../../test/fact-files.ts';
import { readFactFile } from './read.ts';

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
