// GDELT 2.0 event exports stream straight into the open writer (a million rows do not fit a batch).
import type { Registry, StoreWriter } from '@geokg/core';

export async function importGdeltFiles(
  paths: string[],
  writer: StoreWriter,
  registry: Registry,
  opts: { skipBad: boolean },
): Promise<void> {
  const { importGdelt } = await import('@geokg/core');
  await importGdelt(paths, writer, { registry, skipBad: opts.skipBad });
}
