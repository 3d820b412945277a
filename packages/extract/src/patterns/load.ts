// Loads the pattern dictionaries under seeds/patterns/ (all *.yaml, in name order) into one Lexicon,
// checking every predicate and kind against the ontology so a typo fails at load, not silently.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_SEEDS_DIR } from '@geokg/core';
import type { Ontology } from '@geokg/core';
import { PatternError } from '../errors.ts';
import { parsePattern } from './parse.ts';
import type { Lexicon, ModalityRules, NameSuffix, NounEntry, PrepRelation, VerbPattern } from './types.ts';

export const DEFAULT_PATTERNS_DIR = join(DEFAULT_SEEDS_DIR, 'patterns');

type Raw = Record<string, unknown>;

interface RawBlock {
  name?: string;
  verbs?: string[] | Record<string, string | null>;
  code?: string;
  predicate?: string;
  reverse?: boolean;
  symmetric?: boolean;
  subject?: string[];
  object?: string[];
  patterns?: (string | RawPattern)[];
}

interface RawPattern {
  match: string;
  cameo?: string;
  predicate?: string;
  reverse?: boolean;
  symmetric?: boolean;
  subject?: string[];
  object?: string[];
}

export function loadLexicon(ontology: Ontology, dir: string = DEFAULT_PATTERNS_DIR): Lexicon {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort();
  } catch {
    throw new PatternError(
      `geokg extract: no pattern directory at ${dir}; pass patternsDir or restore seeds/patterns/`,
    );
  }
  const docs = files.map((f) => {
    try {
      return { file: f, data: (parse(readFileSync(join(dir, f), 'utf8')) ?? {}) as Raw };
    } catch (e) {
      throw new PatternError(`geokg extract: ${f} is not valid YAML (${(e as Error).message}); fix the file`);
    }
  });
  const sets = new Map<string, string[][]>();
  for (const { data } of docs) {
    for (const [name, items] of Object.entries((data.sets ?? {}) as Record<string, string[]>)) {
      const words = items.map((w) =>
        String(w).toLowerCase().replace(/_+$/, '').split(/[_ ]+/).filter(Boolean),
      );
      sets.set(name.toUpperCase(), [...(sets.get(name.toUpperCase()) ?? []), ...words]);
    }
  }
  const lex: Lexicon = {
    patterns: new Map(),
    prepRelations: [],
    nouns: new Map(),
    nounFirst: new Map(),
    titles: new Map(),
    titleSet: new Set(),
    suffixes: new Map(),
    quantifiers: new Set(),
    sponsorPhrases: [],
    modality: emptyModality(),
    frameVerbs: new Set(),
  };
  for (const { file, data } of docs) {
    const rank = typeof data.rank === 'number' ? data.rank : 0;
    (data.blocks as RawBlock[] | undefined)?.forEach((b, i) =>
      addBlock(lex, b, rank, `${file}#${b.name ?? i}`, sets, ontology),
    );
    for (const p of (data.prepositions ?? []) as Raw[])
      lex.prepRelations.push(prepRelation(p, file, ontology));
    if (data.nouns) addNouns(lex, data.nouns as Raw, file, ontology);
    for (const t of (data.titles ?? []) as string[]) addMulti(lex.titles, lex.titleSet, t);
    for (const [w, s] of Object.entries((data.suffixes ?? {}) as Record<string, string | NameSuffix>)) {
      const suffix = typeof s === 'string' ? { kind: s } : s;
      checkKind(ontology, suffix.kind, `${file} suffixes.${w}`);
      lex.suffixes.set(w.toLowerCase(), suffix);
    }
    for (const q of (data.quantifiers ?? []) as string[]) lex.quantifiers.add(q.toLowerCase());
    for (const s of (data.sponsors ?? []) as string[]) lex.sponsorPhrases.push(s.toLowerCase().split(/\s+/));
    if (data.modality) addModality(lex.modality, data.modality as Raw);
  }
  const m = lex.modality;
  for (const set of [m.reportVerbs, m.hedgeVerbs, m.denyVerbs]) for (const w of set) lex.frameVerbs.add(w);
  for (const list of lex.patterns.values()) list.sort((a, b) => a.rank - b.rank || b.weight - a.weight);
  return lex;
}

