// @geokg/cli: the `geokg` command. Its entry point is main.ts.
export { outcomeOf } from './exit.ts';
export type { Outcome } from './exit.ts';
