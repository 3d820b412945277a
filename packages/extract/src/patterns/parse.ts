// Parses one pattern line, PETRARCH-style: "request * explanation (from +) [020]".
// `*` is the verb, `+` the target slot, `$` the source slot, `{a b}` adjacent words, `(…)` a close group,
// `a|b` alternatives, `&SET` a synonym set, `[code]` the CAMEO code ("---": matches but codes nothing).
import { PatternError } from '../errors.ts';
import type { Elem } from './types.ts';

/** Gaps in tokens allowed before an element: adjacent, inside a group, anywhere in the clause span. */
export const GAP = { adjacent: 1, near: 3, far: 8 } as const;

export interface ParsedPattern {
  pre: string[][];
  post: Elem[];
  code?: string;
  /** Number of literal words: more specific patterns are tried first. */
  weight: number;
}

const SPLIT = /\s*([{}()])\s*|\s+/;

export function parsePattern(src: string, sets: Map<string, string[][]>, where: string): ParsedPattern {
  let body = src.trim();
  let code: string | undefined;
  const m = /\[([^\]]*)\]\s*$/.exec(body);
  if (m) {
    code = m[1]!.split(':')[0]!.trim();
    body = body.slice(0, m.index).trim();
  }
  const parts = body.split(SPLIT).filter((p) => p !== undefined && p !== '');
  const pre: string[][] = [];
  const post: Elem[] = [];
  let seenVerb = false;
  let depth: '' | '{' | '(' = '';
  let first = true;
  let weight = 0;
  for (const part of parts) {
    if (part === '*') {
      if (seenVerb)
        throw new PatternError(`geokg extract: ${where}: "${src}" has two "*"; keep one verb marker`);
      seenVerb = true;
      first = true;
      continue;
    }
    if (part === '{' || part === '(') {
      depth = part;
      first = true;
      continue;
    }
    if (part === '}' || part === ')') {
      depth = '';
      continue;
    }
    if (part === '^' || part === '%') continue;
    const gap = depth === '{' && !first ? GAP.adjacent : depth === '(' && !first ? GAP.near : GAP.far;
    first = false;
    if (part === '+' || part === '$') {
      if (!seenVerb) continue; // slots before the verb are the grammatical subject anyway
      post.push({ type: 'slot', role: part === '+' ? 'target' : 'source', gap });
      continue;
    }
    const alts = expand(part, sets, where, src);
    if (!seenVerb) pre.push(alts.map((a) => a.join(' ')));
    else {
      post.push({ type: 'lit', alts, gap });
      weight++;
    }
  }
  if (!seenVerb)
    throw new PatternError(`geokg extract: ${where}: "${src}" has no "*"; mark the verb's place with *`);
  return { pre, post, ...(code !== undefined ? { code } : {}), weight: weight + pre.length };
}

/** "a|b_c|&SET" → [[a], [b, c], …set items]. Underscores join words; a trailing one is dropped. */
function expand(part: string, sets: Map<string, string[][]>, where: string, src: string): string[][] {
  const out: string[][] = [];
  for (const alt of part.split('|')) {
    if (alt.startsWith('&')) {
      const set = sets.get(alt.slice(1).toUpperCase());
      if (!set)
        throw new PatternError(
          `geokg extract: ${where}: "${src}" uses unknown set ${alt}; declare it under sets:`,
        );
      out.push(...set);
    } else {
      const words = alt.toLowerCase().replace(/_+$/, '').split('_').filter(Boolean);
      if (words.length) out.push(words);
    }
  }
  return out;
}
