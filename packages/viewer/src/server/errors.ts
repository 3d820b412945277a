// Typed errors of the viewer, so that callers (the CLI) can tell a usage problem from a crash.

/** Raised for bad input or options: the message says what was wrong and how to fix it. */
export class ViewerError extends Error {
  override name = 'ViewerError';
}
