// The token and sentence shapes every extraction step reads: text, lemma, part of speech, document offsets.

export interface Tok {
  /** Surface text exactly as in the document. */
  text: string;
  lower: string;
  /** Lower-case lemma (wink-nlp's); equals `lower` when the model gives none. */
  lemma: string;
  /** Universal part-of-speech tag (VERB, NOUN, PROPN, ADP …). */
  pos: string;
  /** Offsets into the whole document: text.slice(start, end) === this.text. */
  start: number;
  end: number;
}

export interface Sentence {
  /** Sentence index in the document, from 0. */
  index: number;
  /** Document offsets of the sentence text (first to last non-space token). */
  start: number;
  end: number;
  toks: Tok[];
}
