// The compiled forms of the pattern dictionaries under seeds/patterns/: verb patterns, noun lexicon,
// name suffixes and modality cues. The YAML formats are described in docs/extraction.md.

/** One pattern element after the verb (or before it): a word with alternatives, or an actor slot. */
export type Elem =
  { type: 'lit'; alts: string[][]; gap: number } | { type: 'slot'; role: 'source' | 'target'; gap: number };

export interface VerbPattern {
  /** Lemma of the trigger verb. */
  verb: string;
  /** Words that must occur just before the verb (lemmas or lower-case forms, alternatives). */
  pre: string[][];
  post: Elem[];
  predicate: string;
  cameo?: string;
  plover?: string;
  /** The claim goes from the object to the subject ("X receives assurances from Y": Y → X). */
  reverse: boolean;
  /** Both directions ("X and Y met", "X clashed with Y"). */
  symmetric: boolean;
  /** The direct object names what the act is about, never its recipient ("discussed Iran with China":
   * the recipient is China; PLOVER_MANUAL section CONSULT codes the participants, not the topic). */
  topic?: boolean;
  /** Kinds (or ancestor kinds) the subject / object must have for the pattern to apply. */
  subjectKinds?: string[];
  objectKinds?: string[];
  /** More literal words: tried first. */
  weight: number;
  /** "file:line block" of the pattern: `geokg extract --explain` and each claim's `rule` name it. */
  origin: string;
  /** The pattern line as written in the file. */
  text: string;
  /** Curated patterns win over generated ones of equal weight. */
  rank: number;
  /** Per literal element, the first words of its alternatives: a quick test that the sentence can match. */
  needs: string[][];
}

export type NounRole =
  /** Stands for its state: "the Kazakhstani government", "US officials", "Syrian forces". */
  | 'state'
  /** An unnamed group of people: "separatist groups", "Georgian demonstrators". */
  | 'group'
  /** Speaks but does not act in the graph: "analysts", "experts", "sources". */
  | 'speaker'
  /** An unnamed thing of a given kind: "a key pumping station", "the attack". */
  | 'thing';

export interface NounEntry {
  role: NounRole;
  /** Node kind for groups and things (Group, ArmedGroup, PumpingStation, Attack …). */
  kind?: string;
  /** Head words that only make a mention with a modifier ("actors with ties to X", "separatist groups"). */
  needsModifier?: boolean;
}

export interface NameSuffix {
  kind: string;
  /** A state-owned body: needs a country from a demonym or "of X", else falls back to `otherwise`. */
  governmental?: boolean;
}

export interface ModalityRules {
  hedgeWords: Set<string>;
  hedgePhrases: string[][];
  sentenceHedges: Set<string>;
  negations: Set<string>;
  negationPhrases: string[][];
  modalsHypothetical: Set<string>;
  modalsEpistemic: Set<string>;
  /** will, shall, 'll: a future act, not yet asserted. */
  modalsFuture: Set<string>;
  reportVerbs: Set<string>;
  hedgeVerbs: Set<string>;
  denyVerbs: Set<string>;
  /** Verbs whose infinitive complement has not happened: "urged X to", "plans to", "wants to". */
  hypotheticalGovernors: Set<string>;
  /** Of those, the ones that turn violence into a threat: "threatened to attack", "wants to attack". */
  intentGovernors: Set<string>;
  /** fail, refuse, decline: the complement did not happen. */
  refusalGovernors: Set<string>;
  /** Verbs whose following infinitive is a purpose, never their complement: "met X to discuss". */
  purposeVerbs: Set<string>;
  /** CAMEO roots of violence (18, 19, 20): under an intent governor they become a threat. */
  violentRoots: Set<string>;
  /** Nouns a frame verb governs before "that": "dismissed reports that …" frames like "denied that …". */
  frameNouns: Set<string>;
  /** Words of fault: a denied clause naming one answers an accusation, not a report (relations/denial.ts). */
  faultWords: Set<string>;
  /** Role labels (id slugs: military, police, intelligence-services) of the organs whose report of force
   * accuses no one. */
  reportingRoles: Set<string>;
  confidence: Record<'asserted' | 'alleged' | 'denied' | 'hypothetical' | 'negated', number>;
  /** Each further hedge multiplies confidence by this. */
  hedgeFactor: number;
  /** Someone other than the subject says so. */
  reportedFactor: number;
  /** A negated cooperative act is a refusal: CAMEO root → refusal code. */
  refusals: Record<string, string>;
  /** CAMEO code for a violent act under an intent governor (threaten with force). */
  threatCode: string;
  /** CAMEO code of an accusation implied by attributing or reporting force. */
  accuseCode: string;
  /** CAMEO code of "Israeli shelling in Gaza": an attack named by its attacker's demonym. */
  attackCode: string;
}

