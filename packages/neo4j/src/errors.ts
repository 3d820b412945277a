// Typed errors that tests check by name, and the translation of driver errors into one line that names
// the server and the fix: a person who mistyped a password needs no stack trace.
import { GeokgError } from '@geokg/core';
import { describeTarget } from './config.ts';
import type { Neo4jConfig } from './config.ts';

/** The server cannot be reached, refuses the credentials, lacks the database, or failed during a push. */
export class Neo4jConnectionError extends GeokgError {
  override name = 'Neo4jConnectionError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, 'neo4j', options);
  }
}

/** The push stopped before its last batch because its AbortSignal fired; re-running it completes it. */
export class PushAbortedError extends GeokgError {
  override name = 'PushAbortedError';
  constructor(
    readonly batchesDone: number,
    readonly batchesTotal: number,
  ) {
    super(
      `geokg neo4j: push aborted after ${batchesDone} of ${batchesTotal} batches. Run the push again: it resumes to the same result.`,
      'interrupted',
    );
  }
}

interface DriverErrorLike {
  code?: unknown;
  message?: unknown;
}

function codeOf(e: unknown): string {
  const d = e as DriverErrorLike;
  return typeof d?.code === 'string' ? d.code : '';
}

/** The driver's error as a Neo4jConnectionError when it is about reaching the server, else unchanged. */
export function explainDriverError(
  e: unknown,
  config: Pick<Neo4jConfig, 'uri' | 'user' | 'database'>,
): unknown {
  if (e instanceof GeokgError) return e;
  const code = codeOf(e);
  const message = String((e as DriverErrorLike)?.message ?? e);
  const target = describeTarget(config);
  const fail = (text: string) => new Neo4jConnectionError(`geokg neo4j: ${text}`);

  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return fail(
      `${target} refused user "${config.user}": wrong user name or password. Set NEO4J_USER and NEO4J_PASSWORD (or pass --user and --password).`,
    );
  }
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return fail(
      `${target} locked user "${config.user}" after too many failed logins. Wait a few seconds, then retry with the right password.`,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return fail(
      `${target}: no such database. Create it, or pass --database (Neo4j Community has only "neo4j"; leave NEO4J_DATABASE unset for the default).`,
    );
  }
  if (/responded HTTP/i.test(message)) {
    return fail(
      `${target} answered HTTP, not Bolt: that is Neo4j's browser port (7474) or another web server. Use the Bolt port (7687 by default) in NEO4J_URI or --uri.`,
    );
  }
  if (/timed out/i.test(message)) {
    return fail(
      `no answer from Neo4j at ${target} in time (${message.replace(/\. Pool status.*$/s, '')}). Is it a Bolt port of a running Neo4j? Check NEO4J_URI or --uri; GEOKG_NEO4J_CONNECT_TIMEOUT sets the wait in seconds.`,
    );
  }
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT/.test(message)
  ) {
    const why = /ECONNREFUSED/.test(message)
      ? 'connection refused'
      : /ENOTFOUND|EAI_AGAIN/.test(message)
        ? 'unknown host'
        : 'server unavailable';
    return fail(
      `cannot reach Neo4j at ${target} (${why}). Start the local server with "pnpm neo4j:start", or set NEO4J_URI (or pass --uri) to your server.`,
    );
  }
  if (/scheme|url|uri/i.test(message) && !code.startsWith('Neo.')) {
    return fail(
      `"${config.uri}" is not a Neo4j URI (${message}). Use bolt://host:7687, neo4j://host:7687 or neo4j+s://host.`,
    );
  }
  // Anything else the server answered (a transient error, a timeout, memory): the push resumes when re-run.
  if ((e as Error)?.name === 'Neo4jError') {
    return new Neo4jConnectionError(
      `geokg neo4j: the push to ${target} failed: ${message}. Run it again (it resumes); if it fails again, report this message.`,
      { cause: e },
    );
  }
  return e;
}
