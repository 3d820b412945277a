// Subjects the clause gives a verb beyond its own phrase: the elliptical ", as did X" that repeats the
// verb for X ("Afghanistan condemned the bombing, as did Pakistan and India": all three condemned), and
// the issuer of a document whose participle states its content ("X issued a statement condemning …": X
// condemned). PLOVER codes each actor of the act (PLOVER_MANUAL "Compound and Reciprocal Actors").
import type { SubjectInfo } from './subject.ts';
import type { ClauseView } from './view.ts';

/** Auxiliaries that stand for the verb in ", as did X" / ", as have X" / ", as does X". */
const PRO_VERBS = new Set(['did', 'do', 'does', 'have', 'has', 'had']);
/** Documents that speak for whoever issued them. */
const DOCUMENTS = new Set(
  'statement statements communique communiqué declaration letter message resolution note'.split(' '),
);
/** Verbs that issue a document. */
const ISSUE = new Set('issue release publish put send adopt sign deliver read'.split(' '));

/** ", as did X (and Y)" right after verb v's clause, with no other verb between: X's mentions, or []. */
export function parallelSubjects(cl: ClauseView, v: number): number[] {
  const toks = cl.toks;
  for (let k = v + 1; k < toks.length - 2; k++) {
    if (cl.isBoundary(k)) return [];
    if (toks[k]!.pos === 'VERB' && cl.cover[k]! < 0) return [];
    if (!cl.isComma(k) || toks[k + 1]?.lower !== 'as' || !PRO_VERBS.has(toks[k + 2]!.lower)) continue;
    const m = cl.mentionFrom(k + 3, 2);
    if (m < 0) return [];
    const list = cl.conjoinedRight(m);
    // The phrase ends the clause: ", as did NATO." / ", as did NATO, saying …"; never ", as did X attack …".
    const after = toks[cl.mentions[list[list.length - 1]!]!.end];
    return !after || after.pos === 'PUNCT' || cl.isBoundary(cl.mentions[list[list.length - 1]!]!.end)
      ? list
      : [];
  }
  return [];
}

/** "issued a statement condemning the attack": the -ing participle after a document is its issuer's act. */
export function documentIssuer(cl: ClauseView, v: number): number | undefined {
  const t = cl.toks[v]!;
  const doc = cl.toks[v - 1];
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || !doc || !DOCUMENTS.has(doc.lower)) return undefined;
  const issue = cl.verbBefore(v - 1);
  if (issue < 0 || issue < v - 6 || !ISSUE.has(cl.toks[issue]!.lemma) || cl.boundaryBetween(issue, v - 1))
    return undefined;
  return issue;
}

/** A subject with the parallel subjects added (none twice). */
export function withParallel(s: SubjectInfo, extra: number[]): SubjectInfo {
  const add = extra.filter((m) => !s.mentions.includes(m));
  return add.length && s.mentions.length ? { ...s, mentions: [...s.mentions, ...add] } : s;
}
