// docs/architecture.md's "Where to change what", followed: a node kind, an edge kind, an actor and a GDELT
// code added the way the table says (files in copies of schema/ and seeds/registry/), and the places that
// must then know them checked: the ontology, the CAMEO mapping, Neo4j names, the registry, GDELT actors.
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEMA_DIR, DEFAULT_SEEDS_DIR } from '../src/config.ts';
import { loadOntology } from '../src/ontology/load.ts';
import { ActorResolver } from '../src/gdelt/map/actors.ts';
import { loadCameoTables } from '../src/gdelt/map/tables.ts';
import { Resolver } from '../src/resolve/resolver.ts';
import { loadRegistry } from '../src/seeded/registry.ts';

const root = mkdtempSync(join(tmpdir(), 'geokg-extend-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Row "a node kind": one file in schema/nodes/. Row "an edge kind": an entry in schema/edges/.
const schema = join(root, 'schema');
cpSync(DEFAULT_SCHEMA_DIR, schema, { recursive: true });
writeFileSync(
  join(schema, 'nodes/Refinery.yaml'),
  'name: Refinery\nextends: Facility\ndescription: A plant that refines crude oil.\n',
);
writeFileSync(
  join(schema, 'edges/extra.yaml'),
  [
    'defaults: { category: interaction, source: [Actor], target: [Actor, Event] }',
    'edges:',
    "  - { name: blockades-port, plover: COERCE, cameo: ['1912'], description: 'Blockades a port.' }",
    '',
  ].join('\n'),
);
const ontology = loadOntology(schema);

// Row "an actor": an entry in a seeds/registry/ file.
const seeds = join(root, 'seeds');
mkdirSync(seeds);
cpSync(join(DEFAULT_SEEDS_DIR, 'registry'), join(seeds, 'registry'), { recursive: true });
writeFileSync(
  join(seeds, 'registry/refineries.yaml'),
  [
    'entities:',
    '  - id: facility:kaz:pavlodar-refinery',
    '    kind: Refinery',
    '    name: Pavlodar Petrochemical Plant',
    '    aliases: [Pavlodar refinery]',
    '    country: KAZ',
    '',
  ].join('\n'),
);

// Row "a GDELT code table": a role code (CAMEO actor codebook style: country + role) added to the table.
appendFileSync(
  join(seeds, 'registry/gdelt/cameo-actor-codes.tsv'),
  'CUS\trole\tGovernmentBody\tcustoms service\n',
);

describe('the "where to change what" rows, followed', () => {
  it('a node kind: known to the ontology with its lineage, id prefix and Neo4j labels', () => {
    expect(ontology.lineage('Refinery')).toEqual(['Refinery', 'Facility', 'Thing']);
    expect(ontology.isA('Refinery', 'Facility')).toBe(true);
    expect(ontology.neo4jLabels('Refinery')).toContain('Refinery');
  });

  it('an edge kind: event codes map to it by their longest CAMEO prefix, and it has a Neo4j type', () => {
    expect(ontology.edgeForCameo('1912')?.name).toBe('blockades-port');
    expect(ontology.edgeForCameo('1911')?.name).toBe(ontology.edgeForCameo('19')?.name);
    expect(ontology.neo4jType('blockades-port')).toBe('BLOCKADES_PORT');
    expect(() => ontology.checkEndpoints('blockades-port', 'State', 'State')).not.toThrow();
  });

  it('an actor: the registry resolves its name and alias to it, with its kind and country', () => {
    const registry = loadRegistry({ ontology, seedsDir: seeds });
    for (const name of ['Pavlodar Petrochemical Plant', 'Pavlodar refinery'])
      expect(registry.resolve(name)).toMatchObject({
        id: 'facility:kaz:pavlodar-refinery',
        kind: 'Refinery',
        props: { country: 'KAZ' },
      });
  });

  it('a GDELT code table: country + the new role code is a GovernmentBody of that country', () => {
    const registry = loadRegistry({ ontology, seedsDir: seeds });
    const tables = loadCameoTables(seeds);
    expect(tables.segments.get('CUS')).toEqual({
      code: 'CUS',
      type: 'role',
      kind: 'GovernmentBody',
      label: 'customs service',
    });
    const { entity } = new ActorResolver(registry, new Resolver(registry), tables).resolve(
      'KAZCUS',
      'KAZAKHSTAN',
    );
    expect(entity).toMatchObject({
      id: 'org:kaz:customs-service',
      kind: 'GovernmentBody',
      props: { country: 'KAZ' },
    });
  });
});
