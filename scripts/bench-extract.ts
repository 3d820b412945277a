// Benchmark: words per second of `geokg extract` against the raw wink-nlp tokenizer on the same texts,
// measured in the same run (machines are noisy: read the ratio), and memory at two corpus sizes.
// Usage: node --expose-gc --import tsx scripts/bench-extract.ts [--words 1000000] [--shared ../shared]
// (--expose-gc lets it report the heap after collection; without it the figure includes garbage.)
// Corpus: the seed article, every <Text> of PETR2_GSR_validation.xml and every sentence of
// crossre_politics-test.jsonl, one document per ~article-sized group of paragraphs, repeated until the
// corpus has the words asked for (each repetition a new document, so the per-document work is real).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor, rawTokenCount } from '@geokg/extract';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const target = Number(opt('words', '1000000'));
const shared = opt('shared', '../shared');

function paragraphs(): string[] {
  const out: string[] = [readFileSync(join(shared, 'seeds/000_419cbe59cfa141f3.txt'), 'utf8').trim()];
  const xml = readFileSync(join(shared, 'eval/PETR2_GSR_validation.xml'), 'utf8');
  for (const m of xml.matchAll(/<Text>([\s\S]*?)<\/Text>/g)) {
    const t = m[1]!.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
  }
  for (const line of readFileSync(join(shared, 'eval/crossre_politics-test.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const tokens = (JSON.parse(line) as { sentence: string[] }).sentence;
    out.push(
      tokens
        .join(' ')
        .replace(/ ([,.;:!?%)])/g, '$1')
        .replace(/\( /g, '('),
    );
  }
  return out;
}

/** Documents of ~600 words (a news article), cycling through the paragraphs until `words` are reached. */
function* corpus(words: number, paras: string[]): Generator<string> {
  let total = 0;
  let doc: string[] = [];
  let docWords = 0;
  for (let i = 0; total < words; i++) {
    const p = paras[i % paras.length]!;
    const n = p.split(/\s+/).length;
    doc.push(p);
    docWords += n;
    total += n;
    if (docWords >= 600) {
      yield doc.join('\n\n');
      doc = [];
      docWords = 0;
    }
  }
  if (doc.length) yield doc.join('\n\n');
}

const countWords = (d: string): number => d.split(/\s+/).filter(Boolean).length;
const mb = (b: number): string => `${(b / 2 ** 20).toFixed(0)} MiB`;

const paras = paragraphs();
const t0 = performance.now();
const extractor = createExtractor();
const loadMs = performance.now() - t0;
console.log(`extractor loaded in ${loadMs.toFixed(0)} ms (registry ${extractor.registry.size} entities)`);
// Warm-up (JIT) on a slice of the corpus before any timing.
for (const [i, d] of [...corpus(20_000, paras)].entries()) {
  rawTokenCount(d);
  extractor.extractText(d, { doc: `warmup-${i}` });
}

for (const size of [target, target * 2]) {
  // Documents are generated as they are read, so memory shows what extraction holds, not the corpus.
  let words = 0;
  let chars = 0;
  let count = 0;
  // Baseline: wink-nlp's tokenizer alone over the same documents.
  let t = performance.now();
  let tokens = 0;
  for (const d of corpus(size, paras)) {
    tokens += rawTokenCount(d);
    words += countWords(d);
    chars += d.length;
    count++;
  }
  const rawS = (performance.now() - t) / 1000;
  // geokg extract, one document at a time, nothing kept but counts (what a streaming run holds).
  global.gc?.();
  const before = process.memoryUsage();
  let peak = before.rss;
  let claims = 0;
  let i = 0;
  t = performance.now();
  for (const d of corpus(size, paras)) {
    claims += extractor.extractText(d, { doc: `bench-${i}.txt` }).claims.length;
    if (i++ % 200 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const s = (performance.now() - t) / 1000;
  peak = Math.max(peak, process.memoryUsage().rss);
  global.gc?.();
  const after = process.memoryUsage();
  console.log(
    `corpus ${words.toLocaleString('en')} words (${mb(chars)} text, ${count} documents): ` +
      `extract ${(words / s).toFixed(0)} words/s (${s.toFixed(1)} s, ${claims} claims); ` +
      `wink-nlp tokenizer ${(words / rawS).toFixed(0)} words/s (${tokens} tokens, ${rawS.toFixed(1)} s); ` +
      `ratio extract/tokenizer ${(words / s / (words / rawS)).toFixed(3)}; ` +
      `memory: peak RSS ${mb(peak)}, heap after GC ${mb(after.heapUsed)} (before ${mb(before.heapUsed)})`,
  );
}
