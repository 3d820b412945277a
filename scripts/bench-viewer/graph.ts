// The benchmark's graph: seeded, scale-free-ish (endpoints drawn by Zipf weight), with the kinds,
// predicates and modalities of real news graphs and one claim with a sentence per edge.
import { GeoGraph, claimId, defaultOntology, mulberry32 } from '@geokg/core';
import type { Claim, EntityRef, Modality } from '@geokg/core';

const KINDS: [kind: string, share: number][] = [
  ['State', 0.02],
  ['Company', 0.14],
  ['GovernmentBody', 0.12],
  ['ArmedGroup', 0.04],
  ['IntergovernmentalOrganization', 0.02],
  ['Person', 0.3],
  ['Pipeline', 0.05],
  ['Port', 0.05],
  ['City', 0.1],
  ['Region', 0.06],
  ['Attack', 0.06],
  ['Statement', 0.04],
];
const INTERACTIONS = [
  'accuses',
  'requests',
  'supports',
  'threatens',
  'consults',
  'criticizes',
  'sanctions',
  'agrees',
  'attacks',
];
const MODALITIES: [Modality, number][] = [
  ['asserted', 0.7],
  ['alleged', 0.15],
  ['denied', 0.05],
  ['hypothetical', 0.07],
  ['negated', 0.03],
];

function pick<T>(rand: () => number, items: [T, number][]): T {
  let r = rand();
  for (const [v, w] of items) if ((r -= w) < 0) return v;
  return items[items.length - 1]![0];
}

/** A scale-free-ish graph: endpoints drawn by Zipf weight, predicates valid for the endpoint kinds. */
export function generateGraph(nodes: number, edges: number, seed = 7): GeoGraph {
  const ontology = defaultOntology();
  const g = new GeoGraph(ontology);
  const rand = mulberry32(seed); // seeded: every run benchmarks the same graph
  const refs: EntityRef[] = [];
  for (let i = 0; i < nodes; i++) {
    const kind = pick(rand, KINDS);
    const ref: EntityRef = { id: `${kind.toLowerCase()}:${i}`, kind, name: `${kind} ${i}` };
    g.addEntity({ id: ref.id, kind, name: ref.name, aliases: [`${kind.slice(0, 3)}-${i}`], props: {} });
    refs.push(ref);
  }
  // Cumulative Zipf weights, so a few nodes are hubs as in real news graphs.
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < nodes; i++) cumulative.push((total += 1 / Math.pow(i + 1, 0.75)));
  const draw = (): EntityRef => {
    const r = rand() * total;
    let lo = 0;
    let hi = nodes - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return refs[lo]!;
  };
  const actor = (r: EntityRef): boolean => ontology.isA(r.kind, 'Actor');
  while (g.graph.size < edges) {
    const s = draw();
    const o = draw();
    if (s.id === o.id) continue;
    let predicate: string;
    if (actor(s) && actor(o)) predicate = INTERACTIONS[Math.floor(rand() * INTERACTIONS.length)]!;
    else if (ontology.isA(s.kind, 'Event')) predicate = 'targets';
    else if (ontology.isA(o.kind, 'Place') || o.kind === 'State') predicate = 'located-in';
    else if (actor(s) && ontology.isA(o.kind, 'Facility')) predicate = 'operates';
    else predicate = 'part-of';
    const modality = pick(rand, MODALITIES);
    const day = 1 + Math.floor(rand() * 1800);
    const draft: Omit<Claim, 'id'> = {
      subject: s,
      predicate,
      object: o,
      modality,
      confidence: Math.round((0.3 + 0.7 * rand()) * 100) / 100,
      source: 'text',
      time: { reported: new Date(Date.UTC(2020, 0, day)).toISOString().slice(0, 10) },
      evidence: {
        docId: `doc:${Math.floor(rand() * 2000)}`,
        doc: `news/${Math.floor(rand() * 2000)}.txt`,
        sentence: Math.floor(rand() * 30),
        start: 0,
        end: 80,
        text: `${s.name} ${predicate.replace(/-/g, ' ')} ${o.name}, officials said on day ${day}.`,
      },
    };
    try {
      g.addClaim({ id: claimId(draft), ...draft });
    } catch {
      // An endpoint pair the ontology refuses for this predicate: draw again.
    }
  }
  return g;
}
