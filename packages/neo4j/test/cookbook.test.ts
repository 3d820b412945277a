// The cookbook's shape, without a database: the integration test runs the queries themselves.
import { describe, expect, it } from 'vitest';
import { formatRows, parseCookbook, readCookbook } from './cookbook.ts';

describe('cookbook parser', () => {
  it('reads a query and the rows under it from each section', () => {
    const text =
      '# T\n\n## 1. One\n\ntext\n\n```cypher\nRETURN 1 AS x\n```\n\n```json\n[{ "x": 1 }]\n```\n\n## Notes\n\nnone\n';
    const [recipe, ...rest] = parseCookbook(text);
    expect(rest).toEqual([]);
    expect(recipe).toMatchObject({ title: '1. One', cypher: 'RETURN 1 AS x', expected: [{ x: 1 }] });
    expect(text.slice(recipe!.json!.start, recipe!.json!.end)).toBe('[{ "x": 1 }]\n');
  });

  it('lays rows out one a line', () => {
    expect(
      formatRows([
        { a: 1, b: ['x', 'y'] },
        { a: 2, b: [] },
      ]),
    ).toBe('[\n  { "a": 1, "b": ["x", "y"] },\n  { "a": 2, "b": [] }\n]\n');
    expect(formatRows([])).toBe('[]\n');
  });

  it('finds at least 12 queries in docs/cypher-cookbook.md, each followed by its result', () => {
    const { recipes } = readCookbook();
    expect(recipes.length).toBeGreaterThanOrEqual(12);
    for (const r of recipes) expect(r.json, r.title).toBeDefined();
    expect(new Set(recipes.map((r) => r.title)).size).toBe(recipes.length);
  });
});
