// Builds the `geokg` binary of the root package: the CLI and the GDELT worker thread bundled by esbuild,
// with every dependency inlined, into dist/ (geokg.js, worker.js). Run by `prepack`, so `pnpm pack` gives
// a tarball that `npm i -g ./geokg-*.tgz` installs without a registry. Data ships beside it (seeds/,
// packages/core/schema/; see "files" in package.json), found by core's findUp.
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist');

rmSync(OUT, { recursive: true, force: true });
await build({
  absWorkingDir: ROOT,
  entryPoints: {
    geokg: 'packages/cli/src/main.ts',
    worker: 'packages/core/src/gdelt/threads/worker.ts',
  },
  outdir: OUT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // The viewer's app is built by Vite when `geokg view` first runs from a checkout; tsx only boots
  // workers from TypeScript sources. Neither is needed by the bundle.
  external: ['vite', 'tsx', 'tsx/*'],
  // Some dependencies are CommonJS and call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __geokgRequire } from 'node:module'; const require = __geokgRequire(import.meta.url);",
  },
  logLevel: 'warning',
  legalComments: 'linked',
});
process.stderr.write(`geokg: built ${join('dist', 'geokg.js')} and ${join('dist', 'worker.js')}\n`);
