// The JSON the viewer server sends to the browser: the GeoGraph as graphology serializes it, plus the
// slice of the ontology the app needs to name, order and colour what it draws. Types only: safe in both.
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '@geokg/core';

export const PAYLOAD_FORMAT = 'geokg-viewer/1';

export interface KindInfo {
  name: string;
  /** The kind and its ancestors, most specific first (`Consortium`, `Organization`, `Actor`, `Thing`). */
  lineage: string[];
  description?: string;
}

export interface PredicateInfo {
  name: string;
  category: 'structural' | 'interaction';
  plover?: string;
  description?: string;
}

export interface ViewerOntology {
  kinds: KindInfo[];
  predicates: PredicateInfo[];
  /** Claim modalities in their canonical order (asserted first). */
  modalities: string[];
}

export type SerializedGeoGraph = SerializedGraph<NodeAttributes, EdgeAttributes>;

export interface ViewerPayload {
  format: typeof PAYLOAD_FORMAT;
  /** Stable id of the graph's source (a store): saved layouts are keyed by it. */
  id: string;
  title: string;
  graph: SerializedGeoGraph;
  ontology: ViewerOntology;
}
