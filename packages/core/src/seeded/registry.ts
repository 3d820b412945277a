// The registry geokg starts from (the folder is not named seeds/: `pnpm pack` copies the seeds/ data into
// dist/seeds, which would replace this module's compiled file): every UN member and observer state, then the curated entries under
// seeds/registry/ (consortia, IGOs, extra and date-bounded names). It sits above registry/ and facts/
// because it reads those entries with the fact-file reader, which resolves names through the registry:
// registry/ itself never imports facts/.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SEEDS_DIR } from '../config.ts';
import { defaultOntology } from '../ontology/load.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { readFactFile } from '../facts/read.ts';
import { countryEntries } from '../registry/countries.ts';
import { Registry } from '../registry/registry.ts';

export interface RegistryOptions {
  ontology?: Ontology;
  seedsDir?: string;
}

export function loadRegistry(opts: RegistryOptions = {}): Registry {
  const ontology = opts.ontology ?? defaultOntology();
  const registry = new Registry(ontology);
  for (const { entity, aliases } of countryEntries()) registry.add(entity, aliases);
  const dir = join(opts.seedsDir ?? DEFAULT_SEEDS_DIR, 'registry');
  if (existsSync(dir)) {
    for (const f of readdirSync(dir)
      .filter((f) => /\.(ya?ml|jsonl|csv)$/.test(f))
      .sort()) {
      // Curated entries are entity declarations; names in them resolve against the states above.
      const file = readFactFile(join(dir, f), registry);
      for (const d of file.entities) registry.add(d.entity, d.aliases);
    }
  }
  return registry;
}

let cached: Registry | undefined;
/** The default registry, loaded once per process (dictionaries load once for many files). */
export function defaultRegistry(): Registry {
  return (cached ??= loadRegistry());
}
