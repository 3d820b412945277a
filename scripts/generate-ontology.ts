// `pnpm generate`: writes the TypeScript kind types and docs/ontology.md from the YAML schema. Run it after
// changing packages/core/schema/; the unit test scripts/ontology/generated.test.ts fails until then.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedFiles, REPO_ROOT } from './ontology/outputs.ts';

for (const { path, text } of await generatedFiles()) {
  const file = join(REPO_ROOT, path);
  const same = existsSync(file) && readFileSync(file, 'utf8') === text;
  if (!same) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  console.log(`${same ? 'unchanged' : 'wrote    '} ${path}`);
}
