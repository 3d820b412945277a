// Turns matches into core Claims: endpoints (a place standing for its state when the edge needs an actor),
// direction, symmetric and pairwise readings, refusals and threats, evidence with trigger offsets, and the
// accusations implied by attributing an event to someone.
import { claimId, refOf } from '@geokg/core';
import type { Claim, Entity, Modality, Ontology, Span } from '@geokg/core';
import type { Sentence } from '../nlp/types.ts';
import type { DocState } from '../mentions/doc-state.ts';
import type { ModalityRules } from '../patterns/types.ts';
import type { Clause } from './clause.ts';
import type { VerbMatch } from './match.ts';
import type { ModalityResult } from './modality.ts';

export interface EmitContext {
  ontology: Ontology;
  rules: ModalityRules;
  doc: DocState;
  docId: string;
  docPath: string;
  reported?: string;
  sentence: Sentence;
  /** The sentence's text (document offsets sentence.start … sentence.end). */
  text: string;
  out: Claim[];
}

export interface Draft {
  subject: Entity;
  predicate: string;
  object: Entity;
  modality: Modality;
  confidence: number;
  cameo?: string;
  about?: Entity;
  claimedBy?: Entity;
  /** Token indices inside the sentence that triggered the claim. */
  triggers: number[];
  /** The pattern ("file:line block: text") and the reading ("verb", "threat", …) that made it. */
  pattern: string;
  rule: string;
}

/** Adds the claim if the ontology allows its ends (a place becomes its state where an actor is needed). */
export function emit(x: EmitContext, d: Draft): Claim | undefined {
  const edge = x.ontology.edgeKinds.get(d.predicate);
  if (!edge) return undefined;
  const fits = (e: Entity, kinds: string[]): boolean => kinds.some((k) => x.ontology.isA(e.kind, k));
  const asActor = (e: Entity, kinds: string[]): Entity | undefined => {
    if (fits(e, kinds)) return e;
    const c = e.props.country;
    return typeof c === 'string' && x.ontology.isA(e.kind, 'Place') ? x.doc.byId(`state:${c}`) : undefined;
  };
  const subject = asActor(d.subject, edge.source);
  const object = asActor(d.object, edge.target);
  if (!subject || !object || subject.id === object.id) return undefined;
  const s = x.sentence;
  const triggers: Span[] = [...new Set(d.triggers)]
    .sort((a, b) => a - b)
    .map((i) => ({ start: s.toks[i]!.start, end: s.toks[i]!.end }));
  const draft: Omit<Claim, 'id'> = {
    subject: refOf(subject),
    predicate: d.predicate,
    object: refOf(object),
    ...(d.about && d.about.id !== subject.id && d.about.id !== object.id ? { about: refOf(d.about) } : {}),
    modality: d.modality,
    confidence: d.confidence,
    ...(d.claimedBy && d.claimedBy.id !== subject.id ? { claimedBy: refOf(d.claimedBy) } : {}),
    ...(x.reported ? { time: { reported: x.reported } } : {}),
    ...(d.cameo ? { cameo: d.cameo } : {}),
    ...(edge.plover && d.cameo ? { plover: edge.plover } : {}),
    evidence: {
      docId: x.docId,
      doc: x.docPath,
      sentence: s.index,
      start: s.start,
      end: s.end,
      text: x.text,
      triggers,
    },
    source: 'text',
    attrs: { pattern: d.pattern, rule: d.rule },
  };
  const claim: Claim = { id: claimId(draft), ...draft };
  x.out.push(claim);
  return claim;
}

/** A code decided by complements.yaml (the governor's or the future tense's reading), and its modality. */
export interface Recoded {
  cameo: string;
  modality: Modality;
  rule: string;
  origin: string;
  /** The token of the act (the complement verb), for naming a targetless act. */
  act?: number;
}

