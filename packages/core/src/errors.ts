// The one exception tree of geokg. Every error a user can cause is a GeokgError whose `code` says what
// went wrong; the code alone decides the exit code, so the CLI never guesses from a class name or a message.

/** Exit codes scripts can rely on (README, "Exit codes"). */
export const EXIT_CODES = {
  /** Bad input: a fact file, article or dataset that cannot be imported; nothing was written. */
  input: 1,
  /** Bad usage: unknown command, flag or value, or a port that is taken. */
  usage: 2,
  /** The store cannot be read or written. */
  store: 3,
  /** Neo4j cannot be reached, refused the credentials, or failed during a push. */
  neo4j: 4,
  /** A bug: the message asks for a report with the stack trace. */
  bug: 70,
  /** Stopped by Ctrl-C before the end; re-running finishes the work. */
  interrupted: 130,
} as const;

export type ErrorCode = keyof typeof EXIT_CODES;

/** An error whose message is complete for the user (what, where, the fix) and whose code is known. */
export class GeokgError extends Error {
  override name = 'GeokgError';
  readonly code: ErrorCode;

  constructor(message: string, code: ErrorCode, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }

  get exitCode(): number {
    return EXIT_CODES[this.code];
  }
}

/** A command, flag or option value that cannot be used as given. */
export class UsageError extends GeokgError {
  override name = 'UsageError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, 'usage', options);
  }
}

/** One problem in an input file, at a line. */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

/** An input file that cannot be imported; it lists every problem found, each as `file:line: problem`. */
export class InputError extends GeokgError {
  override name = 'InputError';
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const shown = problems.slice(0, 20).map((p) => `${p.file}:${p.line}: ${p.message}`);
    if (problems.length > 20) shown.push(`… and ${problems.length - 20} more problems`);
    super(shown.join('\n'), 'input');
    this.problems = problems;
  }
}

/** The exit code for any thrown value: a GeokgError's own, anything else is a bug. */
export const exitCodeOf = (e: unknown): number => (e instanceof GeokgError ? e.exitCode : EXIT_CODES.bug);
