// Input errors live in core's one error module (../errors.ts), shared by every reader (facts, rows, GDELT);
// re-exported here for the fact-file reader's imports.
export { InputError } from '../errors.ts';
export type { Problem } from '../errors.ts';
