// Closed word classes the clause layer reads structure from: what ends a clause, what opens a relative or
// subordinate one, the forms of "be", prepositions, and the prepositions that introduce an event's target.
const words = (s: string): Set<string> => new Set(s.split(' '));

export const BOUNDARY = new Set([';', ':', '—', '(', ')', '[', ']']);
export const SUBORDINATORS = words(
  'that because when while whilst if unless although though whereas since after before until where but ' +
    'however as whether so',
);
export const RELATIVE = words('which who whom that whose');
export const COORDINATORS = words('and or but');
/**
 * Verbs of harm that always take an object: "X killed in a raid" (a headline's reduced passive) makes X
 * the victim, never the attacker (PLOVER_MANUAL section ASSAULT: the source is the one who uses force).
 */
export const HARM = words(
  'kill slay wound injure hurt murder assassinate execute behead abduct kidnap capture arrest detain shoot ' +
    'target jail hang torture massacre',
);
export const HARM_PREP = words('in during near at after outside while on when as');
export const BE = words("be is are was were been being 's get gets got gotten getting am");
export const PARENTHETICAL_OPENERS = words(
  'which who whose whom in according on at for with despite after before during including like citing',
);
export const PREPOSITIONS = words(
  'in of from at on near to with for against by about over into across toward towards under between ' +
    'among through within regarding during since after before like',
);
export const VERB_GROUP = words('AUX ADV PART');
/** Possessive determiners: they open a noun phrase ("their bombardment") and name its possessor. */
export const POSSESSIVE = words('its their his her our my your');
/** Nouns a noun-phrase chunk can start with that only name a time: "Last week Iran said …". */
export const TIME_NOUNS = words(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning ' +
    'afternoon evening night day days week weeks month months year years weekend january february march ' +
    'april may june july august september october november december time',
);
/**
 * Prepositions that introduce the recipient of an act when they attach to its verb: "sent troops to X",
 * "met with X", "launched strikes on X", "turned against X", "demanded from X" (PLOVER_MANUAL: the
 * recipient is who the act is directed at). Places after "in" count only for force (see args.ts).
 */
export const TARGET_PREPS = words('to with against on upon at toward towards into from');
/** Verbs that express the subject's own feeling or view: "expressed Austria's indignation" is Austria's. */
export const EXPRESSIVE = words('express voice convey register reiterate state share');
/** Nouns whose infinitive is an intent of the noun's owner: "pressure to", "plans to", "a bid to". */
export const INTENT_NOUNS = words('pressure plan call effort attempt bid');
/** Adjectives that govern an infinitive: "able to", "likely to", "due to". */
export const INTENT_ADJECTIVES = words('able likely due');

/** Words that bound a count ("at least 15", "more than 70", "over 450", "up to 20"): how many, or 0. */
const COUNT_BOUNDS = [
  ['at', 'least'],
  ['at', 'most'],
  ['more', 'than'],
  ['less', 'than'],
  ['fewer', 'than'],
  ['over'],
  ['up', 'to'],
  ['nearly'],
  ['almost'],
  ['about'],
  ['around'],
];
export function countBefore(toks: readonly { lower: string; pos: string }[], k: number): number {
  for (const words of COUNT_BOUNDS)
    if (words.every((w, i) => toks[k + i]?.lower === w) && toks[k + words.length]?.pos === 'NUM')
      return words.length;
  return 0;
}

/** A plain array of n copies of v (packed, on the heap: cheaper per sentence than a typed array). */
export function filled(n: number, v: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(v);
  return out;
}
/** Verbs that turn down what their object offers: "rejected an offer to mediate" expresses no intent. */
export const REJECTING = words('reject refuse decline dismiss spurn rebuff turn withdraw cancel ignore');
/** Verbs whose object controls their infinitive: "urged the community to contribute". */
export const OBJECT_CONTROL = new Set(
  'ask urge want expect force allow encourage persuade invite order tell press pressure call require permit enable help compel instruct warn advise request appeal push lead cause get need prompt'.split(
    ' ',
  ),
);
/** Nouns of leave given to someone, whose infinitive is that someone's act ("permission to Russia to help"). */
export const PERMISSION = words(
  'permission approval authorization authorisation mandate license licence consent',
);
