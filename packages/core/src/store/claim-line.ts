// A claim as one line of a format-2 segment. Seven tab-separated columns:
//   id  subject  predicate  object  about  claimedBy  {JSON of the rest}
// Every entity a claim names is a column holding its id (about and claimedBy may be empty): a writer learns
// what the store holds, and checks a claim's entities, without parsing JSON. Names and kinds live in the
// entity records and are joined back on load, so a line is about half the size of the whole claim.
import type { Claim } from '../model/claim.ts';
import type { EntityRef } from '../model/entity.ts';
import { StoreError } from './errors.ts';

const S = JSON.stringify;
const CONTROL = /[\t\n\r]/;

function column(s: string, what: string, claimId: string): string {
  if (CONTROL.test(s))
    throw new StoreError(`geokg store: claim ${S(claimId)} has a ${what} containing a tab or line break`);
  return s;
}

/** The line for a claim (no line end). */
export function encodeClaim(c: Claim): string {
  const id = column(c.id, 'id', c.id);
  // One stringify of a fresh object (undefined fields drop out) beats stringifying field by field.
  const rest = S({
    modality: c.modality,
    confidence: c.confidence,
    time: c.time,
    cameo: c.cameo,
    plover: c.plover,
    evidence: c.evidence,
    source: c.source,
    attrs: c.attrs,
  });
  return (
    `${id}\t${column(c.subject.id, 'subject id', id)}\t${column(c.predicate, 'predicate', id)}` +
    `\t${column(c.object.id, 'object id', id)}\t${c.about ? column(c.about.id, 'about id', id) : ''}` +
    `\t${c.claimedBy ? column(c.claimedBy.id, 'claimedBy id', id) : ''}\t${rest}`
  );
}

/** The columns of a line, its JSON left unparsed. */
export interface ClaimColumns {
  id: string;
  subject: string;
  predicate: string;
  object: string;
  /** '' when absent. */
  about: string;
  claimedBy: string;
  /** Where the JSON starts. */
  rest: number;
}

export function claimColumns(line: string): ClaimColumns {
  const t1 = line.indexOf('\t');
  const t2 = line.indexOf('\t', t1 + 1);
  const t3 = line.indexOf('\t', t2 + 1);
  const t4 = line.indexOf('\t', t3 + 1);
  const t5 = line.indexOf('\t', t4 + 1);
  const t6 = line.indexOf('\t', t5 + 1);
  if (t1 < 0 || t2 < 0 || t3 < 0 || t4 < 0 || t5 < 0 || t6 < 0)
    throw new StoreError(`geokg store: a claim line has fewer than 7 columns: ${line.slice(0, 80)}`);
  return {
    id: line.slice(0, t1),
    subject: line.slice(t1 + 1, t2),
    predicate: line.slice(t2 + 1, t3),
    object: line.slice(t3 + 1, t4),
    about: line.slice(t4 + 1, t5),
    claimedBy: line.slice(t5 + 1, t6),
    rest: t6 + 1,
  };
}

/** The claim on a line, its entities looked up by id. */
export function decodeClaim(line: string, ref: (id: string) => EntityRef): Claim {
  const col = claimColumns(line);
  const c: Claim = {
    id: col.id,
    subject: ref(col.subject),
    predicate: col.predicate,
    object: ref(col.object),
    ...(JSON.parse(line.slice(col.rest)) as Omit<Claim, 'id' | 'subject' | 'predicate' | 'object'>),
  };
  if (col.about) c.about = ref(col.about);
  if (col.claimedBy) c.claimedBy = ref(col.claimedBy);
  return c;
}
