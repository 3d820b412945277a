// Claims written the way PLOVER scores them, for the tests that check coded claims on sentences written
// for them: "subject recipient cameo modality", the recipient its country (ISO-3), else its name, or "-"
// for a targetless act (its object an event of any kind).
import type { Claim } from '@geokg/core';
import { createExtractor } from '../src/index.ts';

const x = createExtractor();
const EVENTS = new Set(['Event', 'Attack', 'Protest', 'Meeting', 'Incident']);

/** The claims with a CAMEO code that one sentence gives. */
export const codedClaims = (text: string): Claim[] =>
  x.extractText(text, { doc: 'test.txt' }).claims.filter((c) => c.cameo);

const countryOrName = (r: Claim['object']): string =>
  String(r.iso3 ?? (r as { country?: string }).country ?? r.name);

export const recipient = (r: Claim['object']): string => (EVENTS.has(r.kind) ? '-' : countryOrName(r));

export const show = (c: Claim): string => `${c.subject.name} ${recipient(c.object)} ${c.cameo} ${c.modality}`;

/** Each coded claim of a sentence as "subject recipient cameo modality". */
export const all = (text: string): string[] => codedClaims(text).map(show);

/**
 * Each coded claim of a sentence as "subject recipient cameo", the recipient "-" only for a bare Event
 * (an Attack or a Protest keeps its name): the older tests' reading, kept so their expectations stand.
 */
export const coded = (text: string): string[] =>
  codedClaims(text).map(
    (c) => `${c.subject.name} ${c.object.kind === 'Event' ? '-' : countryOrName(c.object)} ${c.cameo}`,
  );
