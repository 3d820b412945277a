// The files `pnpm generate` writes, rendered from the schema and formatted with the repository's prettier
// settings, so that a fresh generation passes `prettier --check` and the staleness test compares like with like.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
// The ontology subpath, not the package index, which re-exports the generated file itself.
import { loadOntology } from '@geokg/core/ontology';
import type { Ontology } from '@geokg/core/ontology';
import { renderDocs } from './render-docs.ts';
import { renderKinds } from './render-kinds.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface GeneratedFile {
  /** Path relative to the repository root. */
  path: string;
  text: string;
}

async function pretty(path: string, text: string): Promise<string> {
  const file = join(REPO_ROOT, path);
  const options = (await resolveConfig(file)) ?? {};
  return format(text, { ...options, filepath: file });
}

/** Every generated file, from the schema under `packages/core/schema` unless an ontology is given. */
export async function generatedFiles(ontology: Ontology = loadOntology()): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [
    { path: 'packages/core/src/generated/kinds.ts', text: renderKinds(ontology) },
    { path: 'docs/ontology.md', text: renderDocs(ontology) },
  ];
  return Promise.all(files.map(async (f) => ({ path: f.path, text: await pretty(f.path, f.text) })));
}
