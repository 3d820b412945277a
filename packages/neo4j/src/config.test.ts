import { describe, expect, it } from 'vitest';
import { DEV_PASSWORD, describeTarget, resolveConfig } from './config.ts';
import { UsageError } from '@geokg/core';

describe('resolveConfig', () => {
  it('defaults to the local development server', () => {
    const c = resolveConfig({}, {});
    expect(c).toMatchObject({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', batchSize: 5000 });
    expect(c.password).toBe(DEV_PASSWORD);
    expect(c.database).toBeUndefined();
    expect(resolveConfig({}, { NEO4J_PORT: '7688' }).uri).toBe('bolt://127.0.0.1:7688');
  });

  it('lets flags override the environment', () => {
    const env = {
      NEO4J_URI: 'neo4j://env:7687',
      NEO4J_USER: 'envuser',
      NEO4J_PASSWORD: 'envpw',
      NEO4J_DATABASE: 'envdb',
    };
    const c = resolveConfig(
      { uri: 'neo4j+s://flag.databases.neo4j.io', password: 'flagpw', batchSize: '100' },
      env,
    );
    expect(c).toMatchObject({
      uri: 'neo4j+s://flag.databases.neo4j.io',
      user: 'envuser',
      database: 'envdb',
      batchSize: 100,
    });
    expect(c.password).toBe('flagpw');
  });

  it('never shows the password when the config is printed', () => {
    const c = resolveConfig({ password: 's3cret-value' }, {});
    expect(JSON.stringify(c)).not.toContain('s3cret-value');
    expect(describeTarget(c)).not.toContain('s3cret-value');
  });

  it('rejects a bad batch size with the fix', () => {
    expect(() => resolveConfig({ batchSize: 'lots' }, {})).toThrow(/batch size "lots" .* --batch-size 5000/);
    expect(() => resolveConfig({ batchSize: 0 }, {})).toThrow(UsageError);
  });

  it('has connection and transaction timeouts, set in seconds by the environment', () => {
    expect(resolveConfig({}, {}).timeouts).toEqual({
      connectMs: 10_000,
      acquireMs: 20_000,
      retryMs: 30_000,
      transactionMs: 300_000,
    });
    const env = { GEOKG_NEO4J_CONNECT_TIMEOUT: '1.5', GEOKG_NEO4J_TX_TIMEOUT: '60' };
    expect(resolveConfig({}, env).timeouts).toMatchObject({
      connectMs: 1500,
      acquireMs: 3000,
      transactionMs: 60_000,
    });
    expect(() => resolveConfig({}, { GEOKG_NEO4J_TX_TIMEOUT: 'never' })).toThrow(UsageError);
    expect(() => resolveConfig({}, { GEOKG_NEO4J_CONNECT_TIMEOUT: '0' })).toThrow(/number of seconds/);
  });
});
