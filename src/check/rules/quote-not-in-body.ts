/**
 * `quote-not-in-body`: words the headline, summary or a heading puts in quotation marks that the
 * body never has, with the closest body passage as related span so the reader sees what was
 * actually said. Quoted words come from the quotes layer (direct and partial quotes in those
 * sections) and from the quotation marks themselves (a headline's scare-quoted phrase is still
 * presented as someone's words). Matching is on words, ignoring case, punctuation and quote
 * marks; an ellipsis or a bracketed insertion splits the quote into pieces that must each occur.
 * Headline style is allowed for: a headline that drops the articles ("Jews in Islamic countries"
 * for "Jews in the Islamic countries") or writes "&" for "and" still quotes the body. A quoted
 * name glued to a hyphen ("the “Kate's Law”-victim", "an “America First”-style") is a compound
 * modifier naming something, not someone's words.
 */
import type { Offsets } from '../../types.js';
import { defineRule, type Draft } from '../rule.js';
import { clip, sectionName, type CheckContext } from '../context.js';
import { cleanCut, closestPassage, containsSequence, STOP, wordIndex, wordsOf, type Word } from '../words.js';

/**
 * Quoted passages in headline text: “…”, "…", ‘…’ (curly single quotes only: straight ones are
 * apostrophes), as the regex
 *   /“([^”\n]{2,300})”|"([^"\n]{2,300})"|‘(?<![\p{L}\p{N}]‘)([^’\n]{2,300}?)’(?![\p{L}\p{N}])/gu
 * finds them, scanned by hand (see `quotedPassages`): a mark opens a passage that runs to the first
 * closing mark or line break, which must come after 2 to 300 code points; a ‘ opens only after no
 * letter or digit, and its ’ closes only before none.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A quote needs this many content words to be checked (one-word scare quotes are too noisy). */
const MIN_CONTENT_WORDS = 2;
/** A "heading" of several sentences ('"I don't think so," she said. "It's changing."') is a short body paragraph misread as a heading. */
const SEVERAL_SENTENCES = /[.!?]["'”’]*\s+["'“‘]*[A-Za-z]/;
/** Words a headline drops without changing what is quoted (English headline style). */
const ARTICLES = new Set(['a', 'an', 'the']);
/** The body must be at least this long to tell what it lacks. */
const MIN_BODY_CHARS = 100;

/** Whether [start, end) of `text` holds a mark a quoted passage opens with (“ " ‘). */
function hasOpeningMark(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 34 || c === 0x2018) return true;
  }
  return false;
}

/** The code point ending at i (a surrogate pair as one), or '' at the start. */
function codePointBefore(s: string, i: number): string {
  if (i <= 0) return '';
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return s.slice(i - 2, i);
  }
  return s[i - 1];
}

/** The code point starting at i (a surrogate pair as one), or '' at the end. */
function codePointAt(s: string, i: number): string {
  if (i >= s.length) return '';
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const l = s.charCodeAt(i + 1);
    if (l >= 0xdc00 && l <= 0xdfff) return s.slice(i, i + 2);
  }
  return s[i];
}

/**
 * The quoted passages of `s` (see the regex above, which this matches exactly, left to right and
 * not overlapping): the index of each opening mark and the text inside. A run of text can hold
 * no closing mark of its own kind, so the first closing mark or line break after the opening
 * decides; no regex result is built per headline.
 */
export function quotedPassages(s: string): { index: number; inner: string }[] {
  const out: { index: number; inner: string }[] = [];
  const n = s.length;
  let p = 0;
  while (p < n) {
    const c = s.charCodeAt(p);
    if (c !== 0x201c && c !== 34 && c !== 0x2018) {
      p++;
      continue;
    }
    const close = c === 0x201c ? 0x201d : c === 34 ? 34 : 0x2019;
    if (c === 0x2018 && LETTER_OR_DIGIT.test(codePointBefore(s, p))) {
      p++;
      continue;
    }
    // the run: code points up to the first closing mark or line break (a surrogate pair counts once)
    let j = p + 1;
    let count = 0;
    while (j < n && count <= 300) {
      const d = s.charCodeAt(j);
      if (d === close || d === 10) break;
      if (d >= 0xd800 && d <= 0xdbff && j + 1 < n) {
        const l = s.charCodeAt(j + 1);
        j += l >= 0xdc00 && l <= 0xdfff ? 2 : 1;
      } else j++;
      count++;
    }
    if (j < n && s.charCodeAt(j) === close && count >= 2 && count <= 300 && (close !== 0x2019 || !LETTER_OR_DIGIT.test(codePointAt(s, j + 1)))) {
      out.push({ index: p, inner: s.slice(p + 1, j) });
      p = j + 1;
      continue;
    }
    p++;
  }
  return out;
}

