// @geokg/core/ontology: the schema as data, without the generated kind constants, so that the generator
// (scripts/generate-ontology.ts) can load the schema even while src/generated/kinds.ts is stale or missing.
export * from './types.ts';
export { OntologyError, SchemaViolation } from './errors.ts';
export { Ontology } from './ontology.ts';
export { loadOntology, defaultOntology } from './load.ts';
