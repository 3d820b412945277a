// Typed errors of the viewer, so that callers (the CLI) can tell a usage problem from a crash.
import { GeokgError } from '@geokg/core';
import type { ErrorCode } from '@geokg/core';

/** Raised for bad input or options: the message says what was wrong and how to fix it (usage unless told). */
export class ViewerError extends GeokgError {
  override name = 'ViewerError';
  constructor(message: string, code: ErrorCode = 'usage') {
    super(message, code);
  }
}
