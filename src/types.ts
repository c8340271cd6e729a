/**
 * The shapes that travel through claimtrace: the document, the layers each stage adds, and the
 * analysis JSON (contract: ../shared/spec/analysis-v1.md, schema `claimtrace.analysis/1`).
 *
 * All offsets are half-open UTF-16 code-unit offsets into `document.text`; every object with
 * `text` satisfies `document.text.slice(start, end) === text`.
 */

/** A half-open range of UTF-16 offsets into the document text. */
export interface Offsets {
  start: number;
  end: number;
}

/** A range together with the text it covers. */
export interface Span extends Offsets {
  text: string;
}

/** Section kinds that the structure stage assigns. */
export type SectionKind = 'title' | 'summary' | 'heading' | 'body' | 'sources';

/** One section (title, a summary bullet, a heading, a body paragraph, the source list). */
export interface Section extends Offsets {
  kind: SectionKind;
}

/** A source named in the trailing source list ("Sources for this article include: ..."). */
export interface ListedSource extends Span {
  name: string;
}

/** A hyperlink kept from HTML input. */
export interface Link extends Span {
  href: string;
}

/** Where a document came from. */
export interface Origin {
  path: string | null;
  url: string | null;
  id: string | null;
}

/** A problem in the content (never a crash): an unclosed quote, bad bytes, an empty file. */
export interface Diagnostic {
  code: string;
  message: string;
  stage: string;
  start: number | null;
  end: number | null;
}

