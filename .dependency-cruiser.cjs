// Structure rules run by `pnpm lint` (dependency-cruiser): no import circles, and no package reaching
// into another package's files — packages talk through their package.json `exports` (`@geokg/core`).
// .dependency-cruiser-known-violations.json lists the violations that were there when the rules came in
// (store ↔ import circles, scripts reaching into packages): those are skipped, anything new fails. Once
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
      name: 'scripts-through-exports',
      severity: 'warn',
      comment: "scripts/ reaches into a package's files: prefer its public exports.",
      from: { path: '^scripts/' },
      to: { path: '^packages/[^/]+/(src|test)/', pathNot: '^packages/[^/]+/src/index[.]ts$' },
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
