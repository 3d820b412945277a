// The target of a verb's act by grammatical role, when the pattern names none: the passive's patient, the
// direct object's head, the owner of the object where the act is about the owner, a prepositional phrase
// attached to the verb with a preposition that introduces a recipient, or nobody. A name inside another
// phrase ("for Sudan's Darfur region", "the blow to American forces", "Benazir Bhutto supporters") or in
// a later clause is never the target (PLOVER_MANUAL: the target is who the act is directed at).
import type { Entity } from '@geokg/core';
import type { VerbPattern } from '../patterns/types.ts';
import type { Chunk } from './chunks.ts';
import type { Clause, SubjectInfo } from './clause.ts';
import { EXPRESSIVE, PREPOSITIONS, TARGET_PREPS } from './words.ts';

/** What the matcher knows of the verb: the pattern, its literal words, the source, and a kind test. */
export interface TargetQuery {
  v: number;
  pattern: VerbPattern;
  /** Token indices of the pattern's literal words. */
  words: number[];
  source: number[];
  passive: boolean;
  subject: SubjectInfo;
  /** The by-agent's span, not a target. */
  agent?: { from: number; to: number };
  /** The mention can be the pattern's target (kind constraints). */
  fits: (m: number) => boolean;
  /** The mention is a place ("the Beijing Olympics": where, not whose). */
  isPlace: (m: number) => boolean;
  isState: (m: number) => boolean;
}

/** CAMEO roots of attitudes toward an actor's act (appeal, praise, demand, disapprove, reject, threaten,
 * protest): "criticised the US involvement", "rejected Gbagbo's calls" are about the owner of the act. */
const ATTITUDE = new Set(['02', '05', '10', '11', '12', '13', '14']);
/** CAMEO roots of force (assault, fight, mass violence): "air strikes in X" are against X. */
const FORCE = new Set(['18', '19', '20']);
/** Roots whose act takes the state of the place it happens in when no actor is named: force, coercion,
 * protest, meetings and inspections ("attended a summit in Switzerland", "protested in Beijing") — the
 * location convention of CAMEO coding as PETRARCH applies it. */
const LOCATED = new Set(['04', '09', '14', '17', '18', '19', '20']);
/** Words of a part of a place: "the east of X", "southwest of Baghdad". */
const PARTS = new Set(
  (
    'north south east west northeast northwest southeast southwest outskirts part heart edge centre ' +
    'center suburb suburbs'
  ).split(' '),
);
/** What an actor owns or consists of: force against it, or aid to it, reaches the actor ("a UN post"). */
const ASSETS = new Set(
  (
    'post base embassy consulate convoy position facility ship vessel boat aircraft plane jet drone ' +
    'helicopter tanker territory border airspace water soldier troop force personnel observer peacekeeper ' +
    'staff official diplomat citizen national civilian camp headquarters installation target town village ' +
    'city capital region province property asset mission office station plant pipeline army military ' +
    'police navy government ministry leader stronghold hideout compound home house refugee people ' +
    'population child student worker mayor member head chief president governor minister prisoner ' +
    'detainee hostage commander district neighbourhood neighborhood area quarter outpost checkpoint ' +
    'airport port'
  ).split(' '),
);
/** People named by their relation to someone: "Bhutto supporters" are not Bhutto. */
const AROUND = new Set(
  'supporter follower opponent critic loyalist sympathizer victim family relative resident'.split(' '),
);
/** Nouns of violence: condemning one is criticism of the act; its culprit is a target only when named. */
const VIOLENCE = new Set(
  (
    'attack bombing blast explosion killing assassination murder shooting massacre raid strike airstrike ' +
    'shelling violence invasion incursion offensive bombardment abduction kidnapping execution atrocity ' +
    'act assault'
  ).split(' '),
);

const singular = (w: string): string => (w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.replace(/s$/, ''));

