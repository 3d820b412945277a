// The ontology's shape once loaded: node kinds with inherited properties, edge kinds with endpoints.

export const PROPERTY_TYPES = [
  'string',
  'string[]',
  'number',
  'integer',
  'boolean',
  'date',
  'iso3',
  'url',
] as const;
export type PropertyType = (typeof PROPERTY_TYPES)[number];

export const PLOVER_CATEGORIES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type Plover = (typeof PLOVER_CATEGORIES)[number];

export interface PropertySpec {
  name: string;
  type: PropertyType;
  description?: string;
  pattern?: RegExp;
  /** The kind that declared it (properties are inherited). */
  declaredBy: string;
}

export interface NodeKind {
  name: string;
  description: string;
  abstract: boolean;
  /** Direct parent, undefined only for the root kind. */
  extends?: string;
  /** This kind first, then its parents up to the root. */
  lineage: string[];
  idPrefix: string;
  properties: Map<string, PropertySpec>;
  required: string[];
  file: string;
}

export type EdgeCategory = 'structural' | 'interaction';

export interface EdgeKind {
  name: string;
  description: string;
  category: EdgeCategory;
  source: string[];
  target: string[];
  directed: boolean;
  /** CAMEO code prefixes, most specific wins when mapping an event code. */
  cameo: string[];
  plover?: Plover;
  file: string;
}
