// Where a verb's clause ends: a boundary, a relative or complement clause, another finite clause, or a
// trailing speech frame (", officials said").
import type { ClauseView } from './view.ts';
import { RELATIVE, SUBORDINATORS } from './words.ts';

/** ", Palestinian security officials said" / ", said X": a speech verb before the next comma. */
function framesAhead(cl: ClauseView, comma: number): boolean {
  for (let k = comma + 1; k < cl.toks.length && k <= comma + 12; k++) {
    const t = cl.toks[k]!;
    if (t.text === ',' || cl.isBoundary(k)) return false;
    if (t.pos === 'VERB' && cl.frames.has(t.lemma)) return true;
  }
  return false;
}

export function clauseEndOf(cl: ClauseView, v: number): number {
  const toks = cl.toks;
  for (let k = v + 1; k < toks.length; k++) {
    if (cl.cover[k]! >= 0) continue;
    const t = toks[k]!;
    if (cl.isBoundary(k)) return k;
    if (
      t.text === ',' &&
      (RELATIVE.has(toks[k + 1]?.lower ?? '') || SUBORDINATORS.has(toks[k + 1]?.lower ?? ''))
    )
      return k;
    if (t.text === ',' && framesAhead(cl, k)) return k;
    if (t.lower === 'that' && t.pos === 'SCONJ') return k;
    if (t.lower === 'which' || t.lower === 'who') return k;
  }
  return toks.length;
}
