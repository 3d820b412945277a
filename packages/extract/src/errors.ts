// Typed errors of the extractor; messages start with "geokg extract:" and end with the fix.

/** A pattern dictionary under seeds/patterns/ is malformed or names something the ontology lacks. */
export class PatternError extends Error {
  override name = 'PatternError';
}

/** An input file cannot be read as English text (binary, not UTF-8, missing). */
export class ExtractInputError extends Error {
  override name = 'ExtractInputError';
  readonly path: string;
  constructor(path: string, message: string) {
    super(message);
    this.path = path;
  }
}
