// Snapshots of the generated Cypher: a change to a statement shows up in review before it reaches a server.
import { defaultOntology } from '@geokg/core';
import { describe, expect, it } from 'vitest';
import { mergeClaimsStatement, shapeKey } from './claims.ts';
import { mergeNodesStatement } from './nodes.ts';
import { mergeRelationshipsStatement } from './relationships.ts';
import { schemaStatements } from './schema.ts';

const ontology = defaultOntology();

describe('generated Cypher', () => {
  it('merges nodes on the root label and sets their kind labels', () => {
    expect(mergeNodesStatement('Thing', ['Thing', 'Facility', 'PumpingStation'])).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      MERGE (n:\`Thing\` {id: row.id})
      SET n = row.props
      SET n:\`Facility\`:\`PumpingStation\`"
    `);
  });

  it('merges relationships of one type between nodes found by id', () => {
    expect(mergeRelationshipsStatement('Thing', 'REQUESTS_EXPLANATION')).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      MATCH (a:\`Thing\` {id: row.source})
      MATCH (b:\`Thing\` {id: row.target})
      MERGE (a)-[rel:\`REQUESTS_EXPLANATION\`]->(b)
      SET rel.predicate = row.predicate, rel.modality = row.modality, rel.confidence = row.confidence, rel.cameo = row.cameo, rel.plover = row.plover, rel.firstSeen = row.firstSeen, rel.lastSeen = row.lastSeen, rel.claimCount = toInteger(row.claimCount), rel.documents = row.documents"
    `);
  });

  it('merges claims with their subject, object, document, event and speaker', () => {
    const all = { document: true, about: true, claimedBy: true, attrs: true };
    expect(mergeClaimsStatement('Thing', all)).toMatchSnapshot();
  });

  it('matches only the links a group of claims has', () => {
    const plain = mergeClaimsStatement('Thing', {
      document: true,
      about: false,
      claimedBy: false,
      attrs: false,
    });
    expect(plain).not.toMatch(/ABOUT|CLAIMED_BY|row\.attrs/);
    expect(plain).toContain('MERGE (c)-[:`IN_DOCUMENT`]->(d)');
    expect(shapeKey({ document: false, about: false, claimedBy: false, attrs: false })).toBe('plain');
  });

  it('creates one uniqueness constraint per label and the full-text index, all IF NOT EXISTS', () => {
    const statements = schemaStatements(ontology);
    expect(statements.every((s) => s.includes('IF NOT EXISTS'))).toBe(true);
    expect(statements).toContain(
      'CREATE CONSTRAINT geokg_pumpingstation_id IF NOT EXISTS FOR (n:`PumpingStation`) REQUIRE n.id IS UNIQUE',
    );
    expect(statements).toContain(
      'CREATE FULLTEXT INDEX geokg_names IF NOT EXISTS FOR (n:`Thing`) ON EACH [n.name, n.aliases]',
    );
    expect(statements.filter((s) => s.startsWith('CREATE CONSTRAINT'))).toHaveLength(
      ontology.nodeKinds.size + 1,
    );
  });

  it('never puts a parameter value into statement text', () => {
    const all = [
      ...schemaStatements(ontology),
      mergeClaimsStatement('Thing', { document: true, about: true, claimedBy: true, attrs: true }),
      mergeRelationshipsStatement('Thing', 'ACCUSES'),
      mergeNodesStatement('Thing', ['Thing', 'Actor', 'State']),
    ];
    for (const s of all) expect(s).not.toMatch(/'[^']*'|"[^"]*"/);
  });
});
