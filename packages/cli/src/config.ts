// The CLI's configuration in one place: the environment variables it reads, read when asked (so a test or
// a caller that sets one before a command sees it). All are listed in README.md ("Environment").
import { storeDirFromEnv } from '@geokg/core';

type Env = Record<string, string | undefined>;

/** `--store`'s default: GEOKG_STORE, else ./data. */
export const defaultStoreDir = (env: Env = process.env): string => storeDirFromEnv(env);

/** GEOKG_NO_PROGRESS set to anything: no progress bars (they are only drawn on a terminal anyway). */
export const noProgress = (env: Env = process.env): boolean => Boolean(env.GEOKG_NO_PROGRESS);

/** GEOKG_QUIET set to anything: no notes on stderr; errors are still written. */
export const quiet = (env: Env = process.env): boolean => Boolean(env.GEOKG_QUIET);
