// Writes the import folder (files.ts) whole or not at all, and the exact command that loads it.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '@geokg/core';
import type { Ontology, Store } from '@geokg/core';
import { ARRAY_DELIMITER_FLAG } from './csv.ts';
import { writeImportFiles } from './files.ts';
import type { ImportFiles } from './files.ts';

/** The `neo4j-admin` arguments that load the folder into `database` (replacing it). */
export function importArguments(files: ImportFiles, dir: string, database = 'neo4j'): string[] {
  return [
    'database',
    'import',
    'full',
    '--multiline-fields=true',
    `--array-delimiter=${ARRAY_DELIMITER_FLAG}`,
    ...files.nodes.map(([labels, f]) => `--nodes=${labels}=${join(dir, f)}`),
    ...files.relationships.map(([type, f]) => `--relationships=${type}=${join(dir, f)}`),
    // Last, after a flag: the file lists above would take a bare word for one more file.
    '--overwrite-destination',
    database,
  ];
}

export interface ImportFolder extends ImportFiles {
  dir: string;
  /** The shell command, as written to DIR/import.sh. */
  command: string;
}

/** Writes into DIR.tmp-PID and renames it to DIR (which must be missing or empty) once every file is whole. */
export async function writeImportFolder(
  store: Store,
  target: string,
  ontology: Ontology,
): Promise<ImportFolder> {
  const dir = resolve(target);
  if (existsSync(dir) && readdirSync(dir).length)
    throw new UsageError(`geokg export: ${target} is not empty; name a new or empty folder for neo4j-import`);
  const tmp = join(dirname(dir), `${basename(dir)}.tmp-${process.pid}`);
  mkdirSync(tmp, { recursive: true });
  try {
    const files = await writeImportFiles(store, tmp, ontology);
    const command = ['neo4j-admin', ...importArguments(files, dir)]
      .map((a) => (/^[\w:=./+-]+$/.test(a) ? a : `'${a}'`))
      .join(' \\\n  ');
    writeFileSync(
      join(tmp, 'import.sh'),
      `#!/bin/sh\n# Stop the server first; this replaces the database.\n${command}\n`,
    );
    if (existsSync(dir)) rmdirSync(dir);
    renameSync(tmp, dir);
    return { ...files, dir, command };
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}
