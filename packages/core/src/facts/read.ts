// A fact file → entity declarations and claims, all or nothing: every problem is collected with its line,
// and one problem refuses the whole file.
import { MODALITIES, claimId } from '../model/claim.ts';
import type { Claim, Modality } from '../model/claim.ts';
import type { Entity, EntityRef } from '../model/entity.ts';
import { refOf } from '../model/entity.ts';
import { documentEntity, documentId } from '../model/document.ts';
import { entityId, hashId, idProblem } from '../model/ids.ts';
import type { Alias, AliasType, Registry } from '../registry/registry.ts';
import { Resolver } from '../resolve/resolver.ts';
import type { Reference } from '../resolve/resolver.ts';
import { ProblemCollector, unknownKeys } from '../io/problems.ts';
import { defined } from '../util/defined.ts';
import { readRecords } from './records.ts';
import type { ParsedFile, RawRecord } from './records.ts';
import { checkConfidence, checkDate, checkValue } from './values.ts';

export interface EntityDecl {
  entity: Entity;
  aliases: Alias[];
  line: number;
}

export interface FactFile {
  file: string;
  document: Entity;
  entities: EntityDecl[];
  /** Entities that facts named by kind without declaring them. */
  created: Entity[];
  claims: Claim[];
}

const ENTITY_KEYS = new Set(['type', 'id', 'kind', 'name', 'aliases']);
const FACT_KEYS = new Set([
  'type',
  'subject',
  'predicate',
  'object',
  'subject_kind',
  'object_kind',
  'subject_country',
  'object_country',
  'modality',
  'confidence',
  'date',
  'reported',
  'claimedBy',
  'claimed_by',
  'about',
  'source',
  'quote',
  'note',
  'cameo',
]);
const ALIAS_TYPES: AliasType[] = [
  'name',
  'official',
  'alternative',
  'demonym',
  'capital',
  'abbreviation',
  'former',
];

function readAliases(raw: unknown, line: number, out: ProblemCollector): Alias[] {
  const items =
    raw === undefined
      ? []
      : Array.isArray(raw)
        ? raw
        : String(raw)
            .split(';')
            .map((s) => s.trim())
            .filter(Boolean);
  const aliases: Alias[] = [];
  for (const item of items) {
    if (typeof item === 'string') {
      aliases.push({ text: item, type: 'alternative' });
      continue;
    }
    const a = (item ?? {}) as Record<string, unknown>;
    if (typeof a.name !== 'string') {
      out.add(line, 'an alias must be a name or a mapping with "name" (and optional "from", "to", "type")');
      continue;
    }
    const type = (a.type ?? 'alternative') as AliasType;
    if (!ALIAS_TYPES.includes(type))
      out.add(line, `alias type "${String(a.type)}" must be one of ${ALIAS_TYPES.join(', ')}`);
    const alias: Alias = { text: a.name, type };
    for (const [key, field] of [
      ['from', 'validFrom'],
      ['to', 'validTo'],
    ] as const) {
      if (a[key] === undefined) continue;
      const d = checkDate(a[key]);
      if (d.ok) alias[field] = d.value as string;
      else out.add(line, `alias "${a.name}" ${key}: ${d.message}`);
    }
    aliases.push(alias);
  }
  return aliases;
}

