// Snapshots of the generated Cypher: a change to a statement shows up in review before it reaches a server.
import { defaultOntology } from '@geokg/core';
import { describe, expect, it } from 'vitest';
import { mergeClaimsStatement } from './claims.ts';
import { mergeNodesStatement } from './nodes.ts';
import { mergeRelationshipsStatement } from './relationships.ts';
import { schemaStatements } from './schema.ts';

const ontology = defaultOntology();

describe('generated Cypher', () => {
  it('merges nodes on the root label, sets their kind labels and drops stale ones', () => {
    const labels = ['Thing', 'Facility', 'PumpingStation'];
    const others = ['Actor', 'Claim', 'Facility', 'Pipeline', 'PumpingStation', 'State', 'Thing'];
    expect(mergeNodesStatement('Thing', labels, others)).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      MERGE (n:\`Thing\` {id: row.id})
      SET n = row.props
      SET n:\`Facility\`:\`PumpingStation\`
      REMOVE n:\`Actor\`:\`Claim\`:\`Pipeline\`:\`State\`"
    `);
  });

  it('merges relationships of one type between nodes found by id', () => {
    expect(mergeRelationshipsStatement('Thing', 'REQUESTS_EXPLANATION')).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      MATCH (a:\`Thing\` {id: row.source})
      MATCH (b:\`Thing\` {id: row.target})
      MERGE (a)-[rel:\`REQUESTS_EXPLANATION\`]->(b)
      SET rel = row.props"
    `);
  });

  it('merges claims with their subject, object, document, event and speaker', () => {
    expect(mergeClaimsStatement('Thing')).toMatchSnapshot();
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
    expect(statements.filter((s) => s.startsWith('CREATE CONSTRAINT'))).toHaveLength(ontology.nodeKinds.size + 1);
  });

  it('never puts a parameter value into statement text', () => {
    const all = [
      ...schemaStatements(ontology),
      mergeClaimsStatement('Thing'),
      mergeRelationshipsStatement('Thing', 'ACCUSES'),
      mergeNodesStatement('Thing', ['Thing', 'Actor', 'State'], ['Thing', 'Actor', 'State', 'Facility']),
    ];
    for (const s of all) expect(s).not.toMatch(/'[^']*'|"[^"]*"/);
  });
});
