// @geokg/extract: English news text → entities and claims on geokg's ontology, offline and deterministic.
export { extract } from './api.ts';
export type { ExtractTextOptions } from './api.ts';
export { createExtractor, DocumentRun } from './extractor.ts';
export { documentId } from '@geokg/core';
export { rawTokenCount } from './nlp/tokenize.ts';
export type { Extractor, ExtractorOptions, ExtractOptions, ExtractResult, Chunk } from './extractor.ts';
export { PatternError, ExtractInputError } from './errors.ts';
export { formatJsonl } from './io/format.ts';
export { entityRow, claimRow, toJsonl } from './io/rows.ts';
export type { EntityRow, ClaimRow } from './io/rows.ts';
export { extractFiles } from './io/files.ts';
export type { ExtractEvent, ExtractFilesOptions } from './io/files.ts';
export { runExtract } from './command.ts';
export type { RunExtractOptions } from './command.ts';
export { readArticleFile, checkFile } from './io/read.ts';
export type { TextCheck } from './io/read.ts';
export { formatOfPath } from './io/mask.ts';
export type { TextFormat } from './io/mask.ts';
