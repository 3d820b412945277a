// `geokg extract --explain`: each claim as one readable line with the pattern and the reading that made
// it, under the sentence it came from, so a pattern can be added and seen to fire.
import type { Claim } from '@geokg/core';

export function explainClaims(claims: Claim[], lastSentence: { key: string }): string {
  let out = '';
  for (const c of claims) {
    const ev = c.evidence;
    const key = `${ev?.doc ?? ''}#${ev?.sentence ?? ''}`;
    if (key !== lastSentence.key) {
      lastSentence.key = key;
      out += `\n${ev?.doc ?? '?'} sentence ${ev?.sentence ?? '?'}: ${ev?.text ?? ''}\n`;
    }
    const code = c.cameo ? ` [${c.cameo}${c.plover ? ' ' + c.plover : ''}]` : '';
    const by = c.claimedBy ? ` claimed by ${c.claimedBy.name}` : '';
    const about = c.about ? ` about ${c.about.name}` : '';
    out += `  ${c.subject.name} —${c.predicate}→ ${c.object.name}${code} ${c.modality} ${c.confidence}${about}${by}\n`;
    out += `    pattern ${String(c.attrs?.pattern ?? '?')}\n    rule    ${String(c.attrs?.rule ?? '?')}\n`;
  }
  return out;
}