function readEntity(rec: RawRecord, registry: Registry, out: ProblemCollector): EntityDecl | undefined {
  const { data, line } = rec;
  const ontology = registry.ontology;
  const kind = typeof data.kind === 'string' ? data.kind : undefined;
  if (!kind) return void out.add(line, 'an entity needs a "kind"');
  if (!ontology.hasKind(kind))
    return void out.add(line, `unknown kind "${kind}" (known: ${ontology.concreteKinds().join(', ')})`);
  const spec = ontology.kind(kind);
  if (spec.abstract) return void out.add(line, `kind "${kind}" is abstract; use one of its sub-kinds`);
  if (typeof data.name !== 'string' || !data.name.trim())
    return void out.add(line, 'an entity needs a "name"');
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (ENTITY_KEYS.has(key)) continue;
    const prop = spec.properties.get(key);
    if (!prop) {
      out.add(line, `${kind} has no property "${key}" (it has: ${[...spec.properties.keys()].join(', ')})`);
      continue;
    }
    const checked = checkValue(prop, value);
    if (checked.ok) props[key] = checked.value;
    else out.add(line, checked.message);
  }
  for (const req of spec.required)
    if (req !== 'name' && props[req] === undefined) out.add(line, `${kind} requires "${req}"`);
  const name = data.name.trim();
  if (data.id !== undefined) {
    const problem = idProblem(data.id, kind, spec.idPrefix);
    if (problem) return void out.add(line, problem);
  }
  const id =
    typeof data.id === 'string'
      ? data.id
      : entityId(
          spec.idPrefix,
          kind === 'State' ? String(props.iso3 ?? name) : name,
          props.country as string | undefined,
        );
  const aliases = readAliases(data.aliases, line, out);
  // The entity carries its alias names for the graph; the typed aliases (with dates) go to the registry.
  const names = [...new Set(aliases.map((a) => a.text))].filter((a) => a !== name);
  return { entity: { id, kind, name, aliases: names, props }, aliases, line };
}

function reference(
  value: unknown,
  kind: unknown,
  country: unknown,
  date: string | undefined,
): Reference | string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    const ref = reference(v.id ?? v.name, v.kind ?? kind, v.country ?? country, date);
    // `{ id, name, kind }` creates the entity under that id with that name, not with the id's tail as name.
    if (typeof ref !== 'string' && ref.id && typeof v.name === 'string' && v.name.trim())
      ref.name = v.name.trim();
    return ref;
  }
  if (typeof value !== 'string' || !value.trim()) return 'must be an id or a name';
  const text = value.trim();
  const ref: Reference = /^[a-z]+:\S+$/.test(text) ? { id: text } : { name: text };
  if (typeof kind === 'string') ref.kind = kind;
  if (typeof country === 'string') ref.country = country.toUpperCase();
  if (date) ref.date = date;
  if (ref.id && typeof kind === 'string') ref.name = text.slice(text.indexOf(':') + 1);
  return ref;
}