function addBlock(
  lex: Lexicon,
  b: RawBlock,
  rank: number,
  where: string,
  sets: Map<string, string[][]>,
  ontology: Ontology,
): void {
  const verbs: [string, string | null | undefined][] = Array.isArray(b.verbs)
    ? b.verbs.map((v) => [v, undefined])
    : Object.entries(b.verbs ?? {});
  if (!verbs.length)
    throw new PatternError(`geokg extract: ${where} has no verbs; list the trigger verbs under verbs:`);
  const patterns = (b.patterns ?? []).map((p) => (typeof p === 'string' ? { match: p } : p));
  for (const [verbPhrase, own] of verbs) {
    // "carry out": the verb is the first word, the particle a first adjacent literal.
    const [verb, ...particle] = verbPhrase.toLowerCase().split(/\s+/);
    const prefix = particle.length ? `{${particle.join(' ')}} ` : '';
    const list = lex.patterns.get(verb!) ?? [];
    for (const p of patterns) {
      const body = p.match.replace('*', `* ${prefix}`);
      list.push(compile(p, b, body, rank, where, sets, ontology, verb!));
    }
    const fallback = own ?? b.code;
    if (fallback && fallback !== '---') {
      list.push(compile({ match: '*' }, b, `* ${prefix}[${fallback}]`, rank, where, sets, ontology, verb!));
    } else if (b.predicate && !patterns.length) {
      list.push(compile({ match: '*' }, b, `* ${prefix}`, rank, where, sets, ontology, verb!));
    }
    lex.patterns.set(verb!, list);
  }
}

function compile(
  p: RawPattern,
  b: RawBlock,
  body: string,
  rank: number,
  where: string,
  sets: Map<string, string[][]>,
  ontology: Ontology,
  verb: string,
): VerbPattern {
  const parsed = parsePattern(body, sets, where);
  const cameo = p.cameo ?? parsed.code ?? ((p.predicate ?? b.predicate) ? undefined : b.code);
  let predicate = p.predicate ?? b.predicate;
  if (cameo === '---') predicate = 'none';
  else if (!predicate) {
    if (!cameo)
      throw new PatternError(
        `geokg extract: ${where}: "${p.match}" has neither a predicate nor a CAMEO code; add [code] or predicate:`,
      );
    predicate = ontology.edgeForCameo(cameo)?.name;
    if (!predicate)
      throw new PatternError(
        `geokg extract: ${where}: CAMEO code ${cameo} maps to no edge of the ontology; give predicate:`,
      );
  } else if (!ontology.edgeKinds.has(predicate)) {
    throw new PatternError(
      `geokg extract: ${where}: unknown predicate "${predicate}"; use one of ${[...ontology.edgeKinds.keys()].join(', ')}`,
    );
  }
  const subjectKinds = p.subject ?? b.subject;
  const objectKinds = p.object ?? b.object;
  for (const k of [...(subjectKinds ?? []), ...(objectKinds ?? [])]) checkKind(ontology, k, where);
  const plover = predicate !== 'none' ? ontology.edge(predicate).plover : undefined;
  return {
    verb,
    pre: parsed.pre,
    post: parsed.post,
    predicate,
    ...(cameo && cameo !== '---' ? { cameo } : {}),
    ...(plover ? { plover } : {}),
    reverse: p.reverse ?? b.reverse ?? false,
    symmetric: p.symmetric ?? b.symmetric ?? false,
    ...(subjectKinds ? { subjectKinds } : {}),
    ...(objectKinds ? { objectKinds } : {}),
    weight: parsed.weight,
    origin: where,
    rank,
    needs: parsed.post.flatMap((e) => (e.type === 'lit' ? [[...new Set(e.alts.map((a) => a[0]!))]] : [])),
  };
}

function prepRelation(p: Raw, file: string, ontology: Ontology): PrepRelation {
  const predicate = String(p.predicate);
  if (!ontology.edgeKinds.has(predicate))
    throw new PatternError(`geokg extract: ${file}: unknown predicate "${predicate}" under prepositions`);
  const subjectKinds = (p.subject ?? ['Thing']) as string[];
  const objectKinds = (p.object ?? ['Thing']) as string[];
  for (const k of [...subjectKinds, ...objectKinds]) checkKind(ontology, k, `${file} prepositions`);
  return {
    preps: new Set((p.preps as string[]).map((s) => s.toLowerCase())),
    predicate,
    subjectKinds,
    objectKinds,
    origin: file,
  };
}

