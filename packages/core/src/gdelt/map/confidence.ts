// How sure a GDELT event is. Machine-coded events from one article are often miscoded; each doubling of the
// independent sources behind an event adds 0.1, from 0.5 for one source to a ceiling of 0.9 (31 sources):
// confidence = min(0.9, 0.4 + 0.1 * log2(1 + NumSources)), rounded to two decimals.

export function gdeltConfidence(numSources: number): number {
  const n = Number.isFinite(numSources) && numSources > 0 ? numSources : 1;
  return Math.round(Math.min(0.9, 0.4 + 0.1 * Math.log2(1 + n)) * 100) / 100;
}
