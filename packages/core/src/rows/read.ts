// Claim-contract rows (what `geokg extract` and `geokg export --format jsonl` write) back into entities and
// claims. The rows carry resolved ids, so nothing is looked up by name: ids, kinds and predicates are checked
// against the ontology, and every problem is collected with its line, refusing the whole file.
import type { Problem } from '../errors.ts';
import { ProblemCollector, unknownKeys } from '../io/problems.ts';
import { defined } from '../util/defined.ts';
import type { ParsedFile, RawRecord } from '../facts/records.ts';
import { MODALITIES, claimId } from '../model/claim.ts';
import type { Claim, ClaimSource, Evidence } from '../model/claim.ts';
import type { Entity, EntityRef } from '../model/entity.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { ENTITY_ROW_KEYS } from './rows.ts';

const CLAIM_KEYS = new Set([
  'type',
  'id',
  'subject',
  'predicate',
  'object',
  'about',
  'modality',
  'confidence',
  'cameo',
  'plover',
  'claimedBy',
  'time',
  'evidence',
  'source',
  'attrs',
]);
const SOURCES: ClaimSource[] = ['text', 'fact', 'gdelt'];

/** A JSON Lines file in the claim contract rather than a fact file: it has claim rows, or entity rows with `kinds`. */
export const isRowFile = (parsed: ParsedFile): boolean =>
  parsed.records.some(
    (r) => r.data.type === 'claim' || (r.data.type === 'entity' && Array.isArray(r.data.kinds)),
  );

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

class Rows extends ProblemCollector {
  constructor(
    file: string,
    earlier: readonly Problem[],
    readonly ontology: Ontology,
  ) {
    super(file, earlier);
  }

  entity({ data, line }: RawRecord): Entity | undefined {
    const before = this.problems.length;
    if (typeof data.id !== 'string' || !data.id.includes(':')) this.add(line, 'an entity row needs an "id"');
    if (typeof data.name !== 'string') this.add(line, 'an entity row needs a "name"');
    if (typeof data.kind !== 'string' || !this.ontology.hasKind(data.kind))
      this.add(line, `unknown kind "${String(data.kind)}"`);
    const aliases = data.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string'))
      this.add(line, '"aliases" must be a list of names');
    if (this.problems.length > before) return undefined;
    const props = Object.fromEntries(Object.entries(data).filter(([k]) => !ENTITY_ROW_KEYS.has(k)));
    return {
      id: data.id as string,
      kind: data.kind as string,
      name: data.name as string,
      aliases: aliases as string[],
      props,
    };
  }

  ref(label: string, v: unknown, line: number): EntityRef | undefined {
    if (!isObject(v) || typeof v.id !== 'string' || typeof v.name !== 'string' || typeof v.kind !== 'string')
      return void this.add(line, `"${label}" must be an entity { id, kind, name }`);
    if (!this.ontology.hasKind(v.kind)) return void this.add(line, `${label}: unknown kind "${v.kind}"`);
    return v as unknown as EntityRef;
  }

  claim({ data, line }: RawRecord): Claim | undefined {
    const before = this.problems.length;
    for (const key of unknownKeys(data, CLAIM_KEYS)) this.add(line, `unknown field "${key}" in a claim row`);
    const subject = this.ref('subject', data.subject, line);
    const object = this.ref('object', data.object, line);
    const about = data.about === undefined ? undefined : this.ref('about', data.about, line);
    const claimedBy = data.claimedBy === undefined ? undefined : this.ref('claimedBy', data.claimedBy, line);
    const predicate = String(data.predicate);
    if (!this.ontology.edgeKinds.has(predicate)) this.add(line, `unknown predicate "${predicate}"`);
    else if (subject && object) {
      try {
        this.ontology.checkEndpoints(predicate, subject.kind, object.kind);
      } catch (e) {
        this.add(line, (e as Error).message);
      }
    }
    const modality = data.modality as Claim['modality'];
    if (!MODALITIES.includes(modality))
      this.add(line, `modality "${String(data.modality)}" must be one of ${MODALITIES.join(', ')}`);
    const confidence = data.confidence;
    if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1))
      this.add(line, `confidence ${String(confidence)} must be a number from 0 to 1`);
    const source = (data.source ?? 'text') as ClaimSource;
    if (!SOURCES.includes(source))
      this.add(line, `source "${String(source)}" must be one of ${SOURCES.join(', ')}`);
    const ev = data.evidence;
    if (ev !== undefined && (!isObject(ev) || typeof ev.doc !== 'string' || typeof ev.docId !== 'string'))
      this.add(line, '"evidence" must be a mapping with "doc" and "docId"');
    for (const key of ['time', 'attrs'] as const)
      if (data[key] !== undefined && !isObject(data[key])) this.add(line, `"${key}" must be a mapping`);
    for (const key of ['cameo', 'plover'] as const)
      if (data[key] !== undefined && typeof data[key] !== 'string')
        this.add(line, `"${key}" must be a string`);
    if (data.id !== undefined && (typeof data.id !== 'string' || !data.id.startsWith('claim:')))
      this.add(line, '"id" must be a claim id (claim:…)');
    if (this.problems.length > before || !subject || !object) return undefined;
    const draft: Omit<Claim, 'id'> = defined({
      subject,
      predicate,
      object,
      about,
      modality,
      confidence: confidence as number,
      claimedBy,
      time: data.time as Claim['time'],
      // An empty code is no code.
      cameo: (data.cameo as string | undefined) || undefined,
      plover: (data.plover as string | undefined) || undefined,
      evidence: ev as Evidence | undefined,
      source,
      attrs: data.attrs as Claim['attrs'],
    });
    // The row's id is the claim's identity (GDELT's come from the event id, not a hash): kept as written.
    return { id: typeof data.id === 'string' ? data.id : claimId(draft), ...draft };
  }
}

/** Entity and claim rows → entities and claims; throws InputError listing every problem. */
export function rowsFromParsed(
  file: string,
  parsed: ParsedFile,
  ontology: Ontology,
): { entities: Entity[]; claims: Claim[] } {
  const rows = new Rows(file, parsed.problems, ontology);
  const entities: Entity[] = [];
  const claims: Claim[] = [];
  for (const rec of parsed.records) {
    if (rec.data.type === 'entity') {
      const e = rows.entity(rec);
      if (e) entities.push(e);
    } else if (rec.data.type === 'claim') {
      const c = rows.claim(rec);
      if (c) claims.push(c);
    } else
      rows.add(rec.line, `type "${String(rec.data.type)}" must be "entity" or "claim" in a claim-rows file`);
  }
  rows.throwIfAny();
  return { entities, claims };
}
