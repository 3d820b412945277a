// A mention: a token span of a sentence that refers to one entity, and how it refers to it.
import type { Entity } from '@geokg/core';
import type { NounRole } from '../patterns/types.ts';

export type MentionVia = 'name' | 'capital' | 'demonym' | 'role' | 'thing' | 'pronoun' | 'new' | 'coref';

export interface Mention {
  /** Token indices in the sentence, [start, end). */
  start: number;
  end: number;
  entity: Entity;
  via: MentionVia;
  role?: NounRole;
  /** A group "with ties to X": X. Accusations against the group reach X as well. */
  sponsor?: Entity;
  /** "Israeli shelling", "Russian airstrikes": who carried out the event a phrase names. */
  agent?: Entity;
  /** The title a person was named with ("president" in "President Bush"), lower case. */
  title?: string;
  /** "any group", "other entities": refers to nobody in particular. */
  quantified?: boolean;
}
