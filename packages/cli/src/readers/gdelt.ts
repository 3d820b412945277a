// GDELT 2.0 event exports stream straight into the open writer (a million rows do not fit a batch),
// with a progress bar over the bytes read.
import type { GdeltImportOptions, StoreWriter } from '@geokg/core';
import { describeGdeltImport, importGdelt } from '@geokg/core';
import { progress, say } from '../progress.ts';

export async function importGdeltFiles(
  paths: string[],
  writer: StoreWriter,
  opts: Omit<GdeltImportOptions, 'onProgress'>,
): Promise<void> {
  const bar = progress('gdelt (MiB)');
  try {
    const summary = await importGdelt(paths, writer, {
      ...opts,
      onProgress: (p) => bar.update(Math.round(p.bytesRead / 2 ** 20), Math.round(p.totalBytes / 2 ** 20)),
    });
    bar.stop();
    say(describeGdeltImport(summary));
  } finally {
    bar.stop();
  }
}
