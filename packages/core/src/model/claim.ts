// A claim: one statement that subject –predicate→ object, with how sure it is, who says so and where.
import type { EntityRef } from './entity.ts';
import { hashId } from './ids.ts';

export const MODALITIES = ['asserted', 'alleged', 'denied', 'hypothetical', 'negated'] as const;
export type Modality = (typeof MODALITIES)[number];

export interface Span {
  start: number;
  end: number;
}

export interface Evidence {
  /** The document id (`doc:…`) the evidence comes from. */
  docId: string;
  /** The input path or URL as given. */
  doc: string;
  sentence?: number;
  /** Line in a fact file or dataset (1-based). */
  line?: number;
  /** Character offsets into the document text: text.slice(start, end) === this.text. */
  start?: number;
  end?: number;
  text?: string;
  /** Trigger words inside the evidence text, offsets relative to the document. */
  triggers?: Span[];
}

export interface ClaimTime {
  /** When it happened (ISO date). */
  occurred?: string;
  /** When it was reported or published (ISO date). */
  reported?: string;
}

export type ClaimSource = 'fact' | 'text' | 'gdelt';

export interface Claim {
  id: string;
  subject: EntityRef;
  predicate: string;
  object: EntityRef;
  /** The event the claim concerns (the attack an accusation is about). */
  about?: EntityRef;
  modality: Modality;
  confidence: number;
  claimedBy?: EntityRef;
  time?: ClaimTime;
  cameo?: string;
  plover?: string;
  evidence?: Evidence;
  source: ClaimSource;
  /** Reader-specific numbers or strings kept verbatim (GoldsteinScale, NumMentions, AvgTone…). */
  attrs?: Record<string, string | number>;
}

/**
 * Claims are de-duplicated by what they say and where: the same sentence read twice is one claim; the
 * same fact in a fact file (wherever it sits in the file) is one claim.
 */
export function claimId(c: Omit<Claim, 'id'>): string {
  const where =
    c.source === 'fact'
      ? ''
      : `${c.evidence?.docId ?? ''}#${c.evidence?.sentence ?? ''}:${c.evidence?.start ?? c.evidence?.line ?? ''}`;
  return `claim:${hashId(c.source, c.subject.id, c.predicate, c.object.id, c.modality, c.claimedBy?.id, c.time?.occurred, where, c.about?.id)}`;
}