/** The target's mentions ([] for none), or undefined when the pattern's preposition is not the verb's. */
export function roleTarget(cl: Clause, q: TargetQuery): number[] | undefined {
  const root = rootOf(q.pattern.cameo);
  const last = q.words.length ? Math.max(...q.words) : -1;
  const lastTok = cl.toks[last];
  // "* (against)", "call * (on)": the pattern's preposition introduces the target, and it must be the verb's.
  if (lastTok && (lastTok.pos === 'ADP' || PREPOSITIONS.has(lastTok.lower)) && last > q.v) {
    if (!prepIsVerbs(cl, q, last)) return undefined;
    const np = cl.chunkAt(last + 1);
    return np && np.start === last + 1 ? fromChunk(cl, q, np, root, false) : [];
  }
  if (q.passive && !q.subject.weak) {
    const patient = q.subject.mentions.filter((m) => !q.source.includes(m) && q.fits(m));
    if (patient.length) return patient;
  }
  const args = cl.args(q.v);
  if (args.embedded) return [];
  // "Sudan, which Chad accuses of backing rebels": the antecedent of an object relative is the object.
  if (q.subject.relativeObject && !args.object && !q.passive) {
    const ante = q.subject.relativeObject.filter((m) => usableFor(cl, q, m));
    if (ante.length) return ante;
  }
  if (args.object && !q.passive && !q.pattern.topic) {
    const obj = args.object;
    const head = cl.toks[obj.head]!;
    // "condemned the bombing (by Y)", "condemned Y's attack": the culprit, else nobody (a targetless act).
    if (root === '11' && VIOLENCE.has(singular(head.lower))) {
      const by = args.pps.find((pp) => cl.toks[pp.prep]!.lower === 'by');
      if (by) return fromChunk(cl, q, by.chunk, root, true);
      return obj.possessor >= 0 && q.fits(obj.possessor) ? [obj.possessor] : [];
    }
    const got = fromChunk(cl, q, obj, root, true);
    if (got.length) return got;
    // "released the mayor of Nablus", "expel leaders of X's party": the owner of a person or an asset.
    const of = args.chain[0];
    if (of && of.chunk.start === obj.end + 1 && cl.toks[obj.end]!.lower === 'of') {
      if (ASSETS.has(singular(head.lower))) {
        const owner = fromChunk(cl, q, of.chunk, root, true);
        if (owner.length) return owner;
      }
    }
    // "refuses to accept conditions set down by Hamas", "rejected calls by X": the act's owner.
    if (ATTITUDE.has(root) && obj.headMention < 0) {
      const by = byAfter(cl, obj.end);
      if (by >= 0 && usableFor(cl, q, by)) return [by];
    }
    // An unknown name ("asked Congress for …") is a recipient the registry does not know, not a cue to
    // look further.
    if (obj.headMention < 0 && head.pos === 'PROPN' && !hasMention(cl, obj)) return [];
    // An actor that does not fit (a person as the object of "seized") ends the search; a thing does not.
    const hm = obj.headMention >= 0 ? cl.mentions[obj.headMention]! : undefined;
    if (hm && hm.role !== 'thing' && !q.words.includes(obj.head)) return [];
  }
  if (args.forSubject) {
    const got = fromChunk(cl, q, args.forSubject, root, false);
    if (got.length) return got;
  }
  for (const pp of args.pps) {
    if (q.agent && pp.prep >= q.agent.from && pp.prep < q.agent.to) continue;
    const prep = cl.toks[pp.prep]!.lower;
    const ok =
      TARGET_PREPS.has(prep) ||
      (FORCE.has(root) && (prep === 'in' || prep === 'inside' || prep === 'across')) ||
      (root === '07' && prep === 'for');
    if (!ok) continue;
    const got = fromChunk(cl, q, pp.chunk, root, true);
    if (got.length) return got;
  }
  // Aid goes to whom it is for, wherever the phrase hangs: "promised $1 billion in aid for Syrian refugees".
  // Force reaches the state of the place it hit: "bombed two villages near Ramadi, Iraq" (CAMEO's
  // location convention, the one PETRARCH codes).
  for (const [i, pp] of args.chain.entries()) {
    const prep = cl.toks[pp.prep]!.lower;
    const before = args.chain[i - 1]?.chunk ?? args.object;
    const aid =
      before !== undefined &&
      AID.has(singular(cl.toks[before.head]!.lower)) &&
      (prep === 'for' || prep === 'to');
    const of = prep === 'of' && PARTS.has(cl.toks[pp.prep - 1]?.lower ?? '');
    // "X and Y will meet in the Indian capital": a meeting of conjoined parties is among them, not with
    // the host state (PLOVER_MANUAL, Compound and Reciprocal Actors).
    const among = root === '04' && q.pattern.symmetric && q.source.length > 1;
    const located = !among && (LOCATED.has(root) || (root === '15' && prep !== 'in'));
    if (aid || (located && (of || (prep !== 'of' && prep !== 'by' && prep !== 'from')))) {
      // A place is where the act happened; an owner ("a blow to Japanese forces") is not a place.
      const got = fromChunk(cl, q, pp.chunk, aid ? '07' : root, aid);
      if (got.length && (aid || got.every((m) => q.isPlace(m) || q.isState(m)))) return got;
    }
  }
  return [];
}

/** The CAMEO root a target is sought for; a denial (016, the ontology's denies edge, REJECT) is an attitude
 * toward the accuser like a rejection (12): "denied Kenya's accusations" answers Kenya. */
const rootOf = (cameo: string | undefined): string => (cameo === '016' ? '12' : (cameo?.slice(0, 2) ?? ''));

/**
 * "condemned Somalia's attack": the object is one event mention that names its agent ("Somalia's attack",
 * "Israeli shelling"); an attitude toward the act (criticism, rejection, demand) is directed at that agent
 * (PLOVER_MANUAL section ACCUSE: "criticize … responsible parties"). Returns the agent, or undefined.
 */
