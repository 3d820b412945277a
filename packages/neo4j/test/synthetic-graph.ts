// A large generated GeoGraph for the benchmark and the kill-and-rerun test: seeded, so every run builds the
// same graph. Actors interact; companies operate pipelines that lie in cities.
import { claimId, defaultOntology, GeoGraph, mulberry32 } from '@geokg/core';
import type { Claim, EntityRef } from '@geokg/core';

const ACTOR_KINDS = ['Company', 'Person', 'GovernmentBody', 'ArmedGroup'];
const INTERACTIONS: [string, string, string][] = [
  ['accuses', '112', 'ACCUSE'],
  ['requests-explanation', '101', 'REQUEST'],
  ['consults', '04', 'CONSULT'],
  ['threatens', '13', 'THREATEN'],
  ['supports', '05', 'SUPPORT'],
  ['denies', '016', 'REJECT'],
];
const MODALITIES = ['asserted', 'alleged', 'denied', 'hypothetical', 'negated'] as const;

export interface SyntheticOptions {
  relationships: number;
  /** Nodes per relationship (default 0.25: 200,000 relationships between 50,000 nodes). */
  nodesPerRelationship?: number;
  seed?: number;
}

/** A graph with exactly `relationships` edges (one claim each) and their endpoint nodes. */
export function syntheticGraph(opts: SyntheticOptions): GeoGraph {
  const rand = mulberry32(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const geo = new GeoGraph(defaultOntology());
  const nodeCount = Math.max(8, Math.round(opts.relationships * (opts.nodesPerRelationship ?? 0.25)));
  const actors: EntityRef[] = [];
  const pipelines: EntityRef[] = [];
  const cities: EntityRef[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const bucket = i % 10 < 8 ? actors : i % 10 === 8 ? pipelines : cities;
    const kind =
      bucket === actors ? ACTOR_KINDS[i % ACTOR_KINDS.length]! : bucket === pipelines ? 'Pipeline' : 'City';
    const ref = { id: `synthetic:${kind.toLowerCase()}:${i}`, kind, name: `${kind} ${i}` };
    geo.addEntity({ ...ref, aliases: [`${kind[0]}${i}`], props: { country: 'KAZ' } });
    bucket.push(ref);
  }
  for (let i = 0; geo.graph.size < opts.relationships; i++) {
    const structural = i % 10 === 9;
    const [predicate, cameo, plover] = structural ? (['operates', '', ''] as const) : pick(INTERACTIONS);
    const subject = pick(actors);
    const object = structural ? pick(pipelines) : pick(actors);
    if (subject.id === object.id) continue;
    const doc = i % 1000;
    const c: Omit<Claim, 'id'> = {
      subject,
      predicate,
      object,
      modality: structural ? 'asserted' : pick(MODALITIES),
      confidence: Math.round(rand() * 100) / 100,
      source: 'text',
      evidence: {
        docId: `doc:synthetic-${doc}`,
        doc: `synthetic/${doc}.txt`,
        sentence: i % 40,
        start: i,
        end: i + 60,
        text: `Sentence ${i}.`,
      },
      time: { occurred: `2024-${String((i % 12) + 1).padStart(2, '0')}-15` },
      ...(cameo ? { cameo, plover } : {}),
    };
    geo.addClaim({ ...c, id: claimId(c) });
  }
  return geo;
}
