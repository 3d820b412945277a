// The one place errors become messages and exit codes. Codes come from the error's class (GeokgError's
// `code`, core/src/errors.ts); anything else thrown is a bug and is printed with its stack.
import { CommanderError } from 'commander';
import { EXIT_CODES, GeokgError } from '@geokg/core';

export interface Outcome {
  code: number;
  /** What to print on stderr; empty when the argument parser has printed it already. */
  message: string;
}

export function outcomeOf(e: unknown): Outcome {
  // Commander prints its own usage errors (and --help, --version, which exit 0).
  if (e instanceof CommanderError) return { code: e.exitCode === 0 ? 0 : EXIT_CODES.usage, message: '' };
  if (e instanceof GeokgError) return { code: e.exitCode, message: e.message };
  return {
    code: EXIT_CODES.bug,
    message: `geokg: unexpected error, please report it:\n${(e as Error)?.stack ?? String(e)}`,
  };
}

/**
 * A reader that closed the pipe (`geokg export | head`) has all it wanted: end quietly with 0 instead of
 * an EPIPE stack trace.
 */
export function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}