function readFact(
  rec: RawRecord,
  resolver: Resolver,
  document: Entity,
  file: string,
  out: ProblemCollector,
): Claim | undefined {
  const { data, line } = rec;
  const ontology = resolver.registry.ontology;
  const before = out.problems.length;
  for (const key of unknownKeys(data, FACT_KEYS)) out.add(line, `unknown field "${key}" in a fact`);
  if (data.type !== undefined && data.type !== 'fact')
    out.add(line, `type "${String(data.type)}" must be "entity" or "fact"`);
  const predicate = typeof data.predicate === 'string' ? data.predicate : '';
  const edge = ontology.edgeKinds.get(predicate);
  if (!predicate) out.add(line, 'a fact needs a "predicate"');
  else if (!edge)
    out.add(line, `unknown predicate "${predicate}" (known: ${[...ontology.edgeKinds.keys()].join(', ')})`);
  const date = data.date === undefined ? undefined : checkDate(data.date);
  if (date && !date.ok) out.add(line, `date: ${date.message}`);
  const reported = data.reported === undefined ? undefined : checkDate(data.reported);
  if (reported && !reported.ok) out.add(line, `reported: ${reported.message}`);
  const confidence =
    data.confidence === undefined ? { ok: true as const, value: 1 } : checkConfidence(data.confidence);
  if (!confidence.ok) out.add(line, confidence.message);
  const modality = (data.modality ?? 'asserted') as Modality;
  if (!MODALITIES.includes(modality))
    out.add(line, `modality "${String(data.modality)}" must be one of ${MODALITIES.join(', ')}`);
  const on = date?.ok ? (date.value as string) : undefined;
  const resolveSide = (
    label: string,
    value: unknown,
    kind?: unknown,
    country?: unknown,
  ): EntityRef | undefined => {
    if (value === undefined) return void out.add(line, `a fact needs a "${label}"`);
    const ref = reference(value, kind, country, on);
    if (typeof ref === 'string') return void out.add(line, `${label} ${ref}`);
    const r = resolver.resolve(ref);
    if (!r.ok) return void out.add(line, `${label}: ${r.message}`);
    return refOf(r.entity);
  };
  const subject = resolveSide('subject', data.subject, data.subject_kind, data.subject_country);
  const object = resolveSide('object', data.object, data.object_kind, data.object_country);
  const claimedByRaw = data.claimedBy ?? data.claimed_by;
  const claimedBy = claimedByRaw === undefined ? undefined : resolveSide('claimedBy', claimedByRaw);
  const about = data.about === undefined ? undefined : resolveSide('about', data.about);
  if (edge && subject && object) {
    try {
      ontology.checkEndpoints(predicate, subject.kind, object.kind);
    } catch (e) {
      out.add(line, (e as Error).message);
    }
  }
  const cameo = data.cameo === undefined ? edge?.cameo[0] : String(data.cameo);
  if (cameo !== undefined && !/^\d{2,4}$/.test(cameo))
    out.add(line, `cameo "${cameo}" must be 2 to 4 digits`);
  if (out.problems.length > before || !edge || !subject || !object) return undefined;
  // `quote` is the evidence text; `source` (where the fact comes from: a URL, a citation) and `note` are
  // kept verbatim in attrs, not taken for the quote.
  const quote = data.quote;
  const attrs: Record<string, string> = {};
  for (const key of ['source', 'note'] as const) if (data[key] !== undefined) attrs[key] = String(data[key]);
  const time = defined({ occurred: on, reported: reported?.ok ? (reported.value as string) : undefined });
  const draft: Omit<Claim, 'id'> = defined({
    subject,
    predicate,
    object,
    about,
    modality,
    confidence: confidence.ok ? (confidence.value as number) : 1,
    claimedBy,
    time: on || reported?.ok ? time : undefined,
    cameo: edge.category === 'interaction' ? cameo : undefined,
    plover: edge.plover,
    evidence: defined({
      docId: document.id,
      doc: file,
      line,
      text: typeof quote === 'string' ? quote : undefined,
    }),
    source: 'fact' as const,
    attrs: Object.keys(attrs).length ? attrs : undefined,
  });
  return { id: claimId(draft), ...draft };
}

/** Turns parsed records into entities and claims; throws InputError listing every problem. */
export function factsFromParsed(file: string, parsed: ParsedFile, registry: Registry): FactFile {
  const out = new ProblemCollector(file, parsed.problems);
  const resolver = new Resolver(registry);
  const document = documentEntity(documentId(hashId(parsed.text)), file);
  const entities: EntityDecl[] = [];
  // Entities first, so that facts anywhere in the file can name them.
  for (const rec of parsed.records.filter((r) => r.type === 'entity')) {
    const decl = readEntity(rec, registry, out);
    if (!decl) continue;
    const known = registry.get(decl.entity.id);
    if (known && !registry.ontology.moreSpecific(known.kind, decl.entity.kind)) {
      out.add(rec.line, `"${decl.entity.id}" is already a ${known.kind}, not a ${decl.entity.kind}`);
      continue;
    }
    try {
      resolver.declare(decl.entity, decl.aliases);
    } catch (e) {
      // Two declarations with one id but unrelated kinds (a City and a Region both named "Georgia").
      out.add(rec.line, (e as Error).message);
      continue;
    }
    entities.push(decl);
  }
  const claims: Claim[] = [];
  for (const rec of parsed.records.filter((r) => r.type === 'fact')) {
    const claim = readFact(rec, resolver, document, file, out);
    if (claim) claims.push(claim);
  }
  out.throwIfAny();
  const declared = new Set(entities.map((d) => d.entity.id));
  const created = resolver.localEntities().filter((e) => !declared.has(e.id));
  return { file, document, entities, created, claims };
}

export function readFactFile(file: string, registry: Registry): FactFile {
  return factsFromParsed(file, readRecords(file), registry);
}
