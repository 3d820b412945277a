// How each claim modality is drawn, and what the legend says about it. Asserted edges are solid;
// the less certain the statement, the more broken and faded its line.

export interface ModalityLook {
  /** Dash and gap lengths in screen pixels; 0 means a solid line. */
  dash: number;
  gap: number;
  opacity: number;
  explain: string;
}

const SOLID: ModalityLook = { dash: 0, gap: 0, opacity: 0.9, explain: 'stated as fact by the source' };

export const MODALITY_LOOKS: Record<string, ModalityLook> = {
  asserted: SOLID,
  alleged: { dash: 7, gap: 4, opacity: 0.95, explain: 'claimed by someone, not established' },
  hypothetical: { dash: 7, gap: 4, opacity: 0.45, explain: 'might be, or might have been' },
  denied: { dash: 2, gap: 4, opacity: 0.85, explain: 'someone denies it' },
  negated: { dash: 2, gap: 4, opacity: 0.4, explain: 'stated not to be the case' },
};

export const modalityLook = (modality: string): ModalityLook => MODALITY_LOOKS[modality] ?? SOLID;
