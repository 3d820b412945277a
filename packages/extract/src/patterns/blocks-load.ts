// The blocks: sections of the pattern files (relations.yaml, cameo-verbs.yaml) and the light verbs of
// event nouns, compiled into verb patterns. Every key and shape is checked: a typo fails with file:line.
import type { Ontology } from '@geokg/core';
import { PatternError } from '../errors.ts';
import { GAP, parsePattern } from './parse.ts';
import type { PatternFile, Path, Raw } from './source.ts';
import type { EventNoun, Lexicon, VerbPattern } from './types.ts';

const BLOCK_KEYS = [
  'name',
  'verbs',
  'code',
  'predicate',
  'reverse',
  'symmetric',
  'subject',
  'object',
  'topic',
  'patterns',
];
const PATTERN_KEYS = ['match', 'cameo', 'predicate', 'reverse', 'symmetric', 'subject', 'object', 'topic'];

/** What a block or pattern says about its claim; a pattern's own keys win over its block's. */
interface Spec {
  code?: string;
  predicate?: string;
  reverse?: boolean;
  symmetric?: boolean;
  subject?: string[];
  object?: string[];
  topic?: boolean;
}

/** "hold talks (with|between +)", "call a truce": each light verb of an event noun as curated verb patterns. */
export function addLightVerbs(
  lex: Lexicon,
  e: EventNoun,
  sets: Map<string, string[][]>,
  ontology: Ontology,
): void {
  const nouns = e.nouns.map((n) => n.join('_')).join('|');
  const preps = [...e.targets].join('|');
  const lines = [...(preps ? [`* ${nouns} (${preps} +) [${e.code}]`] : []), `* ${nouns} [${e.code}]`];
  for (const verbPhrase of e.lightVerbs) {
    const [verb, ...particle] = verbPhrase.split(/\s+/);
    const prefix = particle.length ? `{${particle.join(' ')}} ` : '';
    const list = lex.patterns.get(verb!) ?? [];
    for (const line of lines) {
      const c = compile(
        { symmetric: e.symmetric, ...(e.subject ? { subject: e.subject } : {}) },
        line.replace('*', `* ${prefix}`),
        line,
        0,
        `${e.origin} ${e.name}`,
        sets,
        ontology,
        verb!,
        undefined,
        undefined,
        particle.length,
      );
      // The noun belongs to the light verb's own phrase: "launched a major offensive", within three tokens.
      c.post[particle.length]!.gap = GAP.near;
      list.push(c);
    }
    lex.patterns.set(verb!, list);
  }
}

function readSpec(f: PatternFile, path: Path, raw: Raw, ontology: Ontology): Spec {
  const kinds = (k: 'subject' | 'object'): string[] | undefined => {
    if (raw[k] === undefined) return undefined;
    const list = f.strings([...path, k], raw[k], k);
    for (const kind of list)
      if (!ontology.hasKind(kind))
        f.fail([...path, k], `unknown kind "${kind}"; use one of ${ontology.concreteKinds().join(', ')}`);
    return list;
  };
  const predicate =
    raw.predicate === undefined ? undefined : f.string([...path, 'predicate'], raw.predicate, 'predicate');
  if (predicate !== undefined && !ontology.edgeKinds.has(predicate))
    f.fail(
      [...path, 'predicate'],
      `unknown predicate "${predicate}"; use one of ${[...ontology.edgeKinds.keys()].join(', ')}`,
    );
  const codeKey = raw.cameo !== undefined ? 'cameo' : 'code';
  const reverse = f.bool([...path, 'reverse'], raw.reverse, 'reverse');
  const symmetric = f.bool([...path, 'symmetric'], raw.symmetric, 'symmetric');
  const topic = f.bool([...path, 'topic'], raw.topic, 'topic');
  const subject = kinds('subject');
  const object = kinds('object');
  return {
    ...(raw[codeKey] !== undefined ? { code: f.code([...path, codeKey], raw[codeKey], codeKey) } : {}),
    ...(predicate ? { predicate } : {}),
    ...(reverse !== undefined ? { reverse } : {}),
    ...(symmetric !== undefined ? { symmetric } : {}),
    ...(topic !== undefined ? { topic } : {}),
    ...(subject ? { subject } : {}),
    ...(object ? { object } : {}),
  };
}

