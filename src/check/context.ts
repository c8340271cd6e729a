/**
 * The shared, read-only view the rules check: the layers plus indexes built once per document
 * (section of an offset, quote covering an offset, sentence and block of an offset), so each rule
 * stays a short walk over one layer.
 */
import type { Block, Figure, FigureSource, Layers, Offsets, Quote, SectionKind, Sentence, Source, Token } from '../types.js';
import type { CheckLexicon } from './lexicon.js';

/** The layers the findings stage reads. */
export type CheckLayers = Pick<Layers, 'structure' | 'tokens' | 'entities' | 'quotes' | 'hedges' | 'figures' | 'loaded' | 'events'>;

/** What every rule gets. */
export interface CheckContext {
  text: string;
  /** `text` with wrapped lines joined (same offsets): match phrases across line breaks here. */
  analysisText: string;
  source: Source;
  layers: CheckLayers;
  lexicon: CheckLexicon;
  /** Section kind at an offset (null outside every section). */
  sectionAt(offset: number): SectionKind | null;
  /** Title, summary and headings: what a reader sees before the body. */
  isHeadline(offset: number): boolean;
  /** The innermost quote whose span covers [start, end), or null. */
  quoteAt(start: number, end?: number): Quote | null;
  quoteById(id: string | null): Quote | null;
  sentenceAt(offset: number): Sentence | null;
  blockAt(offset: number): Block | null;
  /** Whether any body text exists (rules comparing headline to body need one). */
  bodyChars: number;
  /** Figures of the title, summary and headings, in layer order (on first call): most documents have none. */
  headlineFigures(): Figure[];
  /** Quotes whose section is the title, summary or a heading, in layer order (on first call). */
  headlineQuotes(): Quote[];
  /** Token indexes the token-walking rules start from, found in one shared walk (on first call). */
  tokenMarks(): TokenMarks;
  /** Tokens of five characters or more ending in "ed" (participles), for contradiction (on first call). */
  edWords(): number[];
}

/** Token indexes that rules would otherwise each find by walking every token. */
export interface TokenMarks {
  /** Tokens that may start a vague attribution phrase (`CheckLexicon.startWords`), for vague-attribution. */
  phraseStarts: number[];
  /** Tokens reading "well" or "well-…", for contradiction (whose "well-prepared" needs one). */
  wells: number[];
}

/**
 * One walk over the tokens for every `TokenMarks` list: each token and its string are read once,
 * with no function call per token (the walk runs mostly unoptimised in a cold run).
 */
function markTokens(tokens: readonly Token[], lex: CheckLexicon): TokenMarks {
  const phraseStarts: number[] = [];
  const wells: number[] = [];
  const starts = lex.startWords;
  const { pairs, minLen, maxLen } = lex.startShape;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].norm;
    const n = w.length;
    if (n < 4 && n < minLen) continue;
    const a = w.charCodeAt(0);
    // (the shape test of `mayHaveWord` first: it rules out most words without hashing a string)
    if (n >= minLen && n <= maxLen) {
      const b = w.charCodeAt(n - 1);
      if ((a >= 128 || b >= 128 || pairs[a * 128 + b] === 1) && starts.has(w)) phraseStarts.push(i);
    }
    // "well" or "well-…"
    if (a === 119 && n >= 4 && w.charCodeAt(1) === 101 && w.charCodeAt(2) === 108 && w.charCodeAt(3) === 108 && (n === 4 || w.charCodeAt(4) === 45)) wells.push(i);
  }
  return { phraseStarts, wells };
}

/** The tokens of five characters or more ending in "ed". */
function markEdWords(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].norm;
    const n = w.length;
    if (n >= 5 && w.charCodeAt(n - 1) === 100 && w.charCodeAt(n - 2) === 101) out.push(i);
  }
  return out;
}

/** The items whose section is the title, the summary or a heading, in order. */
function inHeadline<T extends { section: SectionKind }>(list: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < list.length; i++) {
    const k = list[i].section;
    if (k === 'title' || k === 'summary' || k === 'heading') out.push(list[i]);
  }
  return out;
}

