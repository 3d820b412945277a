// What an edge says in sum: its claims stay, these fields summarise them for drawing and querying.
// Updated one claim at a time so that an edge with 100,000 GDELT claims costs O(1) per claim.
import type { Claim, Modality } from '../model/claim.ts';

export interface EdgeAggregate {
  /** The modality with the most confidence behind it; ties go to the first in MODALITY_ORDER. */
  modality: Modality;
  /** Highest confidence among the claims of that modality. */
  confidence: number;
  cameo?: string;
  plover?: string;
  firstSeen?: string;
  lastSeen?: string;
  claimCount: number;
  /** Distinct document ids behind the claims. */
  documents: string[];
  /** Summed confidence per modality, from which `modality` is chosen. */
  weights: Partial<Record<Modality, number>>;
  /** Highest confidence per modality. */
  maxConfidence: Partial<Record<Modality, number>>;
}

const MODALITY_ORDER: Modality[] = ['asserted', 'alleged', 'denied', 'hypothetical', 'negated'];

export function emptyAggregate(): EdgeAggregate {
  return {
    modality: 'asserted',
    confidence: 0,
    claimCount: 0,
    documents: [],
    weights: {},
    maxConfidence: {},
  };
}

/**
 * What folding reads of a claim. A claim may come without its evidence (the store's streamed exports fold
 * claims without collecting their documents).
 */
export type FoldedClaim = Pick<Claim, 'modality' | 'confidence' | 'cameo' | 'plover' | 'time'> & {
  evidence?: Pick<NonNullable<Claim['evidence']>, 'docId'> | undefined;
};

/** Folds one more claim into the aggregate, in place. */
export function addToAggregate(a: EdgeAggregate, c: FoldedClaim): void {
  a.weights[c.modality] = (a.weights[c.modality] ?? 0) + c.confidence;
  a.maxConfidence[c.modality] = Math.max(a.maxConfidence[c.modality] ?? 0, c.confidence);
  a.modality = MODALITY_ORDER.reduce((best, m) =>
    (a.weights[m] ?? -1) > (a.weights[best] ?? -1) ? m : best,
  );
  a.confidence = a.maxConfidence[a.modality] ?? 0;
  if (c.cameo !== undefined) a.cameo ??= c.cameo;
  if (c.plover !== undefined) a.plover ??= c.plover;
  const d = c.time?.occurred ?? c.time?.reported;
  if (d !== undefined) {
    if (a.firstSeen === undefined || d < a.firstSeen) a.firstSeen = d;
    if (a.lastSeen === undefined || d > a.lastSeen) a.lastSeen = d;
  }
  const doc = c.evidence?.docId;
  if (doc && !a.documents.includes(doc)) {
    // Kept sorted so that the same claims in any order give the same aggregate.
    a.documents.push(doc);
    a.documents.sort();
  }
  a.claimCount += 1;
}

export function aggregate(claims: readonly Claim[]): EdgeAggregate {
  const a = emptyAggregate();
  for (const c of claims) addToAggregate(a, c);
  return a;
}
