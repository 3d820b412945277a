// Reads schema/nodes/*.yaml (one kind a file) and schema/edges/*.yaml (lists of edge kinds), then checks
// the model as a whole: every parent, endpoint and property type must exist before anything uses it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_SCHEMA_DIR } from '../config.ts';
import { parse } from 'yaml';
import { unknownKeys, unknownKeysMessage } from '../io/problems.ts';
import { OntologyError } from './errors.ts';
import { Ontology } from './ontology.ts';
import { PLOVER_CATEGORIES, PROPERTY_TYPES } from './types.ts';
import type { EdgeCategory, EdgeKind, NodeKind, Plover, PropertySpec, PropertyType } from './types.ts';

export { DEFAULT_SCHEMA_DIR };

type Raw = Record<string, unknown>;

const fail = (file: string, msg: string): never => {
  throw new OntologyError(`geokg schema: ${file}: ${msg}`);
};

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f));
}

function readYaml(path: string, root: string): { doc: Raw; file: string } {
  const file = relative(root, path) || path;
  let doc: unknown;
  try {
    doc = parse(readFileSync(path, 'utf8'));
  } catch (e) {
    fail(file, `not valid YAML: ${(e as Error).message}`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    fail(file, 'expected a mapping at the top level');
  return { doc: doc as Raw, file };
}

/** A misspelt or misplaced key would otherwise be ignored silently (and YAML flow maps split text at commas). */
function onlyKeys(raw: Raw, allowed: string[], file: string, where: string): void {
  const extra = unknownKeys(raw, allowed);
  if (extra.length) fail(file, `${where}: ${unknownKeysMessage(extra, allowed)}`);
}

const strList = (v: unknown, file: string, field: string): string[] => {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    fail(file, `"${field}" must be a list of strings`);
  return v as string[];
};

function readProperties(raw: unknown, kind: string, file: string): PropertySpec[] {
  if (raw === undefined) return [];
  if (!raw || typeof raw !== 'object') fail(file, '"properties" must be a mapping');
  return Object.entries(raw as Raw).map(([name, spec]) => {
    const s = (spec ?? {}) as Raw;
    onlyKeys(s, ['type', 'description', 'pattern'], file, `property "${name}"`);
    const type = s.type as PropertyType;
    if (!PROPERTY_TYPES.includes(type)) {
      fail(file, `property "${name}" has type "${String(s.type)}"; use one of ${PROPERTY_TYPES.join(', ')}`);
    }
    return {
      name,
      type,
      declaredBy: kind,
      ...(typeof s.description === 'string' ? { description: s.description } : {}),
      ...(typeof s.pattern === 'string' ? { pattern: new RegExp(s.pattern) } : {}),
    };
  });
}

interface RawNode {
  name: string;
  extends?: string;
  abstract: boolean;
  description: string;
  idPrefix?: string;
  properties: PropertySpec[];
  required: string[];
  file: string;
}

function readNode(doc: Raw, file: string): RawNode {
  if (typeof doc.name !== 'string' || !/^[A-Z][A-Za-z]*$/.test(doc.name)) {
    fail(file, '"name" must be a PascalCase kind name');
  }
  const name = doc.name as string;
  onlyKeys(
    doc,
    ['name', 'extends', 'abstract', 'description', 'idPrefix', 'properties', 'required'],
    file,
    `kind "${name}"`,
  );
  return {
    name,
    ...(typeof doc.extends === 'string' ? { extends: doc.extends } : {}),
    abstract: doc.abstract === true,
    description: typeof doc.description === 'string' ? doc.description : '',
    ...(typeof doc.idPrefix === 'string' ? { idPrefix: doc.idPrefix } : {}),
    properties: readProperties(doc.properties, name, file),
    required: strList(doc.required, file, 'required'),
    file,
  };
}

function buildNodes(raws: RawNode[]): Map<string, NodeKind> {
  const byName = new Map<string, RawNode>();
  for (const r of raws) {
    if (byName.has(r.name)) fail(r.file, `kind "${r.name}" is also defined in ${byName.get(r.name)!.file}`);
    byName.set(r.name, r);
  }
  const kinds = new Map<string, NodeKind>();
  const build = (name: string, seen: string[]): NodeKind => {
    const done = kinds.get(name);
    if (done) return done;
    const r = byName.get(name)!;
    if (seen.includes(name)) fail(r.file, `"extends" makes a cycle: ${[...seen, name].join(' → ')}`);
    let parent: NodeKind | undefined;
    if (r.extends !== undefined) {
      if (!byName.has(r.extends)) fail(r.file, `"${name}" extends unknown kind "${r.extends}"`);
      parent = build(r.extends, [...seen, name]);
    }
    const properties = new Map(parent?.properties);
    for (const p of r.properties) properties.set(p.name, p);
    const required = [...(parent?.required ?? []), ...r.required];
    for (const req of required) {
      if (!properties.has(req)) fail(r.file, `"${name}" requires "${req}" but has no such property`);
    }
    const kind: NodeKind = {
      name,
      description: r.description,
      abstract: r.abstract,
      ...(r.extends !== undefined ? { extends: r.extends } : {}),
      lineage: [name, ...(parent?.lineage ?? [])],
      idPrefix:
        r.idPrefix ??
        parent?.idPrefix ??
        fail(r.file, `"${name}" needs an "idPrefix" (or a parent with one)`),
      properties,
      required: [...new Set(required)],
      file: r.file,
    };
    kinds.set(name, kind);
    return kind;
  };
  for (const r of raws) build(r.name, []);
  const roots = [...kinds.values()].filter((k) => !k.extends);
  if (roots.length !== 1)
    fail(roots[1]?.file ?? 'nodes/', `expected one root kind, found ${roots.map((k) => k.name).join(', ')}`);
  return kinds;
}

function readEdges(doc: Raw, file: string, nodes: Map<string, NodeKind>): EdgeKind[] {
  const defaults = (doc.defaults ?? {}) as Raw;
  if (!Array.isArray(doc.edges)) fail(file, 'expected a list under "edges"');
  return (doc.edges as Raw[]).map((raw, i) => {
    const e = { ...defaults, ...raw };
    const where = `edge #${i + 1}${typeof e.name === 'string' ? ` "${e.name}"` : ''}`;
    onlyKeys(
      e,
      ['name', 'description', 'category', 'source', 'target', 'directed', 'cameo', 'plover'],
      file,
      where,
    );
    if (typeof e.name !== 'string' || !/^[a-z]+(-[a-z]+)*$/.test(e.name))
      fail(file, `${where}: "name" must be kebab-case`);
    const name = String(e.name);
    const category = e.category as EdgeCategory;
    if (category !== 'structural' && category !== 'interaction') {
      fail(file, `${where}: "category" must be structural or interaction`);
    }
    const source = strList(e.source, file, 'source');
    const target = strList(e.target, file, 'target');
    if (!source.length || !target.length) fail(file, `${where}: needs both "source" and "target" kinds`);
    for (const k of [...source, ...target]) {
      if (!nodes.has(k)) fail(file, `${where}: endpoint names unknown kind "${k}"`);
    }
    const cameo = strList(e.cameo, file, 'cameo');
    for (const c of cameo)
      if (!/^\d{2,4}$/.test(c)) fail(file, `${where}: CAMEO code "${c}" must be 2 to 4 digits`);
    if (e.plover !== undefined && !PLOVER_CATEGORIES.includes(e.plover as Plover)) {
      fail(file, `${where}: unknown PLOVER category "${String(e.plover)}"`);
    }
    if (category === 'interaction' && !cameo.length)
      fail(file, `${where}: an interaction needs CAMEO code(s)`);
    return {
      name,
      description: typeof e.description === 'string' ? e.description : '',
      category,
      source,
      target,
      directed: e.directed !== false,
      cameo,
      ...(e.plover !== undefined ? { plover: e.plover as Plover } : {}),
      file,
    };
  });
}

/** Loads and checks the schema under `dir` (default: the package's own schema/). */
export function loadOntology(dir: string = DEFAULT_SCHEMA_DIR): Ontology {
  const nodes = buildNodes(
    yamlFiles(join(dir, 'nodes')).map((p) => {
      const { doc, file } = readYaml(p, dir);
      return readNode(doc, file);
    }),
  );
  const edges = new Map<string, EdgeKind>();
  for (const p of yamlFiles(join(dir, 'edges'))) {
    const { doc, file } = readYaml(p, dir);
    for (const e of readEdges(doc, file, nodes)) {
      if (edges.has(e.name)) fail(file, `edge "${e.name}" is also defined in ${edges.get(e.name)!.file}`);
      edges.set(e.name, e);
    }
  }
  const covered = new Set([...edges.values()].map((e) => e.plover));
  const missing = PLOVER_CATEGORIES.filter((p) => !covered.has(p));
  if (missing.length) fail('edges/', `no interaction edge covers PLOVER ${missing.join(', ')}`);
  return new Ontology(nodes, edges);
}

let cached: Ontology | undefined;
/** The ontology that ships with geokg, loaded once. */
export function defaultOntology(): Ontology {
  return (cached ??= loadOntology());
}
