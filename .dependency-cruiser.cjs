// Structure rules run by `pnpm lint` (dependency-cruiser): no import circles, and no package reaching
// into another package's files — packages talk through their package.json `exports` (`@geokg/core`).
// .dependency-cruiser-known-violations.json lists the violations that were there when the rules came in
// (the store ↔ import circles, since fixed: it is empty): those are skipped, anything new fails. Once
// one is fixed, regenerate it: `pnpm exec depcruise --config .dependency-cruiser.cjs --output-type baseline
// packages scripts > .dependency-cruiser-known-violations.json`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle: split the shared part into a module both can import.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-deep-package-import',
      severity: 'error',
      comment: "A package imports another package's files: import it by name ('@geokg/core') instead.",
      from: { path: '^packages/([^/]+)/', pathNot: '^packages/[^/]+/test/' },
      to: { path: '^packages/([^/]+)/', pathNot: '^packages/$1/', dependencyTypes: ['local'] },
    },
    {
      // Tests may share another package's test helpers (a real Neo4j server, the CLI runner), never its src.
      name: 'no-deep-package-import-from-tests',
      severity: 'error',
      comment: "A test imports another package's source files: import the package by name instead.",
      from: { path: '^packages/([^/]+)/test/' },
      to: { path: '^packages/([^/]+)/src/', pathNot: '^packages/$1/', dependencyTypes: ['local'] },
    },
    {
      // scripts/ is a workspace package (@geokg/scripts): it uses the others by name and their `exports`
      // subpaths (`@geokg/core/gdelt`, `@geokg/neo4j/testing`), never by a relative path into their folders.
      name: 'scripts-through-exports',
      severity: 'error',
      comment:
        "scripts/ imports a package's files: import it by name ('@geokg/core'), adding an exports subpath if needed.",
      from: { path: '^scripts/' },
      to: { path: '^packages/', dependencyTypes: ['local'] },
    },
    {
      // core's lower folders (the model, the ontology, identity, GeoGraph, helpers) serve the readers, the
      // store and the exports and never import them: so no folder loop (registry -> facts -> registry).
      name: 'core-layers',
      severity: 'error',
      comment: 'A lower core folder imports a reader, the store or an export: move the shared part down.',
      from: {
        path: '^packages/core/src/(model|ontology|registry|resolve|graph|io|util|generated)/',
        pathNot: '[.]test[.]ts$',
      },
      to: { path: '^packages/core/src/(facts|rows|gdelt|import|store|export|seeded)/' },
    },
    {
      // The store's line format and hashing live in store/; a GDELT worker calls the store's batch encoder.
      name: 'gdelt-through-store-encoder',
      severity: 'error',
      comment: "GDELT code imports the store's internals: encode through store/claim-batch.ts instead.",
      from: { path: '^packages/core/src/gdelt/', pathNot: '[.]test[.]ts$' },
      to: { path: '^packages/core/src/store/', pathNot: '^packages/core/src/store/claim-batch[.]ts$' },
    },
    {
      name: 'packages-not-scripts',
      severity: 'error',
      comment: 'A package imports scripts/: the scripts sit above the packages, never below them.',
      from: { path: '^packages/' },
      to: { path: '^scripts/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.neo4j|data|bench-out)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'default'] },
  },
};
