// Draws a seeded random sample of interaction claims from the news stories in packages/extract/devset/stories
// (or --stories DIR, a folder of *.txt with its sources.json) and writes them for a person to judge, or scores
// the judged sample. Usage:
//   tsx scripts/sample-claims.ts [--size 60] [--seed 1] [--out FILE] [--keep FILE]... [--stories DIR]
//                                       draw (verdicts of unchanged claims kept, from FILE and each --keep)
//   tsx scripts/sample-claims.ts --score [--out FILE]                  print precision from the verdicts
// --size larger than the number of claims writes every claim (a census: precision-all.jsonl, README).
// Each row: the story, the sentence, the claim (subject, predicate, object, CAMEO, its PLOVER category by the
// official table, modality) and a verdict ("right" / "wrong" / "" not yet judged) with a short reason.
// Exit codes: 0 done; 1 a story or sample file cannot be read or has a bad row; 2 a bad flag.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitCodeOf, GeokgError, UsageError } from '@geokg/core';
import { createExtractor } from '@geokg/extract';
import { loadPloverTable } from './devset/plover.ts';
import { drawRows, parseSample, precision, type Candidate } from './devset/sample.ts';
import { categoryOf } from './devset/score.ts';

const DEVSET = fileURLToPath(new URL('../packages/extract/devset/', import.meta.url));

interface Options {
  size: number;
  seed: number;
  out: string;
  score: boolean;
  /** Other judged files whose verdicts a draw reuses for the same claim (the out file's own win). */
  keep: string[];
  /** The folder of stories and their sources.json (default devset/stories). */
  stories: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    size: 60,
    seed: 1,
    out: join(DEVSET, 'precision-sample.jsonl'),
    score: false,
    keep: [],
    stories: join(DEVSET, 'stories'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--score') o.score = true;
    else if (a === '--out') o.out = value();
    else if (a === '--keep') o.keep.push(value());
    else if (a === '--stories') o.stories = value();
    else if (a === '--size' || a === '--seed') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < (a === '--size' ? 1 : 0))
        throw new UsageError(`${a} must be a whole number`);
      if (a === '--size') o.size = n;
      else o.seed = n;
    } else
      throw new UsageError(
        `unknown argument ${a} (use --size N, --seed N, --out FILE, --keep FILE, --stories DIR, --score)`,
      );
  }
  return o;
}

const readSample = (file: string) => (existsSync(file) ? parseSample(readFileSync(file, 'utf8'), file) : []);

/** Interaction claims PLOVER would code: those with a PLOVER category (CAMEO 01 statements have none). */
/** A story folder's file, or exit 1 naming it (a --stories DIR without sources.json, a story it lists but lacks). */
function readStoryFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new GeokgError(`${path}: cannot read (${(e as Error).message})`, 'input');
  }
}

function candidates(stories: string): Candidate[] {
  const at = join(stories, 'sources.json');
  let sources: Record<string, { date?: string }>;
  try {
    sources = JSON.parse(readStoryFile(at)) as Record<string, { date?: string }>;
  } catch (e) {
    if (e instanceof GeokgError) throw e;
    throw new GeokgError(`${at}: not valid JSON (${(e as Error).message})`, 'input');
  }
  const table = loadPloverTable();
  const extractor = createExtractor();
  const out: Candidate[] = [];
  for (const [story, meta] of Object.entries(sources)) {
    const text = readStoryFile(join(stories, story));
    const r = extractor.extractText(text, { doc: story, reported: meta.date });
    for (const c of r.claims) {
      const plover = categoryOf(c, table);
      if (!plover) continue;
      out.push({
        story,
        sentence: c.evidence?.text ?? '',
        claim: {
          subject: c.subject.name,
          predicate: c.predicate,
          object: c.object?.name ?? '-',
          ...(c.cameo ? { cameo: c.cameo } : {}),
          plover,
          modality: c.modality,
        },
      });
    }
  }
  return out;
}

try {
  const o = parseArgs(process.argv.slice(2));
  if (o.score) {
    const rows = readSample(o.out);
    const s = precision(rows);
    console.log(
      `${o.out}: ${rows.length} claims, ${s.right} right, ${s.wrong} wrong, ${s.open} not judged; precision ${s.precision.toFixed(3)}`,
    );
  } else {
    const all = candidates(o.stories);
    // Later rows win in drawRows: the out file's own verdicts override those of the --keep files.
    const judged = [...o.keep.flatMap((f) => readSample(f)), ...readSample(o.out)];
    const rows = drawRows(all, o.size, o.seed, judged);
    writeFileSync(o.out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const kept = rows.filter((r) => r.verdict).length;
    console.log(
      `${all.length} interaction claims in ${o.stories}; wrote ${rows.length} (seed ${o.seed}) to ${o.out}; ${kept} keep an earlier verdict`,
    );
  }
} catch (e) {
  console.error(e instanceof GeokgError ? e.message : e);
  process.exit(exitCodeOf(e));
}
