// Stand-alone entry: tsx packages/extract/src/main.ts FILE... > claims.jsonl
import { exitCodeOf } from '@geokg/core';
import { runExtract } from './command.ts';

try {
  await runExtract(process.argv.slice(2), process.stdout);
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = exitCodeOf(e);
}
