// The pattern dictionaries: the line syntax, and a loader that refuses what the ontology does not know.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultOntology } from '@geokg/core';
import { PatternError } from '../errors.ts';
import { DEFAULT_PATTERNS_DIR, loadLexicon } from './load.ts';
import { GAP, parsePattern } from './parse.ts';

const sets = new Map([['WEAPON', [['rocket'], ['mortar', 'shell']]]]);

describe('parsePattern', () => {
  it('reads words, groups, slots, sets and the code', () => {
    const p = parsePattern('* &WEAPON|arms (at +) [190]', sets, 'test');
    expect(p.code).toBe('190');
    expect(p.post).toEqual([
      { type: 'lit', alts: [['rocket'], ['mortar', 'shell'], ['arms']], gap: GAP.far },
      { type: 'lit', alts: [['at']], gap: GAP.far },
      { type: 'slot', role: 'target', gap: GAP.near },
    ]);
    expect(p.weight).toBe(2);
  });

  it('keeps words before the verb and adjacent phrases', () => {
    const p = parsePattern('pilgrims * {air strike} [---]', sets, 'test');
    expect(p.pre).toEqual([['pilgrims']]);
    expect(p.post.map((e) => e.gap)).toEqual([GAP.far, GAP.adjacent]);
    expect(p.code).toBe('---');
  });

  it('refuses a pattern without a verb or with an unknown set', () => {
    expect(() => parsePattern('explanation [020]', sets, 'f.yaml#ASK')).toThrow(PatternError);
    expect(() => parsePattern('* &NOPE', sets, 'f.yaml#ASK')).toThrow(
      /unknown set &NOPE; declare it under sets:/,
    );
  });
});

describe('loadLexicon', () => {
  const dir = mkdtempSync(join(tmpdir(), 'geokg-patterns-'));
  const load = (yaml: string): unknown => {
    writeFileSync(join(dir, 'p.yaml'), yaml);
    return loadLexicon(defaultOntology(), dir);
  };

  it('loads the shipped dictionaries, curated before generated', () => {
    const lex = loadLexicon(defaultOntology());
    const accuse = lex.patterns.get('accuse')!;
    expect(accuse[0]!.origin).toMatch(/^relations\.yaml/);
    expect(accuse.some((p) => p.origin.startsWith('cameo-verbs.yaml'))).toBe(true);
    expect(lex.patterns.get('request')!.some((p) => p.predicate === 'requests-explanation')).toBe(true);
  });

  it('gives every verb of the converted CAMEO dictionary a code of its own', () => {
    const data = parse(readFileSync(join(DEFAULT_PATTERNS_DIR, 'cameo-verbs.yaml'), 'utf8')) as {
      blocks: { verbs: Record<string, unknown> }[];
    };
    const codes = data.blocks.flatMap((b) => Object.values(b.verbs));
    expect(codes.length).toBeGreaterThan(1800);
    expect(codes.every((c) => typeof c === 'string' && /^(\d{2,4}|---)$/.test(c))).toBe(true);
    const lex = loadLexicon(defaultOntology());
    expect(lex.patterns.get('reject')![0]!.origin).toMatch(/relations\.yaml:\d+ reject/);
  });

  it('refuses an unknown predicate or kind, naming the file', () => {
    expect(() =>
      load('blocks:\n  - { name: b, verbs: [hit], patterns: [{ match: "* +", predicate: smites }] }\n'),
    ).toThrow(/p\.yaml:2: unknown predicate "smites"/);
    expect(() =>
      load('blocks:\n  - { name: b, verbs: [hit], object: [Castle], patterns: ["* + [190]"] }\n'),
    ).toThrow(/unknown kind "Castle"/);
    expect(() => load('blocks:\n  - { name: b, verbs: [hit], patterns: ["* +"] }\n')).toThrow(
      /neither a predicate nor a CAMEO code/,
    );
  });

  it('refuses unknown keys and wrong shapes with file:line', () => {
    // A misspelt key used to be ignored, and the claim fell back to the block's code.
    expect(() =>
      load(
        'blocks:\n  - name: b\n    verbs: [castigate]\n    patterns:\n      - { match: "* +", predicte: accuses }\n',
      ),
    ).toThrow(/p\.yaml:5: unknown key "predicte" in a pattern/);
    expect(() => load('block:\n  - { name: b, verbs: [hit] }\n')).toThrow(/p\.yaml:1: unknown key "block"/);
    expect(() => load('blocks:\n  - name: b\n    verbs: castigate\n    code: "111"\n')).toThrow(
      /p\.yaml:3: verbs must be a list of words or a map/,
    );
    expect(() => load('blocks:\n  - { name: b, verbs: [hit], code: 190 }\n')).toThrow(
      /p\.yaml:2: code must be a quoted CAMEO code/,
    );
    expect(() => load('blocks: [\n')).toThrow(/p\.yaml:\d+: not valid YAML/);
    expect(() =>
      load(
        "complements:\n  - name: intent\n    governors: [vow]\n    roots: {}\n    otherwise: '030'\n    negated: refusl\n",
      ),
    ).toThrow(/p\.yaml:6: negated: names no class "refusl"; use one of intent/);
    expect(() =>
      load("verdicts:\n  verbs: [call]\n  classes:\n    - { name: bad, code: '111', word: [cowardly] }\n"),
    ).toThrow(/p\.yaml:4: unknown key "word" in a verdict class/);
    expect(() =>
      load("verdicts:\n  verbs: [call]\n  classes:\n    - { name: bad, code: '999', words: [cowardly] }\n"),
    ).toThrow(/p\.yaml:4: CAMEO code 999 maps to no edge/);
  });

  it("reads an event noun's subject kinds and refuses an unknown one with file:line", () => {
    const modality = join(dir, 'm.yaml');
    writeFileSync(modality, readFileSync(join(DEFAULT_PATTERNS_DIR, 'modality.yaml'), 'utf8'));
    const lex = load(
      "events:\n  - { name: p, nouns: [protest], code: '141', targets: [], nominal: true, subject: [Group] }\n",
    ) as { events: { subject?: string[] }[] };
    expect(lex.events[0]!.subject).toEqual(['Group']);
    expect(() =>
      load("events:\n  - { name: p, nouns: [protest], code: '141', targets: [], subject: [Mob] }\n"),
    ).toThrow(/p\.yaml:2: unknown kind "Mob"/);
    rmSync(modality);
  });

  it('takes every modality number from the YAML', () => {
    const shipped = readFileSync(join(DEFAULT_PATTERNS_DIR, 'modality.yaml'), 'utf8');
    writeFileSync(join(dir, 'p.yaml'), shipped.replace(/hypothetical: [0-9.]+/, 'hypothetical: 0.123'));
    expect(loadLexicon(defaultOntology(), dir).modality.confidence.hypothetical).toBe(0.123);
    writeFileSync(join(dir, 'p.yaml'), shipped.replace(/ *hedgeFactor: .*\n/, ''));
    expect(() => loadLexicon(defaultOntology(), dir)).toThrow(/p\.yaml:\d+: modality: needs "hedgeFactor"/);
    writeFileSync(join(dir, 'p.yaml'), shipped.replace(/hedgeFactor: .*\n/, 'hedgeFactor: high\n'));
    expect(() => loadLexicon(defaultOntology(), dir)).toThrow(/hedgeFactor must be a number from 0 to 1/);
    rmSync(dir, { recursive: true, force: true });
  });
});
