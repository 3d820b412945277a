// docs/cypher-cookbook.md as data: each `## ` section holds one ```cypher block and, under it, a ```json
// block with the rows it returns on the seed graph. The integration test runs the queries and compares.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from './server.ts';

export const COOKBOOK = resolve(REPO_ROOT, 'docs/cypher-cookbook.md');

export interface Recipe {
  title: string;
  cypher: string;
  /** Undefined when the section has no json block after its query. */
  expected: unknown;
  /** Offsets of the json block's body in the file, for GEOKG_UPDATE_COOKBOOK. */
  json?: { start: number; end: number };
}

const FENCE = /```(cypher|json)\n([\s\S]*?)```/g;

export function parseCookbook(text: string): Recipe[] {
  const recipes: Recipe[] = [];
  const headings = [...text.matchAll(/^## (.+)$/gm)];
  headings.forEach((h, i) => {
    const from = h.index;
    const to = headings[i + 1]?.index ?? text.length;
    const blocks = [...text.slice(from, to).matchAll(FENCE)];
    const cypher = blocks.find((b) => b[1] === 'cypher');
    if (!cypher) return;
    const json = blocks.find((b) => b[1] === 'json' && b.index > cypher.index);
    const recipe: Recipe = { title: h[1]!.trim(), cypher: cypher[2]!.trim(), expected: undefined };
    if (json) {
      const start = from + json.index + '```json\n'.length;
      recipe.expected = JSON.parse(json[2]!);
      recipe.json = { start, end: start + json[2]!.length };
    }
    recipes.push(recipe);
  });
  return recipes;
}

export const readCookbook = (): { text: string; recipes: Recipe[] } => {
  const text = readFileSync(COOKBOOK, 'utf8');
  return { text, recipes: parseCookbook(text) };
};

/** Rows as the cookbook shows them: one row a line, in the layout prettier gives JSON. */
export function formatRows(rows: unknown[]): string {
  if (!rows.length) return '[]\n';
  const line = (row: unknown) =>
    JSON.stringify(row).replace(/":/g, '": ').replace(/,"/g, ', "').replace(/^\{/, '{ ').replace(/\}$/, ' }');
  return `[\n${rows.map((r) => `  ${line(r)}`).join(',\n')}\n]\n`;
}

/** Rewrites the json blocks with actual results (GEOKG_UPDATE_COOKBOOK=1), laid out by prettier. */
export async function updateCookbook(
  text: string,
  recipes: Recipe[],
  results: Map<string, unknown[]>,
): Promise<void> {
  let out = text;
  for (const r of [...recipes].reverse()) {
    const rows = results.get(r.title);
    if (!rows || !r.json) continue;
    out = out.slice(0, r.json.start) + formatRows(rows) + out.slice(r.json.end);
  }
  const prettier = await import('prettier');
  const options = await prettier.resolveConfig(COOKBOOK);
  writeFileSync(COOKBOOK, await prettier.format(out, { ...options, filepath: COOKBOOK }));
}