export function culpritOf(cl: Clause, q: TargetQuery): Entity | undefined {
  if (q.passive || !ATTITUDE.has(rootOf(q.pattern.cameo))) return undefined;
  const obj = cl.args(q.v).object;
  if (!obj || obj.headMention < 0) return undefined;
  const agent = cl.mentions[obj.headMention]!.agent;
  if (!agent || q.source.some((s) => cl.mentions[s]!.entity.id === agent.id)) return undefined;
  return agent;
}

/** Nouns of aid: a "for"/"to" phrase after one names the recipient. */
const AID = new Set('aid assistance help relief funding fund loan grant support supply'.split(' '));

const usableFor = (cl: Clause, q: TargetQuery, m: number): boolean => {
  if (m < 0 || cl.mentions[m]!.role === 'speaker' || !q.fits(m)) return false;
  const id = cl.mentions[m]!.entity.id;
  return !q.source.some((s) => s === m || cl.mentions[s]!.entity.id === id);
};

/** "by X" after a noun phrase ending at `end`, or after a participle on it ("conditions set down by X"). */
function byAfter(cl: Clause, end: number): number {
  let k = end;
  if (cl.toks[k]?.pos === 'VERB') k++;
  if (
    cl.toks[k] &&
    (cl.toks[k]!.lower === 'down' || cl.toks[k]!.lower === 'out' || cl.toks[k]!.lower === 'up')
  )
    k++;
  if (cl.toks[k]?.lower !== 'by') return -1;
  const np = cl.chunkAt(k + 1);
  return np && np.start === k + 1 ? (np.headMention >= 0 ? np.headMention : np.possessor) : -1;
}

/** The actor a chunk names for this act: its head, or (by the rules above) its owner. */
function fromChunk(cl: Clause, q: TargetQuery, np: Chunk, root: string, owners: boolean): number[] {
  const usable = (m: number): boolean => usableFor(cl, q, m);
  const h = np.headMention;
  if (h >= 0) {
    if (cl.mentions[h]!.quantified) return [h];
    return usable(h) ? cl.conjoinedRight(h).filter(usable) : [];
  }
  if (!owners || EXPRESSIVE.has(cl.toks[q.v]!.lemma)) return [];
  const noun = singular(cl.toks[np.head]!.lower);
  if (AROUND.has(noun)) return [];
  // The owner: a possessor ("Gbagbo's calls") or a name on the noun ("the U.S. involvement", "a UN post").
  let owner = np.possessor;
  if (owner < 0) {
    for (let k = np.start; k < np.head; k++) {
      const c = cl.cover[k]!;
      if (c >= 0 && cl.mentions[c]!.start === k && cl.mentions[c]!.end <= np.head) {
        owner = c;
        break;
      }
    }
  }
  if (owner < 0 || !usable(owner)) return [];
  if (LOCATED.has(root) && q.isPlace(owner)) return [owner];
  // A name the registry does not know, owned by one it knows: "Egypt's Muslim Brotherhood".
  if (cl.toks[np.head]!.pos === 'PROPN' && owner === np.possessor) return [owner];
  return ATTITUDE.has(root) || ASSETS.has(noun) ? [owner] : [];
}

const hasMention = (cl: Clause, np: Chunk): boolean => {
  for (let k = np.start; k < np.end; k++) if (cl.cover[k]! >= 0) return true;
  return false;
};

/** The pattern's preposition is the verb's: right after it ("called on X") or after the pattern's noun
 * ("sanctions on X"), never inside another phrase ("called the bombings an attack on X" is no call on X). */
function prepIsVerbs(cl: Clause, q: TargetQuery, prep: number): boolean {
  let k = prep - 1;
  while (k > q.v && cl.cover[k]! < 0 && (cl.toks[k]!.pos === 'ADV' || cl.toks[k]!.pos === 'PART')) k--;
  return k === q.v || q.words.includes(k);
}

const FIRST_PERSON = new Set(['we', 'us', 'our', 'i', 'me', 'my']);

/**
 * A pronoun that reaches outside its sentence for something it cannot mean there: "we" and "I" name
 * the speaker of a quote, so resolved to an actor the sentence never names they leak another sentence's
 * actor into this one ("a spokesman said: we will attack …").
 */
export function leaks(cl: Clause, m: number): boolean {
  const mention = cl.mentions[m]!;
  if (mention.via !== 'pronoun') return false;
  if (!FIRST_PERSON.has(cl.toks[mention.start]!.lower)) return false;
  return !cl.mentions.some((o) => o.via !== 'pronoun' && o.entity.id === mention.entity.id);
}

/** "called it the saddest day": "it" as an object is a thing or an event, never an actor. */
export const isIt = (cl: Clause, m: number): boolean =>
  cl.mentions[m]!.via === 'pronoun' && cl.toks[cl.mentions[m]!.start]!.lower === 'it';
