// core's configuration in one place: the default paths and the environment variables core reads.
// Every variable is listed in README.md ("Environment") and docs/architecture.md ("Configuration").
import { findUp } from './util/data-dir.ts';

/** The embedded store's folder when neither `--store` nor GEOKG_STORE names one (relative to the cwd). */
export const DEFAULT_STORE_DIR = 'data';

/** The seeds/ folder, where the curated registry and seed facts ship (the repository's, or a package's copy). */
export const DEFAULT_SEEDS_DIR = findUp(import.meta.url, ['seeds'], 'registry');

/** packages/core/schema: beside src/ and dist/, or shipped whole with the `geokg` binary. */
export const DEFAULT_SCHEMA_DIR = findUp(import.meta.url, ['schema', 'packages/core/schema'], 'nodes');

type Env = Record<string, string | undefined>;

/** The store folder: GEOKG_STORE when set, else DEFAULT_STORE_DIR. */
export const storeDirFromEnv = (env: Env = process.env): string => env.GEOKG_STORE ?? DEFAULT_STORE_DIR;
