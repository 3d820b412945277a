// Denials of a report versus denials of an accusation. PLOVER_MANUAL section REJECT ("All rejections and
// refusals") and CAMEO 016 deny (→ the ontology's denies edge, REJECT) concern what an actor is asked or
// accused of; CAMEO2PLOVER-2021.txt has no row for CAMEO 01 statements, so saying a news report is false
// is no event. "X denied that Y had been killed" answers a report about Y; "X denied that it had funded
// the rebels", "denied he had drawn a link" (its own minister) and "denied that the incident was
// intentional" (fault named) answer an accusation against X.
import type { Entity } from '@geokg/core';
import type { Clause, SubjectInfo } from './clause.ts';

/**
 * Whether the deny verb at v denies a report rather than an accusation: its complement is a clause ("that
 * …", or a subject and a verb) whose subject is neither the denier nor of the denier's state, and which
 * names no fault (`fault`: modality.yaml faultWords). A clause the verb does not take ("denied any role")
 * is no report.
 */
export function deniesReport(cl: Clause, v: number, subj: SubjectInfo, fault: ReadonlySet<string>): boolean {
  const toks = cl.toks;
  let k = v + 1;
  const that = toks[k]?.lower === 'that';
  if (that) k++;
  const np = cl.chunkAt(k);
  if (!np || np.start !== k) return false;
  // A clause: its subject phrase is followed by a verb group ("bin Laden has been killed").
  let verb = np.end;
  // Auxiliaries, adverbs and negation, never the "to" of an infinitive ("Gbagbo's calls to disarm").
  const group = (t: (typeof toks)[number] | undefined): boolean =>
    !!t && (t.pos === 'AUX' || t.pos === 'ADV' || (t.pos === 'PART' && t.lower !== 'to'));
  while (group(toks[verb])) verb++;
  const finite = verb > np.end || toks[verb]?.pos === 'VERB';
  if (!finite || (!that && toks[np.end]?.pos !== 'AUX' && toks[verb]?.pos !== 'VERB')) return false;
  for (let i = np.end; i < toks.length && !cl.isBoundary(i); i++)
    if (fault.has(toks[i]!.lower) || fault.has(toks[i]!.lemma)) return false;
  const deniers = subj.mentions.map((m) => cl.mentions[m]!.entity);
  if (!deniers.length) return false;
  // "denied he had …": a pronoun is as likely the denier's own side as not (and its resolution is only
  // recency), so it stays a denial; a subject that is no actor ("the suspect", "its leader") is reported on.
  if (toks[np.head]!.pos === 'PRON') return false;
  if (np.headMention < 0) return true;
  const about = cl.mentions[np.headMention]!.entity;
  return !deniers.some((d) => sameSide(d, about));
}

const STATAL = new Set(['State', 'GovernmentBody', 'Person']);

/** The same entity, or a state and its organs and people (a ministry and its minister, a government and
 * its troops); rebels or an opposition of the same country are not the government's side. */
function sameSide(a: Entity, b: Entity): boolean {
  if (a.id === b.id) return true;
  const country = (e: Entity): unknown => e.props.iso3 ?? e.props.country;
  return STATAL.has(a.kind) && STATAL.has(b.kind) && country(a) !== undefined && country(a) === country(b);
}
