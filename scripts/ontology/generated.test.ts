// The generated kind types (packages/core/src/generated/kinds.ts) and docs/ontology.md must match the
// schema: regenerated in memory here and compared with the committed files, so that a schema change without
// `pnpm generate` fails CI. It sits beside the generator: core's own tests never import scripts/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONCRETE_NODE_KINDS,
  defaultOntology,
  EDGE_CAMEO,
  EDGE_KINDS,
  EDGE_PLOVER,
  NODE_KINDS,
  NODE_KIND_PARENT,
} from '@geokg/core';
import { generatedFiles, REPO_ROOT } from './outputs.ts';

// Rendered once for the whole file: prettier takes a moment.
const fresh = generatedFiles();

describe('generated files', () => {
  it.each(['packages/core/src/generated/kinds.ts', 'docs/ontology.md'])('%s is current', async (path) => {
    const file = (await fresh).find((f) => f.path === path);
    expect(file, `${path} is not generated`).toBeDefined();
    const committed = readFileSync(join(REPO_ROOT, path), 'utf8');
    expect(committed === file!.text, `geokg generate: ${path} is stale; run \`pnpm generate\``).toBe(true);
  });

  it('the constants agree with the loaded ontology', () => {
    const o = defaultOntology();
    expect([...NODE_KINDS].sort()).toEqual([...o.nodeKinds.keys()].sort());
    expect([...CONCRETE_NODE_KINDS].sort()).toEqual(o.concreteKinds().sort());
    expect([...EDGE_KINDS].sort()).toEqual([...o.edgeKinds.keys()].sort());
    expect(NODE_KIND_PARENT.State).toBe('Actor');
    expect(NODE_KIND_PARENT.Thing).toBeNull();
    expect(EDGE_CAMEO['requests-explanation']).toEqual(o.edge('requests-explanation').cameo);
    expect(EDGE_PLOVER.accuses).toBe('ACCUSE');
  });

  it('the docs name every kind and every edge with its endpoints, CAMEO codes and PLOVER category', async () => {
    const docs = (await fresh).find((f) => f.path === 'docs/ontology.md')!.text;
    for (const kind of NODE_KINDS) expect(docs).toContain(`### ${kind}\n`);
    for (const edge of EDGE_KINDS) expect(docs).toMatch(new RegExp(`^\\| \`${edge}\` +\\|`, 'm'));
    expect(docs).toMatch(/\| `requests-explanation` +\| REQUEST +\| `101` +\| \[Actor\]\(#actor\)/);
    // Inherited properties appear under the kind that inherits them, with where they come from.
    const pumping = docs.slice(docs.indexOf('### PumpingStation'), docs.indexOf('### Refinery'));
    expect(pumping).toMatch(/\| `commodity` +\| `string` +\| +\| \[Facility\]\(#facility\)/);
    expect(pumping).toMatch(/\| `name` +\| `string` +\| yes +\| \[Thing\]\(#thing\)/);
  });
});
