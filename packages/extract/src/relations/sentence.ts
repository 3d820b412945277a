// Everything one sentence says: part-of claims from ministry names, nominal relations ("the attack on X",
// "a station near Y"), and the claims of each verb that a pattern of the lexicon matches.
import type { Entity } from '@geokg/core';
import type { Lexicon } from '../patterns/types.ts';
import type { SentenceMentions } from '../mentions/find.ts';
import { Clause } from './clause.ts';
import { recode } from '../patterns/complements-load.ts';
import { complementClaims, mayGovern } from './complement.ts';
import { adjunctEnd } from './adjunct.ts';
import { agentAttacks } from './agents.ts';
import { conditionalThreat, conditionSubject } from './conditional.ts';
import { deniesReport } from './denial.ts';
import { nominalEvents } from './events.ts';
import { emit, emitMatch } from './emit.ts';
import type { EmitContext } from './emit.ts';
import type { Matcher } from './match.ts';
import { modalityOf } from './modality.ts';
import { verdictClaims } from './verdict.ts';

/** Emits the sentence's claims; returns the subject of its first clause (for "He …" in the next one). */
export function sentenceClaims(
  x: EmitContext,
  found: SentenceMentions,
  lex: Lexicon,
  matcher: Matcher,
): Entity | undefined {
  const toks = x.sentence.toks;
  const { mentions } = found;
  const cl = new Clause(toks, mentions, lex.frameVerbs);
  for (const p of found.partOf) {
    const triggers: number[] = [];
    for (let i = p.start; i < p.end; i++) triggers.push(i);
    emit(x, {
      subject: p.subject,
      predicate: 'part-of',
      object: p.object,
      modality: 'asserted',
      confidence: lex.modality.confidence.asserted,
      triggers,
      pattern: 'names.yaml suffixes (governmental)',
      rule: 'part-of: a ministry named with its country',
    });
  }
  // Nominal relations: a mention, a preposition, a mention ("the attack on infrastructure").
  for (const [k, m] of mentions.entries()) {
    const prep = toks[m.end];
    if (m.quantified || (!m.agent && !lex.prepRelations.some((r) => r.preps.has(prep?.lower ?? ''))))
      continue;
    // A phrase inherits its sentence's hedges ("the attack, which reportedly …"), not its negation.
    const mod = modalityOf(cl, m.end - 1, { mentions: [k], regionStart: m.start }, lex.modality);
    const modality = mod.modality === 'negated' ? 'asserted' : mod.modality;
    const confidence = mod.modality === 'negated' ? lex.modality.confidence.asserted : mod.confidence;
    if (m.agent) {
      const triggers = range(m.start, m.end);
      emit(x, {
        subject: m.entity,
        predicate: 'attributed-to',
        object: m.agent,
        modality,
        confidence,
        triggers,
        pattern: 'nouns.yaml (a demonym or sponsor on an event)',
        rule: 'attributed-to: an event named with its agent',
      });
    }
    if (!prep) continue;
    for (const rel of lex.prepRelations) {
      if (!rel.preps.has(prep.lower) || !rel.subjectKinds.some((kind) => x.ontology.isA(m.entity.kind, kind)))
        continue;
      const o = objectAfter(cl, m.end + 1);
      const obj = o >= 0 ? mentions[o]! : undefined;
      if (
        !obj ||
        obj.quantified ||
        obj.role === 'speaker' ||
        !rel.objectKinds.some((kind) => x.ontology.isA(obj.entity.kind, kind))
      )
        continue;
      emit(x, {
        subject: m.entity,
        predicate: rel.predicate,
        object: obj.entity,
        modality,
        confidence,
        triggers: [m.end],
        pattern: rel.origin,
        rule: `preposition: ${prep.lower}`,
      });
      // "Israeli shelling in Gaza": the attacker attacks what the attack hit, or the place it hit.
      if (m.agent && x.ontology.isA(m.entity.kind, 'Attack')) {
        emit(x, {
          subject: m.agent,
          predicate: 'attacks',
          object: obj.entity,
          modality,
          confidence,
          cameo: lex.modality.attackCode,
          about: m.entity,
          triggers: [...range(m.start, m.end), m.end],
          pattern: rel.origin,
          rule: 'attack: an attack named by its attacker (modality.yaml attackCode)',
        });
      }
      break;
    }
  }
  nominalEvents(x, cl, lex);
  const consumed = new Set<number>();
  for (let v = 0; v < toks.length; v++) {
    const t = toks[v]!;
    if (consumed.has(v) || cl.cover[v]! >= 0) continue;
    if (mayGovern(cl, v, lex)) {
      const c = complementClaims(x, cl, v, lex, matcher);
      if (c >= 0) {
        consumed.add(c);
        continue;
      }
    }
    if (t.pos !== 'VERB') continue;
    // "called the bombing a cowardly act", "said the raid was barbaric": the verdict is the act.
    if (verdictClaims(x, cl, v, lex, matcher, consumed)) continue;
    // Part of a hyphenated modifier ("Israeli-occupied", "military-ruled"), not a verb of the clause.
    if (toks[v - 1]?.text === '-' && toks[v - 1]!.end === t.start) continue;
    // A participle between a determiner and its noun modifies it ("the detained sailors"): no act here;
    // so does one after a preposition or opening the sentence before a name or noun ("attacks by suspected
    // Sunni insurgents", "Suspected militants …"): "suspected" there is no DISTRUST by anyone.
    if (/ed$/.test(t.lower) && modifiesNext(cl, v)) continue;
    // No pattern can match (for one verb in five): no subject, complement or modality to work out.
    if (!matcher.mayMatch(cl, v)) continue;
    const subj = cl.subject(v);
    // "pledged to expel", "wants Putin to attack": the complement is the event; the governing verb counts
    // only through a pattern that names more than the verb.
    const governs = complementAfter(cl, v) && !lex.modality.purposeVerbs.has(t.lemma);
    let matches = matcher.match(cl, v, subj, governs);
    // "denied that Y had been killed" denies a report, no event; the verb's noun patterns ("denied any
    // role") stay (denial.ts).
    if (lex.modality.denyVerbs.has(t.lemma) && deniesReport(cl, v, subj, lex.modality.faultWords))
      matches = matches.filter((m) => m.pattern.post.length > 0);
    if (!matches.length) continue;
    let mod = modalityOf(cl, v, subj, lex.modality);
    if (mod.conditional) continue;
    const about = matcher.about(cl, v);
    const future = isFuture(cl, v, lex, mod.reported) && mod.modality !== 'negated';
    // A future act has not happened (PLOVER "Auxiliary modes": future); complements.yaml's future class
    // recodes the cooperative ones as the intent they express; self-announced force stays a threat.
    if (future && !mod.intent)
      mod = { ...mod, modality: 'hypothetical', confidence: lex.modality.confidence.hypothetical };
    for (const m of matches) {
      const code = future && lex.future ? recode(lex.future, m.pattern.cameo) : undefined;
      const threat = future ? conditionalThreat(cl, v, lex, m, mod) : undefined;
      const recoded =
        threat ??
        (code && code !== '---'
          ? {
              cameo: code,
              modality: 'asserted' as const,
              rule: 'future: a future act recoded as the intent it states (complements.yaml)',
              origin: `${lex.future!.origin} ${lex.future!.name}`,
            }
          : undefined);
      // A threat with no recipient named is put to the one the condition names ("unless Iran halts").
      const put =
        threat && !m.target.length ? conditionSubject(cl, v).filter((t) => !m.source.includes(t)) : [];
      emitMatch(x, cl, v, put.length ? { ...m, target: put } : m, mod, about, recoded);
      agentAttacks(x, cl, v, m, mod);
    }
  }
  return topicOf(cl);
}

