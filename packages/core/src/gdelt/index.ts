// @geokg/core/gdelt: the GDELT 2.0 events reader and import, and the row layout (columns, split, checks)
// that benchmarks and test generators write and parse.
export { readGdelt, emptyGdeltStats } from './read.ts';
export type { GdeltOptions, GdeltProgress, GdeltStats } from './read.ts';
export { importGdelt, describeGdeltImport, defaultGdeltWorkers } from './import.ts';
export type { GdeltImportOptions, GdeltImportSummary, GdeltSink } from './import.ts';
export { GdeltMapper } from './mapper.ts';
export type { GdeltBatch } from './mapper.ts';
export { roleEntity } from './roles.ts';
export { cameoTables, loadCameoTables } from './tables.ts';
export type { CameoTables } from './tables.ts';
export { gdeltConfidence } from './confidence.ts';
export { COL, GDELT_COLUMNS, GDELT_COLUMN_COUNT } from './columns.ts';
export type { GdeltColumn } from './columns.ts';
export { checkRow, splitRow } from './row.ts';
export type { RowProblem } from './row.ts';
