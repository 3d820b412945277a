// Draws a seeded random sample of interaction claims from the wire stories in packages/extract/devset/stories
// and writes them for a person to judge, or scores the judged sample. Usage:
//   tsx scripts/sample-claims.ts [--size 60] [--seed 1] [--out FILE]   draw (verdicts of unchanged claims kept)
//   tsx scripts/sample-claims.ts --score [--out FILE]                  print precision from the verdicts
// Each row: the story, the sentence, the claim (subject, predicate, object, CAMEO, its PLOVER category by the
// official table, modality) and a
// verdict ("right" / "wrong" / "" not yet judged) with a short reason.
// Exit codes: 0 done; 1 a story or sample file cannot be read or has a bad row; 2 a bad flag.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitCodeOf, GeokgError, mulberry32, UsageError } from '../packages/core/src/index.ts';
import type { Claim } from '../packages/core/src/index.ts';
import { createExtractor } from '../packages/extract/src/index.ts';
import { loadPloverTable, type PloverTable } from './devset/plover.ts';
import { categoryOf } from './devset/score.ts';

const DEVSET = fileURLToPath(new URL('../packages/extract/devset/', import.meta.url));
const STORIES = join(DEVSET, 'stories');

interface Row {
  n: number;
  story: string;
  sentence: string;
  claim: {
    subject: string;
    predicate: string;
    object: string;
    cameo?: string;
    plover?: string;
    modality: string;
  };
  verdict: '' | 'right' | 'wrong';
  reason: string;
}

interface Options {
  size: number;
  seed: number;
  out: string;
  score: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { size: 60, seed: 1, out: join(DEVSET, 'precision-sample.jsonl'), score: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--score') o.score = true;
    else if (a === '--out') o.out = value();
    else if (a === '--size' || a === '--seed') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < (a === '--size' ? 1 : 0))
        throw new UsageError(`${a} must be a whole number`);
      if (a === '--size') o.size = n;
      else o.seed = n;
    } else throw new UsageError(`unknown argument ${a} (use --size N, --seed N, --out FILE, --score)`);
  }
  return o;
}

/** What a verdict is about: the same claim on the same sentence keeps its verdict across draws. */
const keyOf = (r: Pick<Row, 'story' | 'sentence' | 'claim'>): string =>
  JSON.stringify([r.story, r.sentence, r.claim.subject, r.claim.predicate, r.claim.object, r.claim.modality]);

function readSample(file: string): Row[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      let row: Row;
      try {
        row = JSON.parse(line) as Row;
      } catch (e) {
        throw new GeokgError(`${file}:${i + 1}: not valid JSON (${(e as Error).message})`, 'input');
      }
      if (!['', 'right', 'wrong'].includes(row.verdict))
        throw new GeokgError(
          `${file}:${i + 1}: verdict must be "right", "wrong" or "" (got "${row.verdict}")`,
          'input',
        );
      return [row];
    });
}

/** Interaction claims PLOVER would code: those with a PLOVER category (CAMEO 01 statements have none). */
function interactionClaims(table: PloverTable): { story: string; sentence: string; claim: Claim }[] {
  const sources = JSON.parse(readFileSync(join(STORIES, 'sources.json'), 'utf8')) as Record<
    string,
    { date?: string }
  >;
  const extractor = createExtractor();
  const out: { story: string; sentence: string; claim: Claim }[] = [];
  for (const [story, meta] of Object.entries(sources)) {
    const text = readFileSync(join(STORIES, story), 'utf8');
    const r = extractor.extractText(text, { doc: story, ...(meta.date ? { reported: meta.date } : {}) });
    for (const claim of r.claims)
      if (categoryOf(claim, table)) out.push({ story, sentence: claim.evidence?.text ?? '', claim });
  }
  return out;
}

function draw(o: Options): void {
  const table = loadPloverTable();
  const all = interactionClaims(table);
  const judged = new Map(readSample(o.out).map((r) => [keyOf(r), r]));
  // A seeded partial Fisher–Yates shuffle: the same seed and the same claims give the same sample.
  const next = mulberry32(o.seed);
  const pool = [...all];
  const size = Math.min(o.size, pool.length);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const rows: Row[] = pool.slice(0, size).map(({ story, sentence, claim: c }, i) => {
    const base = {
      n: i + 1,
      story,
      sentence,
      claim: {
        subject: c.subject.name,
        predicate: c.predicate,
        object: c.object?.name ?? '-',
        ...(c.cameo ? { cameo: c.cameo } : {}),
        plover: categoryOf(c, table)!,
        modality: c.modality,
      },
    };
    const old = judged.get(keyOf(base));
    return { ...base, verdict: old?.verdict ?? '', reason: old?.reason ?? '' };
  });
  writeFileSync(o.out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const kept = rows.filter((r) => r.verdict).length;
  console.log(
    `${all.length} interaction claims in ${STORIES}; wrote ${rows.length} (seed ${o.seed}) to ${o.out}; ${kept} keep an earlier verdict`,
  );
}

function score(o: Options): void {
  const rows = readSample(o.out);
  const right = rows.filter((r) => r.verdict === 'right').length;
  const wrong = rows.filter((r) => r.verdict === 'wrong').length;
  const open = rows.length - right - wrong;
  const p = right / (right + wrong || 1);
  console.log(
    `${o.out}: ${rows.length} claims, ${right} right, ${wrong} wrong, ${open} not judged; precision ${p.toFixed(3)}`,
  );
}

try {
  const o = parseArgs(process.argv.slice(2));
  if (o.score) score(o);
  else draw(o);
} catch (e) {
  console.error(e instanceof GeokgError ? e.message : e);
  process.exit(exitCodeOf(e));
}