/** The subject of the sentence's first verb that has one: who "He …" in the next sentence continues. */
function topicOf(cl: Clause): Entity | undefined {
  for (let v = 0; v < cl.toks.length; v++) {
    if (cl.toks[v]!.pos !== 'VERB' || cl.cover[v]! >= 0) continue;
    const s = cl.subject(v);
    if (s.mentions.length) return cl.mentions[s.mentions[0]!]!.entity;
  }
  return undefined;
}

/** will/shall/'ll (or "would" in reported speech) in v's verb group: "will meet", "said it would send". */
function isFuture(cl: Clause, v: number, lex: Lexicon, reported: boolean): boolean {
  for (let i = cl.groupStart(v); i < v; i++) {
    const w = cl.toks[i]!.lower;
    if (lex.modality.modalsFuture.has(w) || (reported && w === 'would')) return true;
  }
  return false;
}

/** The -ed form at v stands before its noun as an adjective: after a determiner, a preposition or nothing. */
function modifiesNext(cl: Clause, v: number): boolean {
  const prev = cl.toks[v - 1];
  const next = cl.toks[v + 1];
  if (!next) return false;
  if (prev?.pos === 'DET') return next.pos === 'NOUN';
  const opens = !prev || prev.pos === 'ADP' || (prev.pos === 'PUNCT' && cl.isBoundary(v - 1));
  return (
    opens && (cl.cover[v + 1]! >= 0 || next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN')
  );
}

/** Whether verb v takes an infinitive complement: "v to VERB" or "v X to VERB". */
function complementAfter(cl: Clause, v: number): boolean {
  const toks = cl.toks;
  let k = adjunctEnd(cl, v + 1);
  const m = cl.mentionFrom(k, 1);
  if (m >= 0) k = adjunctEnd(cl, cl.mentions[m]!.end);
  return toks[k]?.lower === 'to' && toks[k]!.pos === 'PART' && toks[k + 1]?.pos === 'VERB';
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

const PARTS = new Set([
  'east',
  'west',
  'north',
  'south',
  'centre',
  'center',
  'outskirts',
  'part',
  'parts',
  'heart',
  'edge',
]);

/** The mention a preposition governs: "on the depot", "in the north of the province". */
function objectAfter(cl: Clause, i: number): number {
  const direct = cl.mentionFrom(i, 3);
  if (direct >= 0) return direct;
  let k = i;
  while (cl.toks[k] && (cl.toks[k]!.pos === 'DET' || cl.toks[k]!.pos === 'ADJ')) k++;
  return PARTS.has(cl.toks[k]?.lower ?? '') && cl.toks[k + 1]?.lower === 'of' ? cl.mentionFrom(k + 2, 3) : -1;
}