/** Index of the last item with `start <= offset` in a list sorted by start, or -1. */
function lastAtOrBefore(list: readonly Offsets[], offset: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** The list itself when already sorted by start (the usual case), else a sorted copy. */
function sortedByStart<T extends Offsets>(list: readonly T[]): readonly T[] {
  for (let i = 1; i < list.length; i++) if (list[i].start < list[i - 1].start) return [...list].sort((a, b) => a.start - b.start);
  return list;
}

/** Builds the context for one document. */
export function buildContext(source: Source, layers: CheckLayers, lexicon: CheckLexicon): CheckContext {
  const sections = sortedByStart(layers.structure.sections);
  const blocks = sortedByStart(layers.structure.blocks);
  const sentences = layers.tokens.sentences;
  const quotes = sortedByStart(layers.quotes);
  // (by id only on demand: few documents have a figure pointing at a quote)
  let byId: Map<string, Quote> | null = null;
  let maxLen = 0;
  for (let i = 0; i < quotes.length; i++) maxLen = Math.max(maxLen, quotes[i].end - quotes[i].start);
  const within = <T extends Offsets>(list: readonly T[], offset: number): T | null => {
    const i = lastAtOrBefore(list, offset);
    return i >= 0 && offset < list[i].end ? list[i] : null;
  };
  let bodyChars = 0;
  for (const s of sections) if (s.kind === 'body') bodyChars += s.end - s.start;
  let marks: TokenMarks | null = null;
  let headlineFigures: Figure[] | null = null;
  let headlineQuotes: Quote[] | null = null;
  let edWords: number[] | null = null;
  return {
    text: source.text,
    analysisText: layers.structure.analysisText || source.text,
    source,
    layers,
    lexicon,
    sectionAt: (o) => within(sections, o)?.kind ?? null,
    isHeadline(o) {
      const k = within(sections, o)?.kind;
      return k === 'title' || k === 'summary' || k === 'heading';
    },
    quoteAt(start, end = start + 1) {
      let best: Quote | null = null;
      // quotes sorted by start; any quote covering `start` begins at most `maxLen` before it
      for (let i = lastAtOrBefore(quotes, start); i >= 0 && quotes[i].start >= start - maxLen; i--) {
        const q = quotes[i];
        if (q.start <= start && q.end >= end && (!best || q.end - q.start < best.end - best.start)) best = q;
      }
      return best;
    },
    quoteById(id) {
      if (!id) return null;
      if (!byId) {
        byId = new Map();
        for (const q of quotes) byId.set(q.id, q);
      }
      return byId.get(id) ?? null;
    },
    sentenceAt: (o) => within(sentences, o),
    blockAt: (o) => within(blocks, o),
    bodyChars,
    headlineFigures: () => (headlineFigures ??= inHeadline(layers.figures)),
    headlineQuotes: () => (headlineQuotes ??= inHeadline(layers.quotes)),
    tokenMarks: () => (marks ??= markTokens(layers.tokens.tokens, lexicon)),
    edWords: () => (edWords ??= markEdWords(layers.tokens.tokens)),
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by the figure rules

const norm = (s: string) => s.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();

/** Whether two figure sources name the same person or body (same entity, or one name inside the other). */
export function sameSource(a: FigureSource, b: FigureSource): boolean {
  if (a.entity && b.entity) return a.entity === b.entity;
  const x = norm(a.name);
  const y = norm(b.name);
  if (!x || !y) return false;
  if (x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `)) return true;
  // "Vladimir Putin" vs "President Putin": the same surname
  const lx = x.split(' ').pop()!;
  const ly = y.split(' ').pop()!;
  return lx.length > 3 && lx === ly && !a.vague && !b.vague;
}

/** Whether a body figure states the same number as a headline figure (its value or a bound). */
export function sameNumber(h: Figure, b: Figure): boolean {
  if (h.value === b.value || (b.max !== null && h.value === b.max) || (b.min !== null && h.value === b.min)) return true;
  return h.max !== null && h.max === b.value;
}

/** Whether two figures are money/percent/count alike (no comparing dollars with people). */
export function sameKind(a: Figure, b: Figure): boolean {
  const pa = /%|percent|per cent/i.test(`${a.unit ?? ''} ${a.text}`);
  const pb = /%|percent|per cent/i.test(`${b.unit ?? ''} ${b.text}`);
  return a.currency === b.currency && pa === pb;
}

/** How a reader would name a figure in a message: "12,000 troops". */
export function figureLabel(f: Figure): string {
  const t = f.text.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

/** One-line, clipped passage for messages. */
export function clip(s: string, n = 70): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether the character at i is a letter or digit (false outside the text: reading past a string's
 * ends gives undefined too, but throws away the optimised code of the function doing it).
 */
function isLetterAt(t: string, i: number): boolean {
  return i >= 0 && i < t.length && LETTER_OR_DIGIT.test(t[i]);
}

/**
 * Whether [start, end) sits between quotation marks of its block (“…”, "…", ‘…’), for the words
 * the quotes layer did not claim (headline scare quotes, a quote whose speaker is elsewhere).
 * A ‘ counts as opening only after a non-letter, a ’ as closing only before one (else it is an
 * apostrophe).
 */
export function inQuoteMarks(ctx: CheckContext, start: number, end: number): boolean {
  const b = ctx.blockAt(start);
  if (!b) return false;
  const t = ctx.analysisText;
  // (character codes, 0 for none: “ 0x201c, ” 0x201d, " 34, ‘ 0x2018, ’ 0x2019)
  let open = 0;
  for (let i = b.start; i < start; i++) {
    const c = t.charCodeAt(i);
    if (open === 0) {
      if (c === 0x201c || c === 34 || (c === 0x2018 && !isLetterAt(t, i - 1))) open = c;
    } else if ((open === 0x201c && c === 0x201d) || (open === 34 && c === 34) || (open === 0x2018 && c === 0x2019 && !isLetterAt(t, i + 1))) open = 0;
  }
  if (open === 0) return false;
  const close = open === 0x201c ? 0x201d : open === 34 ? 34 : 0x2019;
  for (let i = end; i < b.end; i++) if (t.charCodeAt(i) === close && (close !== 0x2019 || !isLetterAt(t, i + 1))) return true;
  return false;
}

/** Human name of a section kind for messages. */
export function sectionName(kind: SectionKind | null): string {
  return kind === 'title' ? 'headline' : kind === 'summary' ? 'summary' : kind === 'heading' ? 'heading' : 'text';
}
