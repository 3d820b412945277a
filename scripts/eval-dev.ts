// Scores geokg's extraction on the team's development set of hand-coded news sentences
// (packages/extract/devset/sentences.jsonl): per sentence, the (actor country, recipient country or none,
// PLOVER category) triples of the gold coding against those of geokg's claims, the claim's CAMEO code mapped
// through the official CAMEO2PLOVER table. Prints precision, recall and F1 overall, per category and per
// kind of sentence, and why gold events were missed. Usage:
//   tsx scripts/eval-dev.ts [sentences.jsonl] [--table CAMEO2PLOVER.txt] [--verbose]
// Exit codes: 0 scored; 1 a bad development-set line or table (file:line: problem); 2 a bad flag.
import { defaultOntology, exitCodeOf, GeokgError, UsageError } from '@geokg/core';
import type { Claim } from '@geokg/core';
import { createExtractor } from '@geokg/extract';
import { CATEGORIES, country, DEFAULT_DEVSET, loadDevset, type DevSentence } from './devset/load.ts';
import { DEFAULT_TABLE, loadPloverTable } from './devset/plover.ts';
import { goldKey, predicted, scoreSentence, type MissKind, type SentenceScore } from './devset/score.ts';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
function line(s: Counts): string {
  const p = s.tp / (s.tp + s.fp || 1);
  const r = s.tp / (s.tp + s.fn || 1);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1(p, r).toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

/** The pattern and rule that produced a claim, when the extractor records them (claim.attrs). */
const why = (c: Claim): string =>
  c.attrs?.pattern ? `  [${String(c.attrs.pattern)}${c.attrs.rule ? ` / ${String(c.attrs.rule)}` : ''}]` : '';

function parseArgs(argv: string[]): { file: string; table: string; verbose: boolean } {
  let file = DEFAULT_DEVSET;
  let table = DEFAULT_TABLE;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--verbose') verbose = true;
    else if (a === '--table') {
      const next = argv[++i];
      if (!next) throw new UsageError('--table needs a file');
      table = next;
    } else if (a.startsWith('--')) throw new UsageError(`unknown flag ${a} (use --table FILE, --verbose)`);
    else file = a;
  }
  return { file, table, verbose };
}

/** A sentence's kind: no event, domestic (every event's two ends in one country), targetless, international. */
function kindOf(s: DevSentence): string {
  if (!s.events.length) return 'no event';
  if (s.events.every((e) => e.recipient === null)) return 'targetless';
  const withBoth = s.events.filter((e) => e.recipient !== null);
  if (withBoth.every((e) => country(e.actor) === country(e.recipient!) && country(e.actor) !== '---'))
    return 'domestic';
  return 'international';
}

function main(): void {
  const { file, table: tableFile, verbose } = parseArgs(process.argv.slice(2));
  const sentences = loadDevset(file);
  const table = loadPloverTable(tableFile);
  const ontology = defaultOntology();
  const extractor = createExtractor();
  const total = zero();
  const byCategory = new Map<string, Counts>(CATEGORIES.map((c) => [c, zero()]));
  const byKind = new Map<string, Counts & { n: number }>();
  const misses = new Map<MissKind, number>();
  for (const s of sentences) {
    const result = extractor.extractText(s.text, {
      doc: `${s.id}.txt`,
      reported: s.date,
    });
    const pred = predicted(result.claims, table, ontology);
    const sc: SentenceScore = scoreSentence(s.events, pred);
    total.tp += sc.tp.length;
    total.fn += sc.fn.length;
    total.fp += sc.fp.length;
    for (const t of sc.tp) byCategory.get(t.gold.category)!.tp++;
    for (const m of sc.fn) {
      byCategory.get(m.gold.category)!.fn++;
      misses.set(m.why, (misses.get(m.why) ?? 0) + 1);
    }
    for (const p of sc.fp) {
      const cat = p.key.split('|')[2]!;
      if (!byCategory.has(cat)) byCategory.set(cat, zero());
      byCategory.get(cat)!.fp++;
    }
    const kind = byKind.get(kindOf(s)) ?? { n: 0, ...zero() };
    kind.n++;
    kind.tp += sc.tp.length;
    kind.fp += sc.fp.length;
    kind.fn += sc.fn.length;
    byKind.set(kindOf(s), kind);
    if (verbose && (sc.fn.length || sc.fp.length)) {
      console.log(`${s.id} [${kindOf(s)}] ${s.text}`);
      console.log(
        `   gold: ${s.events.map(goldKey).join(' ') || '-'}   geokg: ${pred.map((p) => p.key).join(' ') || '-'}`,
      );
      for (const m of sc.fn) console.log(`   missed ${goldKey(m.gold)}: ${m.why}`);
      for (const c of result.claims.filter((c) => c.cameo || c.plover))
        console.log(
          `     ${c.subject.name} -${c.predicate}(${c.cameo ?? c.plover}, ${c.modality})-> ${c.object?.name ?? '-'}${why(c)}`,
        );
    }
  }
  const events = sentences.reduce((n, s) => n + s.events.length, 0);
  console.log(`${file}: ${sentences.length} sentences, ${events} gold events`);
  for (const [cat, s] of byCategory) if (s.tp + s.fp + s.fn) console.log(`  ${cat.padEnd(10)} ${line(s)}`);
  for (const [kind, s] of [...byKind].sort()) console.log(`  ${`${kind} (${s.n})`.padEnd(20)} ${line(s)}`);
  console.log(`  missed: ${[...misses].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  console.log(`overall  ${line(total)}`);
  const p = total.tp / (total.tp + total.fp || 1);
  const r = total.tp / (total.tp + total.fn || 1);
  console.log(`precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  F1 ${f1(p, r).toFixed(3)}`);
}

// `eval-dev | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

try {
  main();
} catch (e) {
  console.error(e instanceof GeokgError ? e.message : e);
  process.exit(exitCodeOf(e));
}
