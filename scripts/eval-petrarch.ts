// Scores geokg's extraction against PETRARCH-2's validation records: per sentence, the (source country,
// target country, CAMEO root) triples of its <EventCoding>s against those of geokg's asserted interaction
// claims. Prints precision, recall and F1. Usage:
//   tsx scripts/eval-petrarch.ts [../shared/eval/PETR2_GSR_validation.xml] [--verbose]
// Actor codes: a State is its ISO-3 code; an intergovernmental organisation "IGO"; anything else its
// country, or "---" when it has none (CAMEO's code for an actor of unknown country). Gold codes are cut to
// their first three letters (USAGOV → USA, IGOUNOMIL → IGO); event codes to their root (0256 → 02).
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { defaultOntology } from '@geokg/core';
import type { Claim, EntityRef } from '@geokg/core';
import { createExtractor } from '@geokg/extract';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const file = args.find((a) => !a.startsWith('--')) ?? '../shared/eval/PETR2_GSR_validation.xml';

interface Record_ {
  id: string;
  category: string;
  date?: string;
  text: string;
  gold: Set<string>;
}

function records(xml: string): Record_[] {
  // The file is not well-formed XML (self-closing <Sentence/> then a stray </Sentence>, a header of '#'
  // lines that mention tags), so each record — from one <Sentence> to the next — is parsed on its own.
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => name === 'EventCoding',
  });
  const body = xml.replace(/^#.*$/gm, '');
  const out: Record_[] = [];
  for (const part of body.split(/(?=<Sentence\s)/).slice(1)) {
    const fragment = part.replace(/<\/Sentences?>[\s\S]*$/, '').replace(/<Parse>[\s\S]*?<\/Parse>/g, '');
    type Parts = { EventCoding?: Record<string, string>[]; Text?: string };
    const doc = parser.parse(`<r>${fragment}</r>`) as {
      r: Parts & { Sentence: Record<string, string> & Parts };
    };
    // Some records close <Sentence/> at once, others wrap their codings and text: read both shapes.
    const attrs = doc.r.Sentence ?? {};
    if (attrs.evaluate === 'false') continue;
    const gold = new Set<string>();
    for (const c of [...(doc.r.EventCoding ?? []), ...(attrs.EventCoding ?? [])]) {
      if (!c.noevents) gold.add(triple(c.sourcecode ?? '---', c.targetcode ?? '---', c.eventcode ?? ''));
    }
    out.push({
      id: attrs.id ?? '?',
      category: attrs.category ?? '?',
      ...(attrs.date ? { date: isoDate(attrs.date) } : {}),
      text: String(doc.r.Text ?? attrs.Text ?? '')
        .replace(/\s+/g, ' ')
        .trim(),
      gold,
    });
  }
  return out;
}

const isoDate = (d: string): string =>
  /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : d;
const triple = (s: string, t: string, code: string): string =>
  `${s.slice(0, 3)}|${t.slice(0, 3)}|${code.slice(0, 2)}`;

const ontology = defaultOntology();
function actorCode(ref: EntityRef): string {
  if (ref.iso3) return ref.iso3;
  if (ontology.isA(ref.kind, 'IntergovernmentalOrganization')) return 'IGO';
  return ref.country ?? '---';
}

/** Claims PETRARCH would code: interactions (with a CAMEO code) the text asserts or plans, with an actor or
 * place as target; PETRARCH has no modality, but it does not code allegations, denials or negated acts. */
const coded = (c: Claim): boolean =>
  !!c.cameo &&
  (c.modality === 'asserted' || c.modality === 'hypothetical') &&
  // PETRARCH codes dyads only: a targetless act (its object an Event node) has no PETRARCH triple.
  !ontology.isA(c.object.kind, 'Event');

const recs = records(readFileSync(file, 'utf8'));
const extractor = createExtractor();
let tp = 0;
let fp = 0;
let fn = 0;
let skipped = 0;
const byCategory = new Map<string, { tp: number; fp: number; fn: number }>();
for (const r of recs) {
  if (!r.text) {
    skipped++;
    continue;
  }
  const result = extractor.extractText(r.text, { doc: r.id, reported: r.date });
  const pred = new Set(
    result.claims.filter(coded).map((c) => triple(actorCode(c.subject), actorCode(c.object), c.cameo!)),
  );
  const hit = [...pred].filter((t) => r.gold.has(t)).length;
  const cat = byCategory.get(r.category) ?? { tp: 0, fp: 0, fn: 0 };
  cat.tp += hit;
  cat.fp += pred.size - hit;
  cat.fn += r.gold.size - hit;
  byCategory.set(r.category, cat);
  tp += hit;
  fp += pred.size - hit;
  fn += r.gold.size - hit;
  if (verbose && (hit < pred.size || hit < r.gold.size)) {
    console.log(`${r.id} [${r.category}] ${r.text}`);
    console.log(`   gold: ${[...r.gold].join(' ') || '-'}   geokg: ${[...pred].join(' ') || '-'}`);
    for (const c of result.claims.filter((c) => c.cameo))
      console.log(`     ${c.subject.name} -${c.predicate}(${c.cameo}, ${c.modality})-> ${c.object.name}`);
  }
}
const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
const pr = (s: { tp: number; fp: number; fn: number }): string => {
  const p = s.tp / (s.tp + s.fp || 1);
  const r = s.tp / (s.tp + s.fn || 1);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1(p, r).toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
};
console.log(`${file}: ${recs.length} sentences (${skipped} without text skipped)`);
for (const [cat, s] of [...byCategory].sort()) console.log(`  ${cat.padEnd(8)} ${pr(s)}`);
console.log(`overall  ${pr({ tp, fp, fn })}`);
const p = tp / (tp + fp || 1);
const r = tp / (tp + fn || 1);
console.log(`precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  F1 ${f1(p, r).toFixed(3)}`);
