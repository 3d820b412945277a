// Modality, confidence and attribution of a claim made at a verb: negation ("has yet to", "did not"),
// hypotheticals (modals, "urged X to", "plans to"), hedges ("reportedly", "may have been", "unconfirmed"),
// denials, and who says so ("X said", "X suggested that", "according to X").
import type { Modality } from '@geokg/core';
import type { ModalityRules } from '../patterns/types.ts';
import type { Clause, SubjectInfo } from './clause.ts';
import { adjunctStart } from './adjunct.ts';

export interface ModalityResult {
  modality: Modality;
  confidence: number;
  /** Mention index of who says so, if named. */
  speaker?: number;
  /** The verb is the complement of an intent ("wants to attack", "threatened to strike"). */
  intent: boolean;
  negated: boolean;
  /** The speaker only reports it ("state media reported"): a source, not an accuser. */
  reportedOnly: boolean;
  /** The act is the condition of an if/unless clause ("only if the rebels laid down their arms"). */
  conditional: boolean;
  /** Reported speech, named speaker or not ("officials say the US would …"): "would" is its future. */
  reported: boolean;
  /** Token indices of the cues, for evidence triggers. */
  cues: number[];
}

export function modalityOf(cl: Clause, v: number, subj: SubjectInfo, rules: ModalityRules): ModalityResult {
  const toks = cl.toks;
  const cues: number[] = [];
  let negated = false;
  let hypothetical = false;
  let epistemic = false;
  let hedges = 0;
  let intent = false;
  // The verb group, a couple of adverbs before it, and the groups of the verbs governing it.
  const groups: [number, number][] = [[Math.max(0, cl.groupStart(v) - 2), v]];
  // Under object control ("wants Putin to attack", "would not let Russia help") the governor's intent and
  // negation are the governor's subject's: for the complement they only make it hypothetical.
  let foreign = subj.objectControl === true;
  const foreignFrom: number[] = [];
  for (let gov = subj.governor, n = 0; gov !== undefined && n < 3; n++) {
    groups.push([Math.max(0, cl.groupStart(gov) - 2), gov]);
    if (foreign) foreignFrom.push(groups.length - 1);
    const lemma = toks[gov]!.lemma;
    if (rules.hypotheticalGovernors.has(lemma)) {
      hypothetical = true;
      cues.push(gov);
    }
    if (rules.intentGovernors.has(lemma) && !foreign) intent = true;
    if (rules.refusalGovernors.has(lemma) && !foreign) negated = true;
    const up = cl.subject(gov);
    foreign ||= up.objectControl === true;
    gov = up.governor;
  }
  for (const [g, [from, to]] of groups.entries()) {
    for (let i = from; i <= to; i++) {
      const t = toks[i]!;
      if (cl.cover[i]! >= 0) continue;
      if (rules.negations.has(t.lower) || rules.negations.has(t.lemma)) {
        if (foreignFrom.includes(g)) hypothetical = true;
        else negated = true;
        cues.push(i);
      } else if (rules.modalsEpistemic.has(t.lower) && toks[i + 1]?.lower === 'have' && i + 1 < to) {
        epistemic = true;
        cues.push(i);
      } else if (rules.modalsHypothetical.has(t.lower) && t.pos === 'AUX') {
        hypothetical = true;
        cues.push(i);
      } else if (rules.hedgeWords.has(t.lower)) {
        hedges++;
        cues.push(i);
      }
    }
    if (phraseIn(toks, from, to + 1, rules.negationPhrases)) {
      if (foreignFrom.includes(g)) hypothetical = true;
      else negated = true;
    }
    hedges += countPhrases(toks, from, to + 2, rules.hedgePhrases);
  }
  // A hedge right after the verb: "targeted, reportedly, …".
  if (rules.hedgeWords.has(toks[v + 1]?.lower ?? '')) hedges++;
  for (let i = 0; i < toks.length; i++) {
    if (rules.sentenceHedges.has(toks[i]!.lower)) {
      hedges++;
      cues.push(i);
    }
  }
  const ifClause = subj.regionStart > 0 && ['if', 'unless'].includes(toks[subj.regionStart - 1]!.lower);
  if (ifClause) hypothetical = true;
  const frame = frameOf(cl, v, subj, rules);
  // "X said they will attack": announcing one's own violence is a threat.
  // "would" is the future of reported speech ("said they would attack").
  const future = toks
    .slice(Math.max(0, cl.groupStart(v)), v)
    .some((t) => rules.modalsFuture.has(t.lower) || t.lower === 'would');
  if (
    future &&
    frame.kind === 'report' &&
    frame.speaker !== undefined &&
    subj.mentions.some((m) => cl.mentions[m]!.entity.id === cl.mentions[frame.speaker!]!.entity.id)
  )
    intent = true;
  if (frame.verb !== undefined) cues.push(frame.verb);
  let modality: Modality = 'asserted';
  if (frame.kind === 'deny') modality = 'denied';
  else if (negated) modality = 'negated';
  else if (hypothetical && !intent) modality = 'hypothetical';
  else if (epistemic || hedges > 0 || frame.kind === 'hedge') modality = 'alleged';
  let confidence = rules.confidence[modality];
  const extra = hedges + (epistemic ? 1 : 0) + (frame.kind === 'hedge' ? 1 : 0) - 1;
  if (modality === 'alleged' && extra > 0) confidence *= rules.hedgeFactor ** extra;
  if (frame.speaker !== undefined && !subj.mentions.includes(frame.speaker))
    confidence *= rules.reportedFactor;
  return {
    modality,
    confidence: Math.round(confidence * 100) / 100,
    ...(frame.speaker !== undefined ? { speaker: frame.speaker } : {}),
    intent,
    negated,
    reportedOnly: frame.verb !== undefined && toks[frame.verb]!.lemma === 'report',
    reported: frame.kind === 'report',
    conditional: ifClause,
    cues: [...new Set(cues)].sort((a, b) => a - b),
  };
}