/** The act of a targetless claim as an Event node: "call truce", "hold talks", "arrest" (scoped to the document). */
export function actEvent(x: EmitContext, cl: Clause, v: number, predicate: string): Entity | undefined {
  const edge = x.ontology.edge(predicate);
  if (!edge.target.includes('Event')) return undefined;
  const toks = cl.toks;
  // A name the registry does not know ("accused al-Qaeda"): an unknown recipient, not no recipient.
  let k0 = v + 1;
  while (toks[k0] && (toks[k0]!.pos === 'DET' || toks[k0]!.pos === 'ADJ')) k0++;
  if (toks[k0] && cl.cover[k0]! < 0 && (toks[k0]!.pos === 'PROPN' || /^[A-Z]/.test(toks[k0]!.text)))
    return undefined;
  let name = toks[v]!.lemma;
  for (let k = v + 1; k < toks.length && k <= v + 3; k++) {
    const t = toks[k]!;
    if (cl.cover[k]! >= 0 || (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PART'))
      break;
    if (t.pos === 'NOUN') {
      name += ` ${t.lower}`;
      break;
    }
  }
  return x.doc.unnamed('Event', name);
}

/** The claims one verb match makes, after modality. */
export function emitMatch(
  x: EmitContext,
  cl: Clause,
  v: number,
  m: VerbMatch,
  mod: ModalityResult,
  about?: number,
  recoded?: Recoded,
): void {
  const p = m.pattern;
  const structural = x.ontology.edge(p.predicate).category === 'structural';
  let predicate = recoded ? (x.ontology.edgeForCameo(recoded.cameo)?.name ?? p.predicate) : p.predicate;
  let cameo = recoded?.cameo ?? p.cameo;
  let modality = recoded ? recoded.modality : mod.modality;
  let confidence = recoded ? x.rules.confidence[recoded.modality] : mod.confidence;
  let rule = recoded?.rule ?? 'verb';
  const pattern = `${recoded ? recoded.origin + ' ← ' : ''}${p.origin}: ${p.text}`;
  const root = cameo?.slice(0, 2);
  // A refusal is the refuser's alone: "would not attend talks with the rebels" is no refusal by the rebels
  // (PLOVER_MANUAL section REJECT: the actor rejects), whatever the mutual act refused.
  let refused = false;
  if (recoded) {
    // complements.yaml decided the code
  } else if (!structural && root && mod.intent && x.rules.violentRoots.has(root) && modality !== 'negated') {
    // "wants to attack", "threatened to strike": the threat is what happened.
    cameo = x.rules.threatCode;
    predicate = x.ontology.edgeForCameo(cameo)?.name ?? predicate;
    modality = 'asserted';
    confidence = x.rules.confidence.asserted;
    rule = 'threat: violence under an intent governor (modality.yaml threatCode)';
  } else if (!structural && root && x.rules.violentRoots.has(root) && modality === 'hypothetical') {
    // "officials feared militants would attack", "warned that they would attack", "may strike": force
    // that has not happened is no ASSAULT (PLOVER_MANUAL "Auxiliary modes": future and hypothetical acts
    // are not the act); announced by its own side it is a threat (above, and complements.yaml), and a
    // warning that others might attack is no threat by the one who warns. The graph keeps the
    // hypothetical edge, with no CAMEO code: it is no coded event.
    cameo = undefined;
    rule = 'hypothetical force: no event, no CAMEO code (PLOVER_MANUAL "Auxiliary modes")';
  } else if (!structural && root && modality === 'negated' && x.rules.refusals[root]) {
    // "would not provide support": a refusal is what happened.
    cameo = x.rules.refusals[root];
    predicate = x.ontology.edgeForCameo(cameo!)?.name ?? predicate;
    modality = 'asserted';
    confidence = x.rules.confidence.asserted;
    rule = 'refusal: a negated cooperative act (modality.yaml refusals)';
    refused = true;
  }
  const ent = (k: number): Entity => cl.mentions[k]!.entity;
  const speaker =
    mod.speaker !== undefined ? ent(mod.speaker) : m.attributor !== undefined ? ent(m.attributor) : undefined;
  const aboutEntity = about !== undefined ? ent(about) : undefined;
  const triggers = [v, ...m.words, ...mod.cues];
  const pairs: [number, number][] = [];
  // "Thailand declared a state of emergency in Bangkok": repression (COERCE, root 17) of the actor's own
  // place names no recipient. Elsewhere a target that is the actor itself is a resolution slip: no claim.
  const named = (t: number): boolean => !['pronoun', 'coref'].includes(cl.mentions[t]!.via);
  const self =
    !recoded &&
    root === '17' &&
    m.target.every((t) => named(t) && m.source.every((s) => ent(s).id === ent(t).id));
  if (!m.target.length || self) {
    if (p.symmetric) for (const a of m.source) for (const b of m.source) if (a !== b) pairs.push([a, b]);
    // PLOVER: most categories need no recipient ("X called a truce"): the act itself is the object.
    // "the attack was carried out by X": the act is the event noun before the light verb, not "carry".
    const noun = m.words.find((k) => k < v && cl.toks[k]!.pos === 'NOUN');
    // "condemned Somalia's attack": the act's agent is the recipient (target.ts culpritOf).
    // A pattern whose object kinds leave out Event needs a recipient ("fought X", never "fought corruption").
    const eventOk = !p.objectKinds || p.objectKinds.includes('Event');
    const act =
      m.culprit ??
      (!pairs.length && (p.rank === 0 || recoded) && eventOk
        ? actEvent(x, cl, recoded?.act ?? noun ?? v, predicate)
        : undefined);
    if (act) {
      for (const s of m.source)
        emit(x, {
          subject: ent(s),
          predicate,
          object: act,
          modality,
          confidence,
          ...(cameo ? { cameo } : {}),
          ...(aboutEntity ? { about: aboutEntity } : {}),
          ...(speaker ? { claimedBy: speaker } : {}),
          triggers,
          pattern,
          rule: `${rule}; ${m.culprit ? 'recipient: the agent named on the act' : 'targetless: the act is the object'}`,
        });
      return;
    }
  } else {
    for (const s of m.source) {
      for (const t of m.target) {
        pairs.push(p.reverse ? [t, s] : [s, t]);
        // An intent or request is the subject's own, even when the act it names is mutual ("meet").
        if (p.symmetric && !recoded && !refused) pairs.push(p.reverse ? [s, t] : [t, s]);
      }
    }
  }
  for (const [s, o] of pairs) {
    const base = {
      modality,
      confidence,
      ...(aboutEntity ? { about: aboutEntity } : {}),
      ...(speaker ? { claimedBy: speaker } : {}),
      triggers,
      pattern,
    };
    const made = emit(x, {
      ...base,
      subject: ent(s),
      predicate,
      object: ent(o),
      ...(cameo ? { cameo } : {}),
      rule,
    });
    if (!made) continue;
    const accuser =
      speaker &&
      cl.mentions.find((mm) => mm.entity.id === speaker.id)?.role !== 'speaker' &&
      !reportingOrgan(speaker, x.rules)
        ? speaker
        : undefined;
    const target = cl.mentions[o]!;
    // Attributing an event to someone is accusing them; so is accusing a group backed by a state.
    if (predicate === 'attributed-to' && accuser && x.ontology.isA(accuser.kind, 'Actor')) {
      const accuses = x.ontology.edgeForCameo(x.rules.accuseCode)!;
      for (const who of [target.entity, target.sponsor]) {
        if (who && !sameState(accuser, who))
          emit(x, {
            ...base,
            subject: accuser,
            predicate: accuses.name,
            object: who,
            cameo: x.rules.accuseCode,
            about: ent(s),
            rule: 'accusation: attributing an event to someone (modality.yaml accuseCode)',
          });
      }
    } else if (cameo && x.ontology.edgeForCameo(cameo)?.plover === 'ACCUSE' && target.sponsor) {
      emit(x, {
        ...base,
        subject: ent(s),
        predicate,
        object: target.sponsor,
        cameo,
        rule: 'sponsor: accusing a group reaches its sponsor',
      });
    }
    // "X said that Y had shelled …": saying someone used force is accusing them.
    const plover = cameo ? x.ontology.edgeForCameo(cameo)?.plover : undefined;
    if (
      (plover === 'ASSAULT' || plover === 'COERCE') &&
      accuser &&
      mod.speaker !== undefined &&
      !mod.reportedOnly &&
      (mod.modality === 'asserted' || mod.modality === 'alleged') &&
      x.ontology.isA(accuser.kind, 'Actor') &&
      !sameState(accuser, ent(s)) &&
      !unnamedArmed(cl, s, x)
    ) {
      const accuses = x.ontology.edgeForCameo(x.rules.accuseCode)!;
      emit(x, {
        modality: 'asserted',
        confidence: x.rules.confidence.asserted,
        subject: accuser,
        predicate: accuses.name,
        object: ent(s),
        cameo: x.rules.accuseCode,
        triggers,
        pattern,
        rule: 'accusation: saying someone used force (modality.yaml accuseCode)',
      });
    }
  }
}

/**
 * An armed group named only by its role ("terrorists", "gunmen", "militants", "a suicide bomber"): saying
 * they struck reports an attack and accuses no one (PLOVER_MANUAL section ACCUSE: an accusation is made
 * against an actor; "Hollande said terrorists struck Brussels" names none). A named group ("Hamas", "the
 * Taliban") or a state's forces ("Somali troops") is accused.
 */
function unnamedArmed(cl: Clause, s: number, x: EmitContext): boolean {
  const m = cl.mentions[s]!;
  return m.via === 'role' && x.ontology.isA(m.entity.kind, 'ArmedGroup') && m.sponsor === undefined;
}

/** A state's military, police or intelligence services (modality.yaml reportingRoles): their report of an
 * attack is a report, no accusation ("the air force said Y launched 500 drones"; PLOVER_MANUAL ACCUSE). */
function reportingOrgan(e: Entity, rules: ModalityRules): boolean {
  if (e.kind !== 'GovernmentBody') return false;
  const parts = e.id.split(':');
  return parts.length === 3 && rules.reportingRoles.has(parts[2]!);
}

/**
 * A state and its organs and people (CAMEO: KAZ, KAZGOV, KAZCOP; a minister, a president) reporting what
 * another of its organs did are not accusing it: "a police officer said the court issued warrants" and a
 * president saying his country's forces killed someone are reports, not ACCUSE (PLOVER manual, ACCUSE: an
 * accusation is against another actor).
 */
function sameState(a: Entity, b: Entity): boolean {
  const country = (e: Entity): unknown => e.props.iso3 ?? e.props.country;
  const statal = a.kind === 'State' || a.kind === 'GovernmentBody' || a.kind === 'Person';
  return statal && country(a) !== undefined && country(a) === country(b);
}