export function addBlock(
  lex: Lexicon,
  f: PatternFile,
  path: Path,
  rawBlock: unknown,
  rank: number,
  sets: Map<string, string[][]>,
  ontology: Ontology,
): void {
  const b = f.keys(path, rawBlock, BLOCK_KEYS, 'a block');
  const name = b.name === undefined ? String(path[1]) : f.string([...path, 'name'], b.name, 'name');
  const spec = readSpec(f, path, b, ontology);
  // verbs: a list of lemmas, or a map lemma → own default code (null: the block's).
  let verbs: [string, string | undefined, Path][];
  if (Array.isArray(b.verbs)) {
    verbs = f
      .strings([...path, 'verbs'], b.verbs, 'verbs')
      .map((v, i) => [v, undefined, [...path, 'verbs', i]]);
  } else if (b.verbs && typeof b.verbs === 'object') {
    verbs = Object.entries(b.verbs as Raw).map(([v, c]) => [
      v,
      c === null ? undefined : f.code([...path, 'verbs', v], c, `the code of verb "${v}"`),
      [...path, 'verbs', v],
    ]);
  } else if (b.verbs !== undefined)
    f.fail([...path, 'verbs'], 'verbs must be a list of words or a map verb → code');
  else verbs = [];
  if (!verbs.length) f.fail(path, `block "${name}" has no verbs; list the trigger verbs under verbs:`);
  if (b.patterns !== undefined && !Array.isArray(b.patterns))
    f.fail([...path, 'patterns'], 'patterns must be a list of pattern lines or { match: … } maps');
  const patterns = ((b.patterns ?? []) as unknown[]).map((p, i) => {
    const pp: Path = [...path, 'patterns', i];
    if (typeof p === 'string') return { match: p, spec: {}, where: f.at(pp) };
    const r = f.keys(pp, p, PATTERN_KEYS, 'a pattern');
    return {
      match: f.string([...pp, 'match'], r.match, 'match'),
      spec: readSpec(f, pp, r, ontology),
      where: f.at(pp),
    };
  });
  for (const [verbPhrase, own, vp] of verbs) {
    // "carry out": the verb is the first word, the particle a first adjacent literal.
    const [verb, ...particle] = verbPhrase.toLowerCase().split(/\s+/);
    const prefix = particle.length ? `{${particle.join(' ')}} ` : '';
    const list = lex.patterns.get(verb!) ?? [];
    for (const p of patterns) {
      const body = p.match.replace('*', `* ${prefix}`);
      // A pattern's own cameo: beats its [code]; the block's code comes last.
      const c = compile(
        { ...spec, ...p.spec },
        body,
        p.match,
        rank,
        `${p.where} ${name}`,
        sets,
        ontology,
        verb!,
        p.spec.code,
        spec.code,
        particle.length,
      );
      list.push(c);
    }
    const fallback = own ?? spec.code;
    const where = `${f.at(own ? vp : spec.code ? [...path, 'code'] : path)} ${name}`;
    // The verb alone: coded with its own or the block's code, or (uncoded) carrying only a predicate.
    const coded = !!fallback && fallback !== '---';
    if (coded || (spec.predicate && !patterns.length)) {
      const tag = coded ? `[${fallback}]` : '';
      const shape = coded ? `* ${tag}` : '*';
      list.push(
        compile(
          spec,
          `* ${prefix}${tag}`,
          shape,
          rank,
          where,
          sets,
          ontology,
          verb!,
          undefined,
          undefined,
          particle.length,
        ),
      );
    }
    lex.patterns.set(verb!, list);
  }
}

function compile(
  s: Spec,
  body: string,
  text: string,
  rank: number,
  where: string,
  sets: Map<string, string[][]>,
  ontology: Ontology,
  verb: string,
  own: string | undefined,
  blockCode: string | undefined,
  particles = 0,
): VerbPattern {
  const parsed = parsePattern(body, sets, where);
  // A particle ("call on", "carry out") sits right after the verb, not anywhere in the clause.
  for (let k = 0; k < particles; k++) parsed.post[k]!.gap = 1;
  // As before: a block's code is a pattern's code only when no predicate names the edge.
  const cameo = own ?? parsed.code ?? (s.predicate ? undefined : blockCode);
  let predicate = s.predicate;
  if (cameo === '---') predicate = 'none';
  else if (!predicate) {
    if (!cameo)
      throw new PatternError(
        `geokg extract: ${where}: "${text}" has neither a predicate nor a CAMEO code; add [code] or predicate:`,
      );
    predicate = ontology.edgeForCameo(cameo)?.name;
    if (!predicate)
      throw new PatternError(
        `geokg extract: ${where}: CAMEO code ${cameo} maps to no edge of the ontology; give predicate:`,
      );
  }
  const plover = predicate !== 'none' ? ontology.edge(predicate).plover : undefined;
  return {
    verb,
    pre: parsed.pre,
    post: parsed.post,
    predicate,
    ...(cameo && cameo !== '---' ? { cameo } : {}),
    ...(plover ? { plover } : {}),
    reverse: s.reverse ?? false,
    symmetric: s.symmetric ?? false,
    ...(s.topic ? { topic: true } : {}),
    ...(s.subject ? { subjectKinds: s.subject } : {}),
    ...(s.object ? { objectKinds: s.object } : {}),
    weight: parsed.weight,
    origin: where,
    text,
    rank,
    needs: parsed.post.flatMap((e) => (e.type === 'lit' ? [[...new Set(e.alts.map((a) => a[0]!))]] : [])),
  };
}
