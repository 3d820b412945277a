// Members and offices that speak for a body: "a U.S. Defence Department spokesperson", "an LeT spokesman",
// "the Leader of the Opposition", "a spokesman for the interior ministry" (the CAMEO actor codebook codes a
// member by the group).
import type { Sentence } from '../nlp/types.ts';
import type { Lexicon } from '../patterns/types.ts';
import type { DocState } from './doc-state.ts';
import type { Mention } from './types.ts';

/** People who speak or act for the body named right before them. */
const MEMBERS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'representative']);

/**
 * "a U.S. Defence Department spokesperson", "a Hamas official": the member of an organisation named right
 * before the noun speaks for it (the CAMEO actor codebook codes a member by the group), never a role of
 * the context's state.
 */
export function ownMembers(toks: Sentence['toks'], mentions: Mention[], doc: DocState): void {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const p = mentions[k]!;
    const t = toks[p.end];
    if (!t || !MEMBERS.has(t.lemma) || t.lemma !== t.lower || p.via === 'pronoun') continue;
    if (p.entity.kind === 'State' || !doc.ontology.isA(p.entity.kind, 'Organization')) continue;
    const m = mentions[k + 1];
    const taken = m?.start === p.end;
    if (taken && (m.via !== 'role' || m.end !== p.end + 1)) continue;
    mentions.splice(k, taken ? 2 : 1, { ...p, end: p.end + 1 });
    // "…, though he refused …" already took the member for its antecedent.
    for (const [n, q] of mentions.entries())
      if (taken && q.via === 'pronoun' && q.entity.id === m.entity.id)
        mentions[n] = { ...q, entity: p.entity };
  }
}

/**
 * "the Leader of the Opposition", "President of the BJP", "a spokesman for the interior ministry": an office
 * of a group, party or body speaks for it (the CAMEO actor codebook codes a member by the group).
 */
export function officesOf(toks: Sentence['toks'], mentions: Mention[], lex: Lexicon, doc: DocState): void {
  for (let k = mentions.length - 2; k >= 0; k--) {
    const m = mentions[k]!;
    const g = mentions[k + 1]!;
    const t = toks[m.end - 1]!;
    const prep = toks[m.end]?.lower;
    if (m.via === 'pronoun' || (prep !== 'of' && prep !== 'for') || g.start !== m.end + 1) continue;
    if (t.lemma !== t.lower || !lex.titleSet.has(t.lower) || m.entity.kind === 'Person') continue;
    // "a spokesman for the Kenyan government" speaks for the state; "the President of Kenya" is no office
    // of a group (titleHolder reads it).
    if (prep === 'of' && g.entity.kind === 'State') continue;
    if (g.quantified || !doc.ontology.isA(g.entity.kind, 'Actor')) continue;
    if (g.entity.kind === 'Person') continue;
    mentions.splice(k, 2, { ...g, start: m.start });
  }
}

/** A role phrase whose head is one person's title ("a ministry spokesperson", "the foreign minister"). */
export function isTitleNoun(toks: Sentence['toks'], m: Mention, lex: Lexicon): boolean {
  const t = toks[m.end - 1]!;
  if (m.via === 'pronoun') return false;
  if (m.role === 'state' && t.lemma === t.lower && lex.titleSet.has(t.lower)) return true;
  return memberOf(toks, m);
}

/** "a Chilean Energy Ministry spokesperson": a body with its member after it (joined later: ownMembers). */
export function memberOf(toks: Sentence['toks'], m: Mention): boolean {
  const next = toks[m.end];
  return next !== undefined && MEMBERS.has(next.lower) && m.entity.kind !== 'State';
}
