// Exit codes scripts can rely on, and the one place errors become messages.
import { InputError, OntologyError, SchemaViolation, StoreError } from '@geokg/core';

export const EXIT = {
  ok: 0,
  /** Bad input: a fact file, article or dataset that cannot be imported. */
  input: 1,
  /** Bad usage: unknown command, flag or value. */
  usage: 2,
  /** The store cannot be read or written. */
  store: 3,
  /** A server (Neo4j) cannot be reached or refused the credentials. */
  connection: 4,
  /** A bug: please report it with the stack trace. */
  internal: 70,
} as const;

/** An error whose message is complete for the user and whose exit code is known. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

export function exitCodeFor(e: unknown): { code: number; message: string } {
  if (e instanceof CliError) return { code: e.code, message: e.message };
  if (e instanceof InputError || e instanceof SchemaViolation)
    return { code: EXIT.input, message: e.message };
  if (e instanceof StoreError) return { code: EXIT.store, message: e.message };
  if (e instanceof OntologyError) return { code: EXIT.internal, message: e.message };
  const err = e as Error & { exitCode?: number };
  if (typeof err?.exitCode === 'number') return { code: err.exitCode, message: err.message };
  // The packages' typed errors (ViewerError, ExtractInputError…) carry messages written for users.
  if (typeof err?.message === 'string' && err.message.startsWith('geokg'))
    return { code: EXIT.input, message: err.message };
  return {
    code: EXIT.internal,
    message: `geokg: unexpected error, please report it:\n${err?.stack ?? String(e)}`,
  };
}
