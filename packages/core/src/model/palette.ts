// The colour-blind-safe base colours shared by the viewer and `geokg export` (gexf/graphml), so a
// store looks the same in the browser and in Gephi: node kinds by family (Okabe-Ito), interaction
// predicates by PLOVER category (Paul Tol's bright and muted sets: cooperation in blues and teals,
// conflict in oranges, reds-to-purples and black, never red against green alone).

/** Families in the order they are tried: the first ancestor found in a kind's lineage wins. */
export const KIND_FAMILIES: readonly { ancestor: string; color: string }[] = [
  { ancestor: 'State', color: '#0072B2' },
  { ancestor: 'Person', color: '#CC79A7' },
  { ancestor: 'ArmedGroup', color: '#D55E00' },
  { ancestor: 'Organization', color: '#009E73' },
  { ancestor: 'Group', color: '#882255' },
  { ancestor: 'Facility', color: '#E69F00' },
  { ancestor: 'Place', color: '#56B4E9' },
  { ancestor: 'Event', color: '#B8A200' },
  { ancestor: 'Document', color: '#9A9A9A' },
];

export const PLOVER_COLORS: Readonly<Record<string, string>> = {
  AGREE: '#0077BB',
  CONSULT: '#33BBEE',
  SUPPORT: '#009988',
  CONCEDE: '#44AA99',
  COOPERATE: '#117733',
  AID: '#88CCEE',
  RETREAT: '#999933',
  REQUEST: '#DDAA33',
  ACCUSE: '#EE7733',
  REJECT: '#AA4499',
  THREATEN: '#CC3311',
  PROTEST: '#EE3377',
  SANCTION: '#882255',
  MOBILIZE: '#994455',
  COERCE: '#BB5566',
  ASSAULT: '#222222',
};