/** A piece of a quote between ellipses and insertions: its words, and its text from first to last word. */
interface Piece {
  words: string[];
  raw: string;
}

/**
 * Finds a piece written out in a body section, in any case, as the same words: a cheap way to
 * say yes for most headline quotes. A place where the lower-cased piece occurs counts only when
 * the body's words there (`wordsOf`, cut cleanly out of the section) are the piece's words, so
 * a yes is always what the word-by-word search would say; a no leaves the question to it.
 */
class VerbatimSearch {
  private lower: string | null = null;
  private readonly body: Offsets[] = [];

  constructor(private readonly ctx: CheckContext) {
    for (const s of ctx.layers.structure.sections) if (s.kind === 'body') this.body.push(s);
  }

  /** Whether the piece's words occur, in order and next to each other, in one body section. */
  has(piece: Piece): boolean {
    const text = this.ctx.analysisText;
    // (lower-casing keeps offsets unless a character grows, as "İ" does: then only the word search)
    this.lower ??= text.toLowerCase();
    const needle = piece.raw.toLowerCase();
    if (this.lower.length !== text.length || !needle) return false;
    for (let at = this.lower.indexOf(needle); at >= 0; at = this.lower.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      for (const s of this.body) {
        if (at < s.start || at >= s.end) continue;
        if (cleanCut(text, at, end, s.start, s.end) && sameWords(wordsOf(text, at, end), piece.words)) return true;
        break;
      }
    }
    return false;
  }
}

/** Whether a hyphen and a letter follow the closing mark at `after` ("…”-victim"): the quoted words modify a noun. */
function gluedToHyphen(s: string, after: number): boolean {
  const c = s.charCodeAt(after);
  return (c === 45 || c === 0x2010 || c === 0x2011) && LETTER_OR_DIGIT.test(codePointAt(s, after + 1));
}

/** Whether the words are the given ones, in order. */
function sameWords(found: readonly Word[], words: readonly string[]): boolean {
  if (found.length !== words.length) return false;
  for (let i = 0; i < words.length; i++) if (found[i].w !== words[i]) return false;
  return true;
}

/** Words of the body sections, split like the quoted words (`wordsOf`), so "isn't" meets "isn't". */
function bodyWords(ctx: CheckContext): Word[] {
  const out: Word[] = [];
  for (const s of ctx.layers.structure.sections) if (s.kind === 'body') for (const w of wordsOf(ctx.analysisText, s.start, s.end)) out.push(w);
  return out;
}

