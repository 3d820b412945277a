// The extractor: dictionaries and patterns loaded once, then any number of documents read into entities and
// claims on the ontology. A document can be read whole (extractText) or in chunks (a DocumentRun), which is
// how large files stream with bounded memory.
import { defaultOntology, defaultRegistry, documentEntity, documentId, hashId } from '@geokg/core';
import type { Claim, Entity, Ontology, Registry } from '@geokg/core';
import { guessEnglish } from './io/language.ts';
import { formatOfPath, mask } from './io/mask.ts';
import { readMeta } from './io/meta.ts';
import type { TextFormat } from './io/mask.ts';
import { boundary } from './io/read.ts';
import { tokenize } from './nlp/tokenize.ts';
import { DocState } from './mentions/doc-state.ts';
import { findMentions } from './mentions/find.ts';
import { Gazetteer } from './mentions/gazetteer.ts';
import { loadRoleWords } from './mentions/roles.ts';
import type { RoleWords } from './mentions/roles.ts';
import { loadLexicon } from './patterns/load.ts';
import type { Lexicon } from './patterns/types.ts';
import { Matcher } from './relations/match.ts';
import { sentenceClaims } from './relations/sentence.ts';

export interface ExtractorOptions {
  registry?: Registry;
  ontology?: Ontology;
  /** Folder of pattern dictionaries (default: the repository's seeds/patterns/). */
  patternsDir?: string;
}

export interface ExtractOptions {
  /** The input path or URL as given: evidence.doc and the document's name. */
  doc: string;
  /** When the document was published or reported (ISO date): claims' time.reported, date-bounded names. */
  reported?: string | undefined;
  /** Markup to blank out before reading; by default from the extension of `doc` (.html, .md, else text). */
  format?: TextFormat | undefined;
}

export interface ExtractResult {
  document: Entity;
  /** Entities the claims refer to (subjects, objects, events, speakers), each once. */
  entities: Entity[];
  claims: Claim[];
}

export interface Extractor {
  readonly ontology: Ontology;
  readonly registry: Registry;
  extractText(text: string, opts: ExtractOptions): ExtractResult;
  /** Starts a document read in chunks; `docHash` is hashId(whole text) (see documentId). */
  startDocument(opts: ExtractOptions, docHash: string): DocumentRun;
}

const CHUNK = 256 * 1024;
const SAMPLE = 20_000;

export function createExtractor(opts: ExtractorOptions = {}): Extractor {
  const ontology = opts.ontology ?? opts.registry?.ontology ?? defaultOntology();
  const registry = opts.registry ?? defaultRegistry();
  const lex = loadLexicon(ontology, opts.patternsDir);
  const gazetteer = new Gazetteer(registry);
  const matcher = new Matcher(lex, ontology);
  const shared: Shared = { ontology, registry, lex, gazetteer, matcher, roles: loadRoleWords() };
  return {
    ontology,
    registry,
    extractText(text, o) {
      const run = new DocumentRun(shared, o, hashId(text));
      // Not English: a clean empty result rather than names guessed from another language.
      if (!guessEnglish(text.slice(0, SAMPLE)).english)
        return { document: run.document, entities: [], claims: [] };
      const format = o.format ?? formatOfPath(o.doc);
      const entities: Entity[] = [];
      const claims: Claim[] = [];
      // Long texts go through in paragraph-sized chunks, so the tagger never holds a whole book.
      for (let base = 0; base < text.length;) {
        const end =
          text.length - base > CHUNK ? base + boundary(text.slice(base, base + CHUNK), CHUNK) : text.length;
        const piece = text.slice(base, end);
        const part = run.feed(mask(piece, format, base === 0), base, piece);
        entities.push(...part.entities);
        claims.push(...part.claims);
        base = end;
      }
      return { document: run.document, entities, claims };
    },
    startDocument(o, docHash) {
      return new DocumentRun(shared, o, docHash);
    },
  };
}

interface Shared {
  ontology: Ontology;
  registry: Registry;
  lex: Lexicon;
  gazetteer: Gazetteer;
  matcher: Matcher;
  roles: RoleWords;
}

export interface Chunk {
  /** Entities first referred to in this chunk. */
  entities: Entity[];
  claims: Claim[];
}

export class DocumentRun {
  /** The Document: named by the article's title, identified by its URL when it gives one (io/meta.ts). */
  document: Entity;
  private readonly state: DocState;
  private readonly emitted = new Set<string>();
  private sentences = 0;
  /** The article's own date, else the one given (time.reported). */
  private reported: string | undefined;

  constructor(
    private readonly x: Shared,
    private readonly opts: ExtractOptions,
    docHash: string,
  ) {
    this.reported = opts.reported;
    this.state = new DocState(x.registry, docHash, opts.reported, x.roles);
    this.document = documentEntity(documentId(docHash), opts.doc);
  }

  /**
   * Reads the next piece of the document, which starts at document offset `base` and ends on a sentence
   * boundary. `original` is the unmasked text when `text` has markup blanked out (evidence quotes it).
   */
  feed(text: string, base: number, original: string = text): Chunk {
    const { lex, gazetteer, matcher, ontology } = this.x;
    if (base === 0 && this.sentences === 0) this.useMeta(original);
    const claims: Claim[] = [];
    const sentences = tokenize(text, base, this.sentences);
    this.sentences += sentences.length;
    for (const s of sentences) {
      const found = findMentions(s, text, base, lex, gazetteer, this.state);
      const topic = sentenceClaims(
        {
          ontology,
          rules: lex.modality,
          doc: this.state,
          docId: this.document.id,
          docPath: this.opts.doc,
          ...(this.reported ? { reported: this.reported } : {}),
          sentence: s,
          text: original.slice(s.start - base, s.end - base),
          out: claims,
        },
        found,
        lex,
        matcher,
      );
      this.state.remember(found.mentions, s.index);
      this.state.noteTopic(s.index, topic);
    }
    return { entities: this.newEntities(claims), claims };
  }

  /** Front matter or HTML head: the title names the document, its date is the claims' time.reported. */
  private useMeta(start: string): void {
    const meta = readMeta(start, this.opts.format ?? formatOfPath(this.opts.doc));
    if (meta.date) {
      this.reported = meta.date;
      this.state.date = meta.date;
    }
    this.document = {
      ...this.document,
      ...(meta.url ? { id: documentId(hashId(meta.url)) } : {}),
      ...(meta.title ? { name: meta.title } : {}),
      props: {
        ...this.document.props,
        ...(meta.title ? { title: meta.title } : {}),
        ...(meta.url ? { url: meta.url } : {}),
        ...(meta.date ? { published: meta.date } : {}),
      },
    };
  }

  private newEntities(claims: Claim[]): Entity[] {
    const out: Entity[] = [];
    for (const c of claims) {
      for (const ref of [c.subject, c.object, c.about, c.claimedBy]) {
        if (!ref || this.emitted.has(ref.id)) continue;
        this.emitted.add(ref.id);
        const e = this.state.byId(ref.id);
        if (!e) continue;
        const extra = this.state.aliases.get(e.id);
        out.push(extra ? { ...e, aliases: [...new Set([...e.aliases, ...extra])] } : e);
      }
    }
    return out;
  }
}
