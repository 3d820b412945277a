// Stand-alone entry until the geokg CLI wires it: tsx packages/extract/src/main.ts FILE... > claims.jsonl
import { runExtract } from './command.ts';

process.exitCode = await runExtract(process.argv.slice(2), process.stdout);
