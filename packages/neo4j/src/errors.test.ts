// The translation of driver error codes (the real driver's are exercised by push.int.test.ts).
import { describe, expect, it } from 'vitest';
import { explainDriverError, Neo4jConnectionError } from './errors.ts';

const config = { uri: 'bolt://db.example:7687', user: 'neo4j' };

describe('explainDriverError', () => {
  it('names the URI and the fix for a wrong password', () => {
    const e = explainDriverError({ code: 'Neo.ClientError.Security.Unauthorized', message: 'nope' }, config);
    expect(e).toBeInstanceOf(Neo4jConnectionError);
    expect((e as Error).message).toMatch(
      /^geokg neo4j: bolt:\/\/db\.example:7687 refused user "neo4j".*NEO4J_PASSWORD/,
    );
  });

  it('names the URI and the fix for a server that is down', () => {
    const e = explainDriverError(
      { code: 'ServiceUnavailable', message: 'connect ECONNREFUSED 127.0.0.1:7687' },
      config,
    );
    expect((e as Error).message).toMatch(
      /cannot reach Neo4j at bolt:\/\/db\.example:7687 \(connection refused\).*pnpm neo4j:start/,
    );
  });

  it('leaves other errors alone', () => {
    const other = new Error('Neo.ClientError.Statement.SyntaxError');
    expect(explainDriverError(other, config)).toBe(other);
  });
});
