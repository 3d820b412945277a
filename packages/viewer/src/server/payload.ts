// Turns what the CLI hands the viewer (a GeoGraph, a graphology serialization or a ready payload) into
// the one JSON document the browser loads from /api/graph.json.
import { createHash } from 'node:crypto';
import { MODALITIES, defaultOntology } from '@geokg/core';
import type { GeoGraph, Ontology } from '@geokg/core';
import { PAYLOAD_FORMAT } from '../shared/payload.ts';
import type { SerializedGeoGraph, ViewerOntology, ViewerPayload } from '../shared/payload.ts';
import { ViewerError } from './errors.ts';

export type ViewerInput = GeoGraph | SerializedGeoGraph | ViewerPayload;

export interface PayloadOptions {
  /** Stable id of the graph's source; defaults to a hash of its node ids. */
  id?: string;
  title?: string;
  /** Ontology for serialized input; a GeoGraph brings its own. */
  ontology?: Ontology;
}

const isPayload = (x: object): x is ViewerPayload => (x as ViewerPayload).format === PAYLOAD_FORMAT;
const isGeoGraph = (x: object): x is GeoGraph =>
  'ontology' in x && 'graph' in x && typeof (x as GeoGraph).graph?.export === 'function';
const isSerialized = (x: object): x is SerializedGeoGraph =>
  Array.isArray((x as SerializedGeoGraph).nodes) && Array.isArray((x as SerializedGeoGraph).edges ?? []);

export function viewerOntology(ontology: Ontology): ViewerOntology {
  return {
    kinds: [...ontology.nodeKinds.values()].map((k) => ({
      name: k.name,
      lineage: k.lineage,
      ...(k.description ? { description: k.description } : {}),
    })),
    predicates: [...ontology.edgeKinds.values()].map((e) => ({
      name: e.name,
      category: e.category,
      ...(e.plover ? { plover: e.plover } : {}),
      ...(e.description ? { description: e.description } : {}),
    })),
    modalities: [...MODALITIES],
  };
}

function defaultId(graph: { nodes: { key: string }[] }): string {
  const keys = graph.nodes.map((n) => n.key).sort();
  return `graph:${createHash('sha256').update(keys.join('\n')).digest('hex').slice(0, 16)}`;
}

export function toViewerPayload(input: ViewerInput, opts: PayloadOptions = {}): ViewerPayload {
  if (input === null || typeof input !== 'object') {
    throw new ViewerError(
      'geokg viewer: no graph given; pass a GeoGraph, its graph.export() JSON or a viewer payload',
    );
  }
  if (isPayload(input))
    return { ...input, ...(opts.id ? { id: opts.id } : {}), ...(opts.title ? { title: opts.title } : {}) };
  let graph: SerializedGeoGraph;
  let ontology: Ontology;
  if (isGeoGraph(input)) {
    graph = input.graph.export();
    ontology = input.ontology;
  } else if (isSerialized(input)) {
    graph = { ...input, edges: input.edges ?? [] };
    ontology = opts.ontology ?? defaultOntology();
  } else {
    throw new ViewerError(
      'geokg viewer: the graph is neither a GeoGraph nor a graphology serialization ({nodes, edges}); pass GeoGraph or graph.export()',
    );
  }
  return {
    format: PAYLOAD_FORMAT,
    id: opts.id ?? defaultId(graph),
    title: opts.title ?? 'geokg',
    graph,
    ontology: viewerOntology(ontology),
  };
}
