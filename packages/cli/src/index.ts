// @geokg/cli: the `geokg` command. Its entry point is main.ts.
export { EXIT, CliError } from './exit.ts';
