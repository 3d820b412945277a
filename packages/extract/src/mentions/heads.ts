// Head nouns of unnamed phrases (seeds/patterns/nouns.yaml) and their CAMEO role codes (roles.tsv): the
// word a phrase is about ("forces" in "government forces") and the role it names.
import type { Tok } from '../nlp/types.ts';
import type { Lexicon, NounEntry } from '../patterns/types.ts';
import type { DocState } from './doc-state.ts';
import { isCuratedRole, roleCodeOf } from './roles.ts';

export interface Head {
  start: number;
  end: number;
  entry: NounEntry;
  /** The CAMEO role code of the head (Phoenix.agents.txt): MIL for "troops", OPP for "protesters". */
  code?: string;
}

/** A role word the noun lexicon lacks ("doctors' union", "journalist"): a group only with a country. */
export const ROLE_ONLY: NounEntry = { role: 'group', kind: 'Group', needsModifier: true };

/** "insurgents" → "insurgent": capitalised plurals are often tagged as names and keep their plural lemma. */
const singular = (w: string): string =>
  w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;

/** Tokens from..to-1 as written (lower case) and with the last one's lemma, one space apart. */
function forms(toks: Tok[], from: number, to: number): { lowers: string; lemmas: string } {
  // Most heads are one word: its own strings, not a joined copy of them (whose hash is computed anew).
  if (to - from === 1) return { lowers: toks[from]!.lower, lemmas: toks[from]!.lemma };
  const words = toks.slice(from, to);
  return {
    lowers: words.map((w) => w.lower).join(' '),
    lemmas: words.map((w, k) => (k === words.length - 1 ? w.lemma : w.lower)).join(' '),
  };
}

/** The lexicon noun starting at token i, longest first, matched on lemmas (or naive singulars). */
function headAt(toks: Tok[], i: number, lex: Lexicon): Head | undefined {
  const t = toks[i]!;
  // Called on every token: each distinct form is looked up once (lemma, lower and singular often agree).
  const one = singular(t.lower);
  const max = Math.max(
    lex.nounFirst.get(t.lemma) ?? 0,
    t.lower !== t.lemma ? (lex.nounFirst.get(t.lower) ?? 0) : 0,
    one !== t.lower && one !== t.lemma ? (lex.nounFirst.get(one) ?? 0) : 0,
  );
  for (let n = max; n >= 1; n--) {
    if (i + n > toks.length) continue;
    const { lowers, lemmas } = forms(toks, i, i + n);
    const entry = lex.nouns.get(lemmas) ?? lex.nouns.get(lowers) ?? lex.nouns.get(singular(lowers));
    if (entry) return { start: i, end: i + n, entry };
  }
  return undefined;
}

/**
 * Nouns for the people of a group or body ("leaders", "negotiators", "groups", "officials"): after a role
 * word they are that role's people ("opposition leaders" OPP, "rebel negotiators" REB, "police
 * spokesman" COP), as the CAMEO actor codebook codes a group's members by the group.
 */
const MEMBER_NOUNS = new Set(
  (
    'leader leadership member group figure supporter negotiator representative delegate delegation ' +
    'faction official spokesman spokeswoman spokesperson commander activist'
  ).split(' '),
);
/** The entry of such a compound when the role word has none of its own: a group of the role's country. */
const MEMBERS: NounEntry = { role: 'group', kind: 'Group' };

/**
 * The head at token i: a member noun after a role word takes the role word's code and kind (see
 * MEMBER_NOUNS), else the noun's own head.
 */
export function roleHeadAt(
  toks: Tok[],
  i: number,
  heads: HeadLookup,
  blocked: (i: number) => boolean,
): Head | undefined {
  const own = heads(i);
  const t = toks[i]!;
  if (i === 0 || (t.pos !== 'NOUN' && t.pos !== 'PROPN') || blocked(i - 1)) return own;
  if (!MEMBER_NOUNS.has(t.lemma) && !MEMBER_NOUNS.has(singular(t.lower))) return own;
  const mod = toks[i - 1]!;
  if (mod.pos !== 'NOUN' && mod.pos !== 'ADJ' && mod.pos !== 'PROPN') return own;
  const m = heads(i - 1);
  if (!m?.code || m.end !== i || m.code === own?.code) return own;
  const usable = m.entry !== ROLE_ONLY && !m.entry.needsModifier && m.entry.role !== 'thing';
  return { start: i - 1, end: own ? own.end : i + 1, entry: usable ? m.entry : MEMBERS, code: m.code };
}

/** simpleHeadAt of a sentence's tokens by index. */
export type HeadLookup = (i: number) => Head | undefined;

/**
 * simpleHeadAt over one sentence, each token's answer worked out once: a phrase search asks for a token
 * up to three times (as a head, as the next word of a compound, as a role word before a member noun).
 * Answers depend only on the tokens and the lexicons, so they hold for the whole sentence.
 */
export function headLookup(toks: Tok[], lex: Lexicon, doc: DocState): HeadLookup {
  const memo: (Head | null | undefined)[] = new Array(toks.length);
  return (i) => {
    let h = memo[i];
    if (h === undefined) memo[i] = h = simpleHeadAt(toks, i, lex, doc) ?? null;
    return h ?? undefined;
  };
}

/** An aircraft or vehicle model: F-16, MiG-29, Su-25, T-72, Mi-24, Tu-22M. */
const MODEL = /^[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]{0,2}$/;
/** MODEL's test, run only on what it can match (at most 10 characters, a capital first): every token asks. */
function isModel(w: string): boolean {
  const c = w.charCodeAt(0);
  return w.length <= 10 && c >= 65 && c <= 90 && MODEL.test(w);
}

/** The head at token i with its role code; a role word alone is a head too, needing a country. */
function simpleHeadAt(toks: Tok[], i: number, lex: Lexicon, doc: DocState): Head | undefined {
  // "MiG-29 fighters", "F-16 jets": after a model designation the noun names machines, not people.
  if (i > 0 && isModel(toks[i - 1]!.text)) return undefined;
  const head = headAt(toks, i, lex);
  const t = toks[i]!;
  if (head) {
    const { lowers, lemmas } = forms(toks, head.start, head.end);
    const code = roleCodeOf(doc.roles, lowers, lemmas);
    return code ? { ...head, code } : head;
  }
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return undefined;
  const code = roleCodeOf(doc.roles, t.lower, t.lemma);
  if (!code) return undefined;
  // A curated word stands alone only as a common noun: "Union" in "European Union" is part of a name.
  const alone = t.pos === 'NOUN' && t.text === t.lower && isCuratedRole(doc.roles, t.lower, t.lemma);
  const entry = alone ? MEMBERS : ROLE_ONLY;
  return { start: i, end: i + 1, entry, code };
}
