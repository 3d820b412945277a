// Stand-alone entry: tsx packages/extract/src/main.ts [--explain] FILE... > claims.jsonl
import { exitCodeOf } from '@geokg/core';
import { runExtract } from './command.ts';

try {
  const args = process.argv.slice(2);
  await runExtract(
    args.filter((a) => a !== '--explain'),
    process.stdout,
    process.stderr,
    args.includes('--explain') ? { explain: true } : {},
  );
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = exitCodeOf(e);
}
