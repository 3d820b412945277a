// @geokg/core/gdelt: the GDELT 2.0 events reader and import, their types and errors, and the row layout
// (columns, split, checks) that benchmarks and test generators write and parse. The folder's map:
//   read.ts, import.ts   the serial reader and the import (which hands large inputs to threads/)
//   row/                 one row's columns, cut and checked
//   map/                 rows → entities and claims (actors, places, roles, events, the code tables)
//   threads/             the worker-thread import: chunks out, store lines back (encoded by the store)
//   types.ts, stats.ts, errors.ts   what the above share, importing none of them
export { readGdelt } from './read.ts';
export { importGdelt, describeGdeltImport, defaultGdeltWorkers } from './import.ts';
export type {
  GdeltImportOptions,
  GdeltImportSummary,
  GdeltLineSink,
  GdeltOptions,
  GdeltProgress,
  GdeltSink,
} from './types.ts';
export { emptyGdeltStats } from './stats.ts';
export type { GdeltStats } from './stats.ts';
export { GdeltInputError, GdeltTableError } from './errors.ts';
export { GdeltMapper } from './map/mapper.ts';
export type { GdeltBatch } from './map/mapper.ts';
export { roleEntity } from './map/roles.ts';
export { cameoTables, loadCameoTables } from './map/tables.ts';
export type { CameoTables } from './map/tables.ts';
export { gdeltConfidence } from './map/confidence.ts';
export { COL, GDELT_COLUMNS, GDELT_COLUMN_COUNT } from './row/columns.ts';
export type { GdeltColumn } from './row/columns.ts';
export { checkRow, splitRow } from './row/row.ts';
export type { BadReason, RowProblem } from './row/row.ts';
