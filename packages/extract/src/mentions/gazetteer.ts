// Finds registry names in a sentence: longest match over tokens, by the registry's own name keys, with
// case rules that keep "us" and "turkey" from being states (a name starts upper-case; an all-caps alias
// such as US or UN matches only in capitals).
import { nameKey } from '@geokg/core';
import type { AliasHit, AliasType, Registry } from '@geokg/core';
import type { Tok } from '../nlp/types.ts';

export interface GazetteerHit {
  start: number;
  end: number;
  surface: string;
  hits: AliasHit[];
}

export class Gazetteer {
  /** Every word-by-word prefix of a registry key → whether it is a whole key: one lookup answers both. */
  private readonly prefixes = new Map<string, boolean>();
  private readonly maxWords: number;
  /** Surnames (name keys) that two or more registry people bear. */
  private readonly sharedSurnames = new Set<string>();

  constructor(private readonly registry: Registry) {
    const surnames = new Set<string>();
    for (const e of registry.all()) {
      if (e.kind !== 'Person') continue;
      const key = nameKey(e.name.slice(e.name.lastIndexOf(' ') + 1));
      if (surnames.has(key)) this.sharedSurnames.add(key);
      surnames.add(key);
    }
    let max = 1;
    const prefix = (p: string): void => {
      if (!this.prefixes.has(p)) this.prefixes.set(p, false);
    };
    const keys = [...registry.keys()];
    for (const key of keys) {
      const words = key.split(' ');
      max = Math.max(max, words.length);
      for (let i = 1; i <= words.length; i++) {
        const head = words.slice(0, i - 1).join(' ');
        const word = words[i - 1]!;
        prefix(head ? `${head} ${word}` : word);
        // The tokenizer splits "Lashkar-e-Taiba" at its hyphens, so the name is read a part at a time:
        // each part up to a hyphen must count as a prefix too, or only names whose first part is itself
        // a name ("Guinea-Bissau", "Al-Qaeda") would ever be found.
        for (let h = word.indexOf('-'); h > 0; h = word.indexOf('-', h + 1)) {
          const part = word.slice(0, h);
          prefix(head ? `${head} ${part}` : part);
        }
      }
    }
    for (const key of keys) this.prefixes.set(key, true);
    this.maxWords = max;
  }

  /** Every registry name in the tokens, longest first, non-overlapping. `text` starts at document offset `base`. */
  find(toks: Tok[], text: string, base: number, date?: string): GazetteerHit[] {
    const out: GazetteerHit[] = [];
    const when = date ? { date } : {};
    for (let i = 0; i < toks.length; i++) {
      const first = toks[i]!;
      // An article is not part of the name ("The Kazakhstani" is "Kazakhstani").
      if (!startsUpper(first.text) || first.lower === 'the') continue;
      let best: GazetteerHit | undefined;
      // Allow a few more tokens than words: "U.S." or "Kazakhstan-Azerbaijan" split into several tokens.
      for (let j = i; j < toks.length && j < i + this.maxWords * 3; j++) {
        // Punctuation other than name-internal marks ends a name: "Consortium," is not "Consortium ,".
        if (j > i && toks[j]!.pos === 'PUNCT' && !/^[-'’&+]$/.test(toks[j]!.text)) break;
        if (j > i && (toks[j]!.lower === "'s" || toks[j]!.lower === '’s')) break;
        // One token's span is its text (tokenize.ts keeps text.slice(start, end) === text).
        const surface = j === i ? first.text : text.slice(first.start - base, toks[j]!.end - base);
        const key = j === i ? tokenKey(first) : nameKey(surface);
        // Every key is its own prefix: a key not among the prefixes is no key either.
        const isKey = this.prefixes.get(key);
        if (isKey === undefined) {
          // A first token no key starts with begins no name at all when a space follows it: a longer
          // name's key would have this token's key as its first word, and every word-prefix of a key is
          // a prefix. Only a token glued to the next ("U.S" "." , "Guinea" "-") reads on.
          if (
            j === i
              ? toks[i + 1] === undefined || toks[i + 1]!.start > first.end
              : !/^[-'’]$/.test(toks[j]!.text)
          )
            break;
          continue;
        }
        if (!isKey) continue;
        const hits = this.registry
          .lookupKey(key, when)
          .filter((h) => caseFits(h.alias.text, surface) && (date || !this.unsureSurname(h, key)));
        if (hits.length) best = { start: i, end: j + 1, surface, hits };
      }
      if (best) {
        out.push(best);
        i = best.end - 1;
      }
    }
    return out;
  }

  /**
   * A surname a person bore only in a closed period (Bill Clinton's "Clinton", 1993–2001, his term) that
   * another registry person also bears (Hillary Clinton): in a document of unknown date it names neither
   * for sure. An alias open at its end ("Sharif" from 1990) still holds.
   */
  private unsureSurname(h: AliasHit, key: string): boolean {
    return h.alias.validTo !== undefined && h.entity.kind === 'Person' && this.sharedSurnames.has(key);
  }
}

/**
 * nameKey of one token's text: for letters, digits and hyphens (nameKey's PLAIN case, and most names)
 * that is its lower case, which the token already has; checked by a loop, not a regular expression.
 */
function tokenKey(t: Tok): string {
  const w = t.text;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45))
      return nameKey(w);
  }
  return w.length ? t.lower : nameKey(w);
}

function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && s[0] !== s[0]!.toLowerCase());
}

/** An all-caps alias (US, UN, CPC) must appear in capitals; others need an upper-case first letter. */
function caseFits(alias: string, surface: string): boolean {
  const letters = alias.replace(/[^A-Za-z]/g, '');
  if (letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase()) {
    return surface.replace(/[^A-Za-z]/g, '') === letters;
  }
  return startsUpper(surface.replace(/^the\s+/i, ''));
}

/** Alias types that name a state by something else: a capital stands for its government. */
export const METONYM_TYPES: ReadonlySet<AliasType> = new Set(['capital']);
