// The modality: section (modality.yaml): cue words, confidences and the codes of the derived readings
// (threats, refusals, implied accusations). Every key is required, so no number hides in the code.
import type { Ontology } from '@geokg/core';
import type { PatternFile, Path } from './source.ts';
import type { ModalityRules } from './types.ts';

const LISTS = [
  'hedges',
  'sentenceHedges',
  'negations',
  'hypotheticalModals',
  'epistemicModals',
  'futureModals',
  'reportVerbs',
  'hedgeVerbs',
  'denyVerbs',
  'hypotheticalGovernors',
  'intentGovernors',
  'refusalGovernors',
  'purposeVerbs',
  'violentRoots',
  'frameNouns',
  'reportingRoles',
  'faultWords',
] as const;
const SCALARS = [
  'threatCode',
  'accuseCode',
  'attackCode',
  'confidence',
  'hedgeFactor',
  'reportedFactor',
  'refusals',
];
const LEVELS = ['asserted', 'alleged', 'denied', 'hypothetical', 'negated'] as const;

export function readModality(f: PatternFile, ontology: Ontology): ModalityRules {
  const raw = f.keys(['modality'], f.data.modality, [...LISTS, ...SCALARS], 'modality');
  for (const k of [...LISTS, ...SCALARS])
    if (raw[k] === undefined)
      f.fail(['modality'], `modality: needs "${k}" (every cue and number lives here)`);
  const words = (k: (typeof LISTS)[number]): string[] =>
    f.strings(['modality', k], raw[k], k).map((w) => w.toLowerCase());
  const split = (k: 'hedges' | 'negations'): [Set<string>, string[][]] => {
    const one = new Set<string>();
    const many: string[][] = [];
    for (const w of words(k))
      if (w.includes(' ')) many.push(w.split(' '));
      else one.add(w);
    return [one, many];
  };
  const code = (k: string, path: Path = ['modality', k], v: unknown = raw[k]): string => {
    const c = f.code(path, v, k);
    if (!ontology.edgeForCameo(c)) f.fail(path, `CAMEO code ${c} maps to no edge of the ontology`);
    return c;
  };
  const conf = f.keys(['modality', 'confidence'], raw.confidence, LEVELS, 'confidence');
  const confidence = {} as ModalityRules['confidence'];
  for (const l of LEVELS) confidence[l] = f.number(['modality', 'confidence', l], conf[l], `confidence.${l}`);
  const refusalsRaw = f.keys(
    ['modality', 'refusals'],
    raw.refusals,
    Object.keys(raw.refusals as object),
    'refusals',
  );
  const refusals: Record<string, string> = {};
  for (const [root, c] of Object.entries(refusalsRaw))
    refusals[root] = code(`refusals.${root}`, ['modality', 'refusals', root], c);
  const [hedgeWords, hedgePhrases] = split('hedges');
  const [negations, negationPhrases] = split('negations');
  return {
    hedgeWords,
    hedgePhrases,
    sentenceHedges: new Set(words('sentenceHedges')),
    negations,
    negationPhrases,
    modalsHypothetical: new Set(words('hypotheticalModals')),
    modalsEpistemic: new Set(words('epistemicModals')),
    modalsFuture: new Set(words('futureModals')),
    reportVerbs: new Set(words('reportVerbs')),
    hedgeVerbs: new Set(words('hedgeVerbs')),
    denyVerbs: new Set(words('denyVerbs')),
    hypotheticalGovernors: new Set(words('hypotheticalGovernors')),
    intentGovernors: new Set(words('intentGovernors')),
    refusalGovernors: new Set(words('refusalGovernors')),
    purposeVerbs: new Set(words('purposeVerbs')),
    violentRoots: new Set(words('violentRoots')),
    frameNouns: new Set(words('frameNouns')),
    faultWords: new Set(words('faultWords')),
    reportingRoles: new Set(words('reportingRoles').map((w) => w.replace(/\s+/g, '-'))),
    confidence,
    hedgeFactor: f.number(['modality', 'hedgeFactor'], raw.hedgeFactor, 'hedgeFactor'),
    reportedFactor: f.number(['modality', 'reportedFactor'], raw.reportedFactor, 'reportedFactor'),
    refusals,
    threatCode: code('threatCode'),
    accuseCode: code('accuseCode'),
    attackCode: code('attackCode'),
  };
}
