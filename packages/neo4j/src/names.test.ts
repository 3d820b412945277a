import { defaultOntology } from '@geokg/core';
import { describe, expect, it } from 'vitest';
import { allLabels, CLAIM_LINKS, labelsOf, quoteName, relationshipType, rootLabel } from './names.ts';

const ontology = defaultOntology();

describe('names derived from the ontology', () => {
  it('gives a kind its lineage as labels, most general first, under the root label', () => {
    expect(rootLabel(ontology)).toBe('Thing');
    expect(labelsOf(ontology, 'PumpingStation')).toEqual(['Thing', 'Facility', 'PumpingStation']);
    expect(labelsOf(ontology, 'State')).toEqual(['Thing', 'Actor', 'State']);
  });

  it('turns kebab-case predicates into relationship types', () => {
    expect(relationshipType(ontology, 'requests-explanation')).toBe('REQUESTS_EXPLANATION');
    expect(relationshipType(ontology, 'stakeholder-of')).toBe('STAKEHOLDER_OF');
  });

  it('refuses predicates and kinds the ontology does not know', () => {
    expect(() => relationshipType(ontology, 'drops-tables')).toThrow(/unknown predicate/);
    expect(() => labelsOf(ontology, 'Hacker')).toThrow(/unknown kind/);
  });

  it('quotes plain identifiers and rejects anything that could change a statement', () => {
    expect(quoteName('PumpingStation')).toBe('`PumpingStation`');
    for (const bad of ['a`b', 'X) DETACH DELETE n //', '', '1abc', 'a b']) {
      expect(() => quoteName(bad)).toThrow(/^geokg neo4j: .* Rename the kind/);
    }
  });

  it('keeps the claim links apart from every ontology relationship type', () => {
    const types = new Set([...ontology.edgeKinds.keys()].map((p) => relationshipType(ontology, p)));
    for (const link of Object.values(CLAIM_LINKS)) expect(types.has(link)).toBe(false);
    expect(allLabels(ontology)).toContain('Claim');
    expect(allLabels(ontology)).not.toContain('claim');
  });
});