/** The rule. */
export const quoteNotInBody = defineRule({
  id: 'quote-not-in-body',
  severity: 'error',
  description: 'The headline, summary or a heading quotes words that appear nowhere in the body.',
  example: {
    bad: 'Mayor vows to "shut down the port"\n\nThe mayor said she would "review the port\'s licence" next year.',
    good: 'Mayor vows to "review the port\'s licence"\n\nThe mayor said she would "review the port\'s licence" next year.',
  },
  check(ctx) {
    if (ctx.bodyChars < MIN_BODY_CHARS) return [];
    const text = ctx.analysisText;
    const spans: Offsets[] = [];
    // no quote starting after the last headline section can be in one (headlines come first)
    let headlineEnd = -1;
    for (const s of ctx.layers.structure.sections) if ((s.kind === 'title' || s.kind === 'summary' || s.kind === 'heading') && s.end > headlineEnd) headlineEnd = s.end;
    if (headlineEnd < 0) return [];
    for (const q of ctx.layers.quotes) {
      if (q.start >= headlineEnd || !(q.kind === 'direct' || q.kind === 'partial') || !ctx.isHeadline(q.start)) continue;
      const s = ctx.layers.structure.sections.find((x) => q.start >= x.start && q.start < x.end);
      if (s?.kind === 'heading' && SEVERAL_SENTENCES.test(text.slice(s.start, s.end))) continue;
      if (gluedToHyphen(text, q.end + 1)) continue;
      spans.push({ start: q.start, end: q.end });
    }
    for (const s of ctx.layers.structure.sections) {
      if (s.kind !== 'title' && s.kind !== 'summary' && s.kind !== 'heading') continue;
      // every quoted passage opens with a mark: most headlines have none, and skip the scan
      if (!hasOpeningMark(text, s.start, s.end)) continue;
      const slice = text.slice(s.start, s.end);
      if (s.kind === 'heading' && SEVERAL_SENTENCES.test(slice)) continue;
      for (const m of quotedPassages(slice)) {
        if (gluedToHyphen(slice, m.index + 1 + m.inner.length + 1)) continue;
        const start = s.start + m.index + 1;
        const span = { start, end: start + m.inner.length };
        if (!spans.some((x) => x.start < span.end && span.start < x.end)) spans.push(span);
      }
    }
    if (!spans.length) return [];
    // the quotes to check, with their words, before reading the body: the body's word index then
    // only needs the words some quote has (the only words looked up in it)
    const checks: { span: Offsets; quoted: string; words: string[]; pieces: Piece[] }[] = [];
    const wanted = new Set<string>();
    for (const span of spans.sort((a, b) => a.start - b.start)) {
      const quoted = text.slice(span.start, span.end);
      const words = wordsOf(quoted).map((w) => w.w);
      if (words.filter((w) => !STOP.has(w)).length < MIN_CONTENT_WORDS) continue;
      const pieces: Piece[] = [];
      for (const p of quoted.split(/\.\.\.|…|\[[^\]]*\]/)) {
        const ws = wordsOf(p);
        if (ws.length) pieces.push({ words: ws.map((w) => w.w), raw: p.slice(ws[0].start, ws[ws.length - 1].end) });
      }
      checks.push({ span, quoted, words, pieces });
      for (const w of words) wanted.add(w);
      for (const p of pieces) for (const w of p.words) wanted.add(w);
    }
    if (!checks.length) return [];
    const out: Draft[] = [];
    // body words (normalised like the quoted words, `wordsOf`) only when a quote is not found
    // written out in the body, which is what most headline quotes are
    const verbatim = new VerbatimSearch(ctx);
    let body: Word[] | null = null;
    let idx: Map<string, number[]> = new Map();
    let light: Word[] | null = null;
    let lightIdx: Map<string, number[]> = new Map();
    for (const { span, quoted, words, pieces } of checks) {
      let all = true;
      for (const p of pieces) {
        if (verbatim.has(p)) continue;
        if (!body) {
          body = bodyWords(ctx);
          idx = wordIndex(body, wanted);
        }
        if (containsSequence(body, idx, p.words)) continue;
        // headline style: the same words once the articles are left out on both sides
        if (!light) {
          light = body.filter((w) => !ARTICLES.has(w.w));
          lightIdx = wordIndex(light, wanted);
        }
        const bare = p.words.filter((w) => !ARTICLES.has(w));
        if (bare.length && containsSequence(light, lightIdx, bare)) continue;
        all = false;
        break;
      }
      if (all) continue;
      if (!body) {
        body = bodyWords(ctx);
        idx = wordIndex(body, wanted);
      }
      const near = closestPassage(body, idx, words);
      const where = sectionName(ctx.sectionAt(span.start));
      const close = near && near.score >= 0.25 ? near.span : null;
      out.push({
        start: span.start,
        end: span.end,
        message: close
          ? `The ${where} quotes “${clip(quoted, 50)}”, but the body never has these words; the closest is “${clip(ctx.text.slice(close.start, close.end), 70)}”.`
          : `The ${where} quotes “${clip(quoted, 50)}”, but nothing like these words appears in the body.`,
        related: close ? [close] : [],
      });
    }
    return out;
  },
});