interface Frame {
  kind?: 'report' | 'hedge' | 'deny';
  verb?: number;
  speaker?: number;
}

/** Who frames the clause of verb v: "X said (that) …", "…, X said", "according to X". */
function frameOf(cl: Clause, v: number, subj: SubjectInfo, rules: ModalityRules): Frame {
  const toks = cl.toks;
  const kindOf = (lemma: string): Frame['kind'] =>
    rules.denyVerbs.has(lemma)
      ? 'deny'
      : rules.hedgeVerbs.has(lemma)
        ? 'hedge'
        : rules.reportVerbs.has(lemma)
          ? 'report'
          : undefined;
  // Leading frame: the verb just before the clause ("suggested that the incident …", "said such a step …").
  let start = subj.regionStart;
  for (let gov = subj.governor; gov !== undefined;) {
    const s = cl.subject(gov);
    start = Math.min(start, s.regionStart);
    gov = s.governor;
  }
  let k = start - 1;
  if (toks[k]?.lower === 'that') k--;
  // "said on Tuesday that …", "said in a statement that …": the frame verb is before the adjuncts.
  if (k >= 0) k = adjunctStart(cl, Math.max(0, k - 11), k + 1) - 1;
  // "dismissed reports that …", "denied claims that …": the frame verb governs the noun of the report.
  if (k >= 0 && rules.frameNouns.has(toks[k]!.lemma)) {
    k--;
    while (k >= 0 && (toks[k]!.pos === 'DET' || toks[k]!.pos === 'ADJ')) k--;
  }
  while (k >= 0 && toks[k]!.pos === 'ADV') k--;
  if (k >= 0 && toks[k]!.pos === 'VERB') {
    const kind = kindOf(toks[k]!.lemma);
    if (kind) {
      // The subject right before the frame verb ("…, the Kremlin said it would …") when the subject search
      // finds none.
      const before = cl.mentionEndingAt(k - 1);
      const speaker = cl.subject(k).mentions[0] ?? (before >= 0 ? before : undefined);
      return { kind, verb: k, ...(speaker !== undefined ? { speaker } : {}) };
    }
  }
  // "according to X".
  for (let i = 0; i + 2 < toks.length; i++) {
    if (toks[i]!.lower === 'according' && toks[i + 1]!.lower === 'to') {
      const m = cl.mentionFrom(i + 2, 3);
      if (m >= 0) return { kind: 'report', verb: i, speaker: m };
    }
  }
  // Trailing frame: "…, Palestinian security officials said." / "…, said X."
  for (let r = v + 1; r < toks.length; r++) {
    const kind = toks[r]!.pos === 'VERB' ? kindOf(toks[r]!.lemma) : undefined;
    if (!kind) continue;
    let comma = -1;
    for (let i = r - 1; i > v; i--)
      if (cl.isComma(i)) {
        comma = i;
        break;
      }
    if (comma < 0) continue;
    const s = cl.subject(r);
    // "The United States, which provides aid to X, has dismissed …": v's clause is inside the frame
    // verb's subject (a relative clause); "X condemned the attacks, saying …": the frame verb is v's own
    // subject's next act. Neither frames v, nor does any verb after it.
    if (s.mentions.length && cl.mentions[s.mentions[0]!]!.start < v) break;
    // "X accuses Y, Y denies allegations": a verb with its own object is a clause of its own, no frame.
    if (cl.args(r).object) break;
    const speaker = s.mentions[0] ?? (cl.mentionFrom(r + 1, 2) >= 0 ? cl.mentionFrom(r + 1, 2) : undefined);
    if (s.regionStart > comma || speaker !== undefined)
      return { kind, verb: r, ...(speaker !== undefined ? { speaker } : {}) };
  }
  return {};
}

function phraseIn(toks: { lower: string }[], from: number, to: number, phrases: string[][]): boolean {
  return countPhrases(toks, from, to, phrases) > 0;
}

function countPhrases(toks: { lower: string }[], from: number, to: number, phrases: string[][]): number {
  let n = 0;
  for (let i = Math.max(0, from); i < Math.min(to, toks.length); i++) {
    // A loop, not p.every with a closure: this runs for every phrase at every token of a verb group.
    for (const p of phrases) {
      let k = 0;
      while (k < p.length && toks[i + k]?.lower === p[k]) k++;
      if (k === p.length) n++;
    }
  }
  return n;
}