export interface Lexicon {
  patterns: Map<string, VerbPattern[]>;
  /** Nominal relations: "attack on X" (targets), "X near Y" (located-near). */
  prepRelations: PrepRelation[];
  nouns: Map<string, NounEntry>;
  /** Multi-word nouns ("pumping station"): first word → longest length in words. */
  nounFirst: Map<string, number>;
  titles: Map<string, number>;
  titleSet: Set<string>;
  suffixes: Map<string, NameSuffix>;
  quantifiers: Set<string>;
  /** "ties to", "backed by", "linked to": a group's sponsor state. */
  sponsorPhrases: string[][];
  modality: ModalityRules;
  /** Report, hedge and deny verbs together: what frames a clause. */
  frameVerbs: Set<string>;
  /** Every event noun entry, and the nominal ones by their first word. */
  events: EventNoun[];
  eventNouns: Map<string, EventNoun[]>;
  /** Governing verbs (and adjectives) whose complement act is recoded: agree → intent, urge → appeal … */
  governors: Map<string, ComplementClass>;
  /** The future tense's recoding ("will meet" → AGREE 036). */
  future?: ComplementClass;
  /** Verbs that name an act or actor with a judgement ("called the bombing a cowardly act"). */
  verdicts?: VerdictRules;
}

/** A judgement a naming verb's predicate states, and its code (verdicts.yaml). */
export interface VerdictClass {
  name: string;
  code: string;
  origin: string;
}

export interface VerdictRules {
  /** Lemmas of the naming verbs (call, term, describe …). */
  verbs: Set<string>;
  /** First word → the class's words (several for "act of war") and the class. */
  words: Map<string, { words: string[]; cls: VerdictClass }[]>;
}

/** An event noun ("talks", "truce", "shooting-down") and what it makes as an act (events.yaml). */
export interface EventNoun {
  name: string;
  code: string;
  predicate: string;
  /** The Event kind of the act when it has no actor target. */
  kind: string;
  /** Each noun as its tokens ("cease-fire" → cease, -, fire). */
  nouns: string[][];
  lightVerbs: string[];
  /** Prepositions that introduce its target ("of", "on", "with", "between"). */
  targets: Set<string>;
  symmetric: boolean;
  /** The noun alone is the event: "talks between X and Y", "the shooting-down of Y by X". */
  nominal: boolean;
  /** Kinds its actor must have ("a protest by X": a group, not a state's diplomatic protest). */
  subject?: string[];
  origin: string;
}

/** A class of governors and how it recodes its complement's CAMEO code (complements.yaml). */
export interface ComplementClass {
  name: string;
  /** [root prefix, code], longest prefix first. */
  roots: [string, string][];
  /** The code when the complement codes nothing of its own. */
  otherwise?: string;
  /** The class that reads a negated governor ("not ready to end the war" is a refusal, REJECT). */
  negated?: ComplementClass;
  /** A "that" clause as complement: `subjunctive` ("urged that X withdraw", "demanded that X should …"),
   * `modal` ("said (that) X must withdraw": only with one of `modals`), `self` ("warned (that) it would
   * retaliate": the governor's own subject, with one of `modals`; the complement's target is the target),
   * `fact` ("alleged (that) X had armed the rebels": any finite verb, another actor as its subject). */
  thatClause?: 'subjunctive' | 'modal' | 'self' | 'fact' | 'promise';
  /** Governs only after a form of "be" ("is expected to meet", "are due to sign"). */
  afterBe?: boolean;
  /** A threat it codes needs the subject's own words: another speaker's report of a plan is no threat. */
  ownWordsForThreat?: boolean;
  /** Governs only its own subject's act: "wants to meet X", not "wants X to leave" (another reading). */
  subjectControl?: boolean;
  modals: Set<string>;
  origin: string;
}

export interface PrepRelation {
  preps: Set<string>;
  predicate: string;
  subjectKinds: string[];
  objectKinds: string[];
  origin: string;
}
