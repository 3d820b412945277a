import { GeokgError } from '../errors.ts';

/**
 * Raised when the schema files themselves are inconsistent; the message names the file and the fix. The
 * schema ships with geokg, so a broken one is a bug (exit 70), not the user's input.
 */
export class OntologyError extends GeokgError {
  override name = 'OntologyError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, 'bug', options);
  }
}

/** Raised when a fact does not fit the ontology (unknown kind, wrong endpoint kinds, bad property value). */
export class SchemaViolation extends GeokgError {
  override name = 'SchemaViolation';
  constructor(message: string, options?: ErrorOptions) {
    super(message, 'input', options);
  }
}
