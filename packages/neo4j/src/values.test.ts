import { isInt } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toNeo4jProps, toNeo4jValue } from './values.ts';

describe('toNeo4jValue', () => {
  it('keeps strings verbatim, quotes and Cypher keywords included', () => {
    const nasty = `O'Brien "the \`Hammer\`" }) DETACH DELETE n //`;
    expect(toNeo4jValue(nasty)).toBe(nasty);
  });

  it('sends integers as Neo4j Integers only where asked', () => {
    expect(isInt(toNeo4jValue(3, true))).toBe(true);
    expect(toNeo4jValue(3)).toBe(3);
    expect(toNeo4jValue(0.5, true)).toBe(0.5);
  });

  it('drops what Neo4j cannot store and encodes nested values as JSON', () => {
    expect(toNeo4jValue(null)).toBeUndefined();
    expect(toNeo4jValue(Number.NaN)).toBeUndefined();
    expect(toNeo4jValue({ from: '2019', to: '2022' })).toBe('{"from":"2019","to":"2022"}');
    expect(toNeo4jValue(['a', 1])).toBe('["a",1]');
    expect(toNeo4jValue(['a', null, 'b'])).toEqual(['a', 'b']);
  });

  it('builds a property map without undefined entries', () => {
    expect(toNeo4jProps({ a: 1, b: undefined, c: 'x' })).toEqual({ a: 1, c: 'x' });
  });
});
