// The JSON the viewer server sends to the browser: the GeoGraph as graphology serializes it, plus the
// slice of the ontology the app needs to name, order and colour what it draws. Types only: safe in both.
// The server sends each claim as its summary (what the filters read); an edge's full claims, with their
// sentences, come from /api/claims.json?edge=KEY when the edge is opened.
import type { SerializedGraph } from 'graphology-types';
import type { Claim, EdgeAttributes, NodeAttributes } from '@geokg/core';

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

/**
 * What the filters and the contradictions tab read of a claim; a full Claim is one too. `source` tells
 * a GDELT row (pooled into an event node with other rows: not one event) from a sentence or a fact;
 * `about` names the event a claim concerns, when it says.
 */
export type ClaimSummary = Pick<Claim, 'modality' | 'confidence' | 'time'> &
  Partial<Pick<Claim, 'source'>> & { about?: { id: string } };

/**
 * An edge as the browser gets it: the aggregate with claim summaries, less the per-modality weights
 * the aggregate was computed from (the app shows the result, not the sums).
 */
export type ViewerEdgeAttributes = Omit<EdgeAttributes, 'claims' | 'weights' | 'maxConfidence'> &
  Partial<Pick<EdgeAttributes, 'weights' | 'maxConfidence'>> & { claims: ClaimSummary[] };

export type SerializedViewerGraph = SerializedGraph<NodeAttributes, ViewerEdgeAttributes>;

export interface ViewerPayload {
  format: typeof PAYLOAD_FORMAT;
  /** Stable id of the graph's source (a store): saved layouts are keyed by it. */
  id: string;
  title: string;
  /** The part of the store this is, as its subset query (shared/subset.ts); absent for the default. */
  part?: string;
  /** Full claims from toViewerPayload; claim summaries as the server sends it (see slimPayload). */
  graph: SerializedViewerGraph;
  ontology: ViewerOntology;
}
