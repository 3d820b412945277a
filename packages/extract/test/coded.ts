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

/** The recipient as the older tests read it: "-" only for a bare Event (an Attack or a Protest keeps it). */
export const where = (r: Claim['object']): string => (r.kind === 'Event' ? '-' : countryOrName(r));

/** Each coded claim of a sentence as "subject recipient cameo" with `where`'s recipient. */
export const coded = (text: string): string[] =>
  codedClaims(text).map((c) => `${c.subject.name} ${where(c.object)} ${c.cameo}`);

/** A claim as the clause tests read it: "subject PLOVER recipient-name cameo", "-" for a bare Event. */
export const named = (c: Claim): string =>
  `${c.subject.name} ${c.plover} ${c.object.kind === 'Event' ? '-' : c.object.name} ${c.cameo}`;

/** `named` with the modality after it. */
export const namedWithModality = (c: Claim): string => `${named(c)} ${c.modality}`;
