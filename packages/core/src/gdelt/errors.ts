// The GDELT reader's errors. A refused export is an InputError (exit 1) like any bad input, under its own
// class so that a caller can tell it apart; a broken code table under seeds/registry/gdelt ships with geokg,
// so it is a bug (exit 70) with a message naming the file and line, as the ontology's OntologyError is.
import { GeokgError, InputError } from '../errors.ts';
import type { Problem } from '../errors.ts';

/** Problems collected before a refused file gives up looking: enough to fix a systematic error. */
export const MAX_PROBLEMS = 100;

/** An export with bad rows, none of which was imported; `problems` holds each at its file and line. */
export class GdeltInputError extends InputError {
  override name = 'GdeltInputError';
  readonly file: string;

  constructor(file: string, problems: Problem[]) {
    super(problems);
    this.file = file;
    const more = problems.length >= MAX_PROBLEMS ? ` (stopped looking after ${MAX_PROBLEMS})` : '';
    this.message =
      `geokg gdelt: ${file}: ${problems.length} bad row(s)${more}; nothing was imported. ` +
      `Fix them, or pass --skip-bad to import the other rows:\n${this.message}`;
  }
}

/** A code table under seeds/registry/gdelt that cannot be read or parsed. */
export class GdeltTableError extends GeokgError {
  override name = 'GdeltTableError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, 'bug', options);
  }
}
