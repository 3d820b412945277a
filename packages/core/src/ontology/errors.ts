/** Raised when the schema files themselves are inconsistent; the message names the file and the fix. */
export class OntologyError extends Error {
  override name = 'OntologyError';
}

/** Raised when a fact does not fit the ontology (unknown kind, wrong endpoint kinds, bad property value). */
export class SchemaViolation extends Error {
  override name = 'SchemaViolation';
}