function addNouns(lex: Lexicon, nouns: Raw, file: string, ontology: Ontology): void {
  const needs = new Set(((nouns.needsModifier ?? []) as string[]).map((w) => w.toLowerCase()));
  const put = (word: string, entry: NounEntry): void => {
    const w = word.toLowerCase();
    const words = w.split(/\s+/);
    lex.nouns.set(w, needs.has(w) ? { ...entry, needsModifier: true } : entry);
    lex.nounFirst.set(words[0]!, Math.max(lex.nounFirst.get(words[0]!) ?? 0, words.length));
  };
  for (const w of (nouns.state ?? []) as string[]) put(w, { role: 'state' });
  for (const w of (nouns.speaker ?? []) as string[]) put(w, { role: 'speaker', kind: 'Group' });
  for (const role of ['group', 'thing'] as const) {
    for (const [kind, words] of Object.entries((nouns[role] ?? {}) as Record<string, string[]>)) {
      checkKind(ontology, kind, `${file} nouns.${role}.${kind}`);
      for (const w of words) put(w, { role, kind });
    }
  }
}

function addMulti(first: Map<string, number>, all: Set<string>, phrase: string): void {
  const words = phrase.toLowerCase().split(/\s+/);
  first.set(words[0]!, Math.max(first.get(words[0]!) ?? 0, words.length));
  all.add(words.join(' '));
}

function checkKind(ontology: Ontology, kind: string, where: string): void {
  if (!ontology.hasKind(kind))
    throw new PatternError(
      `geokg extract: ${where}: unknown kind "${kind}"; use one of ${ontology.concreteKinds().join(', ')}`,
    );
}

function emptyModality(): ModalityRules {
  return {
    hedgeWords: new Set(),
    hedgePhrases: [],
    sentenceHedges: new Set(),
    negations: new Set(),
    negationPhrases: [],
    modalsHypothetical: new Set(),
    modalsEpistemic: new Set(),
    reportVerbs: new Set(),
    hedgeVerbs: new Set(),
    denyVerbs: new Set(),
    hypotheticalGovernors: new Set(),
    intentGovernors: new Set(),
    confidence: { asserted: 0.9, alleged: 0.5, denied: 0.4, hypothetical: 0.4, negated: 0.6 },
    hedgeFactor: 0.8,
    reportedFactor: 0.95,
    refusals: {},
    threatCode: '138',
  };
}

function addModality(m: ModalityRules, raw: Raw): void {
  const words = (k: string): string[] => ((raw[k] ?? []) as string[]).map((w) => w.toLowerCase());
  const fill = (set: Set<string>, k: string): void => {
    for (const w of words(k)) set.add(w);
  };
  for (const w of words('hedges')) {
    if (w.includes(' ')) m.hedgePhrases.push(w.split(' '));
    else m.hedgeWords.add(w);
  }
  for (const w of words('negations')) {
    if (w.includes(' ')) m.negationPhrases.push(w.split(' '));
    else m.negations.add(w);
  }
  fill(m.sentenceHedges, 'sentenceHedges');
  fill(m.modalsHypothetical, 'hypotheticalModals');
  fill(m.modalsEpistemic, 'epistemicModals');
  fill(m.reportVerbs, 'reportVerbs');
  fill(m.hedgeVerbs, 'hedgeVerbs');
  fill(m.denyVerbs, 'denyVerbs');
  fill(m.hypotheticalGovernors, 'hypotheticalGovernors');
  fill(m.intentGovernors, 'intentGovernors');
  if (raw.confidence) Object.assign(m.confidence, raw.confidence);
  if (typeof raw.hedgeFactor === 'number') m.hedgeFactor = raw.hedgeFactor;
  if (typeof raw.reportedFactor === 'number') m.reportedFactor = raw.reportedFactor;
  if (raw.refusals) Object.assign(m.refusals, raw.refusals);
  if (typeof raw.threatCode === 'string') m.threatCode = raw.threatCode;
}
