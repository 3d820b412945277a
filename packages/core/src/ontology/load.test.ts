// The loader refuses an inconsistent schema with an OntologyError that names the file and the problem.
// Each case copies the shipped schema to a temporary folder and breaks one thing in it.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { OntologyError } from './errors.ts';
import { DEFAULT_SCHEMA_DIR, loadOntology } from './load.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the shipped schema, changed by `edit`. */
function schema(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'geokg-schema-'));
  dirs.push(dir);
  cpSync(DEFAULT_SCHEMA_DIR, dir, { recursive: true });
  edit(dir);
  return dir;
}

const write = (dir: string, path: string, text: string) => writeFileSync(join(dir, path), text);

/** The error loading `dir` throws; fails the test when it loads. */
function loadError(dir: string): OntologyError {
  try {
    loadOntology(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(OntologyError);
    expect((e as Error).name).toBe('OntologyError');
    expect((e as Error).message).toMatch(/^geokg schema: /);
    return e as OntologyError;
  }
  throw new Error('expected the schema to be refused');
}

describe('loadOntology', () => {
  it('loads an unchanged copy of the shipped schema', () => {
    const o = loadOntology(schema(() => {}));
    expect(o.hasKind('PumpingStation')).toBe(true);
    expect(o.lineage('PumpingStation')).toEqual(['PumpingStation', 'Facility', 'Thing']);
  });

  it('refuses a kind that extends an unknown kind', () => {
    const dir = schema((d) => write(d, 'nodes/Militia.yaml', 'name: Militia\nextends: ArmedGang\n'));
    expect(loadError(dir).message).toBe(
      'geokg schema: nodes/Militia.yaml: "Militia" extends unknown kind "ArmedGang"',
    );
  });

  it('refuses an edge whose endpoint names an unknown kind', () => {
    const dir = schema((d) =>
      write(
        d,
        'edges/extra.yaml',
        'edges:\n  - name: guards\n    category: structural\n    source: [Actor]\n    target: [Pipelin]\n',
      ),
    );
    expect(loadError(dir).message).toBe(
      'geokg schema: edges/extra.yaml: edge #1 "guards": endpoint names unknown kind "Pipelin"',
    );
  });

  it('refuses a property of an unknown type and lists the types there are', () => {
    const dir = schema((d) =>
      write(
        d,
        'nodes/Militia.yaml',
        'name: Militia\nextends: ArmedGroup\nproperties:\n  strength: { type: float }\n',
      ),
    );
    const { message } = loadError(dir);
    expect(message).toMatch(
      /^geokg schema: nodes\/Militia\.yaml: property "strength" has type "float"; use one of string, /,
    );
    expect(message).toContain('integer');
  });

  it('refuses an edge without source or target', () => {
    const noTarget = schema((d) =>
      write(
        d,
        'edges/extra.yaml',
        'edges:\n  - name: guards\n    category: structural\n    source: [Actor]\n',
      ),
    );
    expect(loadError(noTarget).message).toBe(
      'geokg schema: edges/extra.yaml: edge #1 "guards": needs both "source" and "target" kinds',
    );
    const noSource = schema((d) =>
      write(
        d,
        'edges/extra.yaml',
        'edges:\n  - name: guards\n    category: structural\n    target: [Facility]\n',
      ),
    );
    expect(loadError(noSource).message).toContain('needs both "source" and "target" kinds');
  });

  it('refuses a kind defined twice, naming both files', () => {
    const dir = schema((d) => write(d, 'nodes/Nation.yaml', 'name: State\nextends: Actor\n'));
    const { message } = loadError(dir);
    expect(message).toMatch(
      /^geokg schema: nodes\/(Nation|State)\.yaml: kind "State" is also defined in nodes\/(State|Nation)\.yaml$/,
    );
  });

  it('refuses an edge defined twice', () => {
    const dir = schema((d) =>
      write(
        d,
        'edges/zz.yaml',
        'edges:\n  - { name: owns, category: structural, source: [Actor], target: [Facility] }\n',
      ),
    );
    expect(loadError(dir).message).toBe(
      'geokg schema: edges/zz.yaml: edge "owns" is also defined in edges/structural.yaml',
    );
  });

  it('refuses a cycle of "extends"', () => {
    const dir = schema((d) => {
      write(d, 'nodes/Alpha.yaml', 'name: Alpha\nextends: Beta\n');
      write(d, 'nodes/Beta.yaml', 'name: Beta\nextends: Alpha\n');
    });
    expect(loadError(dir).message).toBe(
      'geokg schema: nodes/Alpha.yaml: "extends" makes a cycle: Alpha → Beta → Alpha',
    );
  });

  it('refuses interactions that leave a PLOVER category uncovered', () => {
    const dir = schema((d) => {
      // Drop every edge of PLOVER category ASSAULT, wherever the schema lists it.
      for (const file of readdirSync(join(d, 'edges')).map((f) => `edges/${f}`)) {
        const doc = parse(readFileSync(join(d, file), 'utf8')) as { edges: { plover?: string }[] };
        doc.edges = doc.edges.filter((e) => e.plover !== 'ASSAULT');
        write(d, file, stringify(doc));
      }
    });
    expect(loadError(dir).message).toBe('geokg schema: edges/: no interaction edge covers PLOVER ASSAULT');
  });

  it('refuses a required property the kind does not have', () => {
    const dir = schema((d) =>
      write(d, 'nodes/Militia.yaml', 'name: Militia\nextends: ArmedGroup\nrequired: [strength]\n'),
    );
    expect(loadError(dir).message).toBe(
      'geokg schema: nodes/Militia.yaml: "Militia" requires "strength" but has no such property',
    );
  });

  it('refuses an interaction without CAMEO codes, an unknown PLOVER category and a malformed CAMEO code', () => {
    const edge = (body: string) =>
      schema((d) =>
        write(
          d,
          'edges/extra.yaml',
          `edges:\n  - { name: pleads, category: interaction, source: [Actor], target: [Actor]${body} }\n`,
        ),
      );
    expect(loadError(edge('')).message).toContain('edge #1 "pleads": an interaction needs CAMEO code(s)');
    expect(loadError(edge(", cameo: ['02'], plover: BEG")).message).toContain(
      'unknown PLOVER category "BEG"',
    );
    expect(loadError(edge(", cameo: ['2a']")).message).toContain('CAMEO code "2a" must be 2 to 4 digits');
  });

  it('refuses a file that is not YAML, and a kind without a PascalCase name', () => {
    expect(loadError(schema((d) => write(d, 'nodes/Bad.yaml', 'name: [unclosed\n'))).message).toMatch(
      /^geokg schema: nodes\/Bad\.yaml: not valid YAML/,
    );
    expect(loadError(schema((d) => write(d, 'nodes/Bad.yaml', 'name: bad_kind\n'))).message).toBe(
      'geokg schema: nodes/Bad.yaml: "name" must be a PascalCase kind name',
    );
  });

  it('refuses a second root kind', () => {
    const dir = schema((d) => write(d, 'nodes/Other.yaml', 'name: Other\nidPrefix: other\n'));
    expect(loadError(dir).message).toMatch(/expected one root kind, found .*Other/);
  });

  it('refuses a schema without the file a kind extends', () => {
    const dir = schema((d) => unlinkSync(join(d, 'nodes/Facility.yaml')));
    expect(loadError(dir).message).toMatch(/extends unknown kind "Facility"/);
  });
});
