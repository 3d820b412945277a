// Snapshots of the generated Cypher: a change to a statement shows up in review before it reaches a server.
import { defaultOntology } from '@geokg/core';
import { describe, expect, it } from 'vitest';
import { createClaimsStatement, mergeClaimsStatement, shapeKey } from './claims.ts';
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
      SET n:\`Facility\`:\`PumpingStation\`
      RETURN row.id AS id, elementId(n) AS elementId"
    `);
  });

  it('merges relationships of one type between nodes found by element id', () => {
    expect(mergeRelationshipsStatement('Thing', 'REQUESTS_EXPLANATION')).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      MATCH (a:\`Thing\`) WHERE elementId(a) = row[0]
      MATCH (b:\`Thing\`) WHERE elementId(b) = row[1]
      MERGE (a)-[rel:\`REQUESTS_EXPLANATION\`]->(b)
      SET rel.predicate = row[2], rel.modality = row[3], rel.confidence = row[4], rel.cameo = row[5], rel.plover = row[6], rel.firstSeen = row[7], rel.lastSeen = row[8], rel.claimCount = toInteger(row[9]), rel.documents = row[10], rel.modalityWeights = row[11], rel.modalityConfidence = row[12]"
    `);
  });

  it('merges claims with their subject, object, document, event and speaker', () => {
    const all = { document: true, about: true, claimedBy: true, attrs: true };
    expect(mergeClaimsStatement('Thing', all)).toMatchSnapshot();
  });

  it('creates new claims with their properties in the CREATE, from list rows, attributes by name', () => {
    const shape = { document: true, about: false, claimedBy: false, attrs: true };
    expect(createClaimsStatement('Thing', shape, ['attr_Goldstein', 'attr_QuadClass']))
      .toMatchInlineSnapshot(`
        "UNWIND $rows AS row
        MATCH (s:\`Thing\`) WHERE elementId(s) = row[18]
        MATCH (o:\`Thing\`) WHERE elementId(o) = row[19]
        MATCH (d:\`Thing\`) WHERE elementId(d) = row[20]
        CREATE (c:\`Claim\` {id: row[0], predicate: row[1], type: row[2], modality: row[3], confidence: row[4], cameo: row[5], plover: row[6], source: row[7], claimedBy: row[8], about: row[9], occurred: row[10], reported: row[11], docId: row[12], sentence: toInteger(row[13]), line: toInteger(row[14]), start: toInteger(row[15]), end: toInteger(row[16]), text: row[17], \`attr_Goldstein\`: row[21], \`attr_QuadClass\`: row[22]})
        CREATE (c)-[:\`SUBJECT\`]->(s), (c)-[:\`OBJECT\`]->(o), (c)-[:\`IN_DOCUMENT\`]->(d)"
      `);
    // Names Cypher would need quoted oddly go in as one map (a SET the planner buffers with an Eager pass).
    const odd = createClaimsStatement('Thing', shape, ['attr_a b']);
    expect(odd).toContain('SET c += row[21]');
    expect(odd).not.toContain('attr_a b');
  });

  it('matches only the links a group of claims has', () => {
    const plain = mergeClaimsStatement('Thing', {
      document: true,
      about: false,
      claimedBy: false,
      attrs: false,
    });
    expect(plain).not.toMatch(/ABOUT|CLAIMED_BY|row\[24\]/);
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
