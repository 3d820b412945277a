// Typed errors of the extractor; messages start with "geokg extract:" and end with the fix.
import { GeokgError } from '@geokg/core';

/** A pattern dictionary under seeds/patterns/ is malformed or names something the ontology lacks. */
export class PatternError extends GeokgError {
  override name = 'PatternError';
  constructor(message: string) {
    super(message, 'input');
  }
}

/** An input file cannot be read as English text (binary, not UTF-8, missing). */
export class ExtractInputError extends GeokgError {
  override name = 'ExtractInputError';
  readonly path: string;
  constructor(path: string, message: string) {
    super(message, 'input');
    this.path = path;
  }
}