/** A document as ingest hands it to the pipeline: decoded text plus metadata. */
export interface Source {
  text: string;
  origin: Origin;
  title: string | null;
  published: string | null;
  outlet: string | null;
  /** Author(s) where the input names them (HTML byline, Markdown front matter `author`). */
  byline?: string | null;
  /** Markdown and HTML inputs know their structure better than plain-text heuristics do. */
  format: 'text' | 'markdown' | 'html';
  links: Link[];
  /** Spans that ingest already knows the kind of (HTML title, Markdown headings, list items). */
  hints: Section[];
  /** Ranges that are not article text (Markdown front matter): no block is made from them. */
  skip: Offsets[];
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------------------------------------
// Layers produced by stages

/**
 * A block: one title line, bullet, heading, paragraph or source-list line. Sentences never cross
 * a block boundary.
 */
export interface Block extends Offsets {
  kind: SectionKind;
  bullet: boolean;
}

/** Layer `structure`: blocks, sections and the trailing source list. */
export interface Structure {
  blocks: Block[];
  sections: Section[];
  listedSources: ListedSource[];
  /**
   * `text` with hard line breaks inside a paragraph (and bullet/heading markup) turned into
   * spaces of the same length, so that analysis joins wrapped lines without moving offsets.
   */
  analysisText: string;
}

/** One token from wink-nlp, with its offsets in the document. */
export interface Token extends Span {
  /** Lower-cased text. */
  norm: string;
  lemma: string;
  /** Universal POS tag from wink-eng-lite-web-model (PROPN, NOUN, VERB, NUM, PUNCT ...). */
  pos: string;
  /** wink token type: word, number, punctuation, symbol, email, url, hashtag, emoji, ... */
  kind: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

/** One sentence; tokens are `tokens.slice(firstToken, endToken)`. */
export interface Sentence extends Offsets {
  index: number;
  section: SectionKind;
  block: number;
  firstToken: number;
  endToken: number;
}

/** Layer `tokens`: sentences and tokens over the whole document. */
export interface TokenLayer {
  sentences: Sentence[];
  tokens: Token[];
}

/** Entity types in the analysis. */
export type EntityType = 'person' | 'organization' | 'country' | 'place' | 'group' | 'other';

/** A mention of an entity, with the rule that found it. */
export interface Mention extends Span {
  rule: string;
}

/** A resolved entity with all its mentions. */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  country: string | null;
  code: string | null;
  mentions: Mention[];
  /** Sector (government, military, media, ...) where known; used for event actor codes. */
  sector?: string | null;
  /** Grammatical gender of a person where known from titles or curated data, for pronouns. */
  gender?: 'male' | 'female' | null;
}

/** Who said something, as the text names them. */
export interface Speaker extends Span {
  name: string;
  entity: string | null;
  named: boolean;
  country: string | null;
}

/** Who relayed someone's words. */
export interface Via extends Span {
  name: string;
  entity: string | null;
}

/** A direct, partial, reported (indirect) statement or an attributed belief. */
export interface Quote extends Span {
  id: string;
  parts: Offsets[];
  kind: 'direct' | 'partial' | 'indirect' | 'belief';
  speaker: Speaker | null;
  via: Via | null;
  cue: Span | null;
  section: SectionKind;
  rule: string;
}

/** A hedge, weasel or attribution cue with the span it scopes over. */
export interface Hedge extends Span {
  id: string;
  kind: 'epistemic' | 'weasel' | 'attribution';
  scope: Offsets;
  rule?: string;
}

/** Who a figure comes from. */
export interface FigureSource {
  name: string;
  entity: string | null;
  vague: boolean;
  quote: string | null;
}

/** A reported number with what it counts, its bounds, source and hedges. */
export interface Figure extends Span {
  id: string;
  value: number;
  min: number | null;
  max: number | null;
  qualifier: 'exact' | 'approximate' | 'upper-bound' | 'lower-bound' | 'range' | 'vague';
  unit: string | null;
  unitText: string | null;
  currency: string | null;
  percentOf: string | null;
  partOf: string | null;
  about: string | null;
  source: FigureSource | null;
  hedges: Span[];
  section: SectionKind;
  rule: string;
}

/** An emotive or judgemental term, with whose voice it is in. */
export interface Loaded extends Span {
  id: string;
  category: string;
  voice: 'narrator' | 'reported' | 'quoted';
  quote: string | null;
  rule?: string;
}

/** An event participant. */
export interface EventActor {
  name: string;
  entity: string | null;
  country: string | null;
  code: string | null;
  sector: string | null;
  members: EventActor[];
}

/** Who did what to whom, where and when, in PLOVER types with a CAMEO root. */
export interface Event extends Span {
  id: string;
  type: string;
  cameo: string;
  actor: EventActor | null;
  target: EventActor | null;
  symmetric: boolean;
  location: { name: string; country: string | null } | null;
  date: string | null;
  hedged: boolean;
  negated: boolean;
  reportedBy: { name: string; entity: string | null; quote: string | null } | null;
  rule: string;
}

/** Finding severities, in rising order. */
export type Severity = 'info' | 'warning' | 'error';

/** A linter-style finding about the article, pointing at its words. */
export interface Finding extends Span {
  id: string;
  rule: string;
  severity: Severity;
  message: string;
  related: Span[];
}

/** Everything the stages produce, by layer name. */
export interface Layers {
  structure: Structure;
  tokens: TokenLayer;
  entities: Entity[];
  quotes: Quote[];
  hedges: Hedge[];
  figures: Figure[];
  loaded: Loaded[];
  events: Event[];
  findings: Finding[];
}

/** Name of a layer. */
export type LayerName = keyof Layers;

/**
 * User lexicon additions (`--lexicon FILE`, YAML or JSON): each extractor reads its own keys
 * (`actors`, `reportingVerbs`, `hedges`, `loaded`, `eventPatterns`, ...) and validates them.
 */
export type UserLexicon = Record<string, unknown>;

/** Options of one analysis run. */
export interface AnalyzeOptions {
  /** User lexicon additions, already parsed. */
  lexicon?: UserLexicon;
  /** Finding rules to run (`rule-id` → enabled); all by default. */
  rules?: Record<string, boolean>;
  /** The date relative dates are resolved against when the document has none (ISO). */
  referenceDate?: string;
}

/** The analysis JSON, schema `claimtrace.analysis/1`. */
export interface Analysis {
  schema: 'claimtrace.analysis/1';
  document: {
    id: string;
    origin: Origin;
    title: string | null;
    published: string | null;
    outlet: string | null;
    /** Author(s) where the input names them; an addition to the v1 contract. */
    byline: string | null;
    text: string;
    sections: Section[];
    listedSources: ListedSource[];
    links: Link[];
  };
  entities: Entity[];
  quotes: Quote[];
  figures: Figure[];
  hedges: Hedge[];
  loaded: Loaded[];
  events: Event[];
  findings: Finding[];
  diagnostics: Diagnostic[];
}
