// Profile of the extraction loop alone: the bench-extract corpus, the loop under node:inspector's Profiler,
// self and inclusive time summed by function, file and line. Usage:
//   node --import tsx scripts/profile-extract.ts [--words 200000] [--shared ../shared] [--out x.cpuprofile]
// --hash prints one SHA-256 of every result's JSON instead (a speed change must leave it as it was);
// --cpu prints the CPU time of the extraction, best of three rounds. For lines that match the source,
// bundle first: esbuild scripts/profile-extract.ts --bundle --platform=node --format=esm
// --external:wink-nlp --external:wink-eng-lite-web-model --external:yaml --outfile=<dir under
// packages/extract/node_modules>/p.mjs, then run node on p.mjs.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { createExtractor } from '@geokg/extract';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const target = Number(opt('words', '200000'));
const shared = opt('shared', '../shared');
const out = opt('out', '');

function paragraphs(): string[] {
  const res: string[] = [readFileSync(join(shared, 'seeds/000_419cbe59cfa141f3.txt'), 'utf8').trim()];
  const xml = readFileSync(join(shared, 'eval/PETR2_GSR_validation.xml'), 'utf8');
  for (const m of xml.matchAll(/<Text>([\s\S]*?)<\/Text>/g)) {
    const t = m[1]!.replace(/\s+/g, ' ').trim();
    if (t) res.push(t);
  }
  for (const line of readFileSync(join(shared, 'eval/crossre_politics-test.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const tokens = (JSON.parse(line) as { sentence: string[] }).sentence;
    res.push(
      tokens
        .join(' ')
        .replace(/ ([,.;:!?%)])/g, '$1')
        .replace(/\( /g, '('),
    );
  }
  return res;
}
function corpus(words: number, paras: string[]): string[] {
  const docs: string[] = [];
  let total = 0;
  let doc: string[] = [];
  let dw = 0;
  for (let i = 0; total < words; i++) {
    const p = paras[i % paras.length]!;
    const n = p.split(/\s+/).length;
    doc.push(p);
    dw += n;
    total += n;
    if (dw >= 600) {
      docs.push(doc.join('\n\n'));
      doc = [];
      dw = 0;
    }
  }
  if (doc.length) docs.push(doc.join('\n\n'));
  return docs;
}

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  positionTicks?: { line: number; ticks: number }[];
  children?: number[];
}
const paras = paragraphs();
const extractor = createExtractor();
for (const [i, d] of corpus(20_000, paras).entries()) extractor.extractText(d, { doc: `w-${i}` });
const docs = corpus(target, paras);
if (args.includes('--hash')) {
  // One digest of every result's JSON: a speed change must leave it as it was.
  const h = createHash('sha256');
  let n = 0;
  for (const [i, d] of docs.entries()) {
    const r = extractor.extractText(d, { doc: `h-${i}.txt` });
    n += r.claims.length;
    h.update(JSON.stringify(r));
  }
  console.log(`${docs.length} docs, ${n} claims, sha256 ${h.digest('hex')}`);
  process.exit(0);
}
if (args.includes('--cpu')) {
  // CPU time of the whole extraction over the documents, the best of three rounds (a shared machine).
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const c = process.cpuUsage();
    for (const [i, d] of docs.entries()) extractor.extractText(d, { doc: `c-${i}.txt` });
    const u = process.cpuUsage(c);
    best = Math.min(best, (u.user + u.system) / 1000);
  }
  console.log(`extract CPU ${best.toFixed(0)} ms (best of 3) over ${target} words`);
  process.exit(0);
}
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const t = performance.now();
const cpu0 = process.cpuUsage();
let claims = 0;
for (const [i, d] of docs.entries()) claims += extractor.extractText(d, { doc: `b-${i}.txt` }).claims.length;
const cpu = process.cpuUsage(cpu0);
const ms = performance.now() - t;
const { profile } = await session.post('Profiler.stop');
if (out) writeFileSync(out, JSON.stringify(profile));
const nodes = profile.nodes as Node[];
const total = nodes.reduce((s, n) => s + n.hitCount, 0);
const byFn = new Map<string, number>();
const byFile = new Map<string, number>();
const byLine = new Map<string, number>();
for (const n of nodes) {
  const file = n.callFrame.url.replace(/^.*\/(packages|node_modules)\//, '$1/') || '(native)';
  const fn = `${n.callFrame.functionName || '(anon)'} ${file}:${n.callFrame.lineNumber + 1}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + n.hitCount);
  byFile.set(file, (byFile.get(file) ?? 0) + n.hitCount);
  for (const p of n.positionTicks ?? []) {
    const key = `${n.callFrame.functionName || '(anon)'} ${file}:${p.line}`;
    byLine.set(key, (byLine.get(key) ?? 0) + p.ticks);
  }
}
const top = (m: Map<string, number>, k: number): string =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([name, h]) => `${((100 * h) / total).toFixed(1).padStart(5)}%  ${name}`)
    .join('\n');
console.log(
  `${docs.length} docs, ${claims} claims, ${ms.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`,
);
// Inclusive time by function name: each sample counted once per distinct name on its stack.
const byId = new Map(nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map<string, number>();
for (const n of nodes) {
  if (!n.hitCount) continue;
  const names = new Set<string>();
  for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
    const f = byId.get(id)!.callFrame;
    names.add(
      `${f.functionName || '(anon)'} ${f.url.replace(/^.*\/(packages|node_modules)\//, '$1/')}:${f.lineNumber + 1}`,
    );
  }
  for (const name of names) incl.set(name, (incl.get(name) ?? 0) + n.hitCount);
}
console.log(`--- inclusive time by function\n${top(incl, 160)}`);
console.log(
  `--- self time by file\n${top(byFile, 40)}\n--- self time by function\n${top(byFn, 60)}\n--- self time by line\n${top(byLine, 60)}`,
);
