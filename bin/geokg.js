#!/usr/bin/env node
// The `geokg` command. In a checkout (`pnpm link --global`) it runs the TypeScript sources through tsx, so
// it is never stale; an installed package (`npm i -g ./geokg-*.tgz`) has no sources and runs the bundle.
import { existsSync } from 'node:fs';

const source = new URL('../packages/cli/src/main.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import(new URL('../dist/geokg.js', import.meta.url).href);
}
