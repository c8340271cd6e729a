/**
 * Word-level matching for the rules that compare passages (quote-not-in-body, the quote part of
 * attribution-shift): words with their offsets, exact contiguous search, and the closest passage
 * by in-order word overlap (a cheap stand-in for an alignment, good enough to show a reader
 * where the quoted words went).
 */
import type { Offsets } from '../types.js';

/** A word with its offsets. */
export interface Word extends Offsets {
  w: string;
}

// "%" is a word, read as "percent", so "100 %" meets "100 percent". Words are what
// /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|%/gu matches in `text.slice(start, end)`; `wordsOf` scans the
// characters itself (ASCII without a regex) because it runs over whole article bodies.
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy;
const LETTER = /\p{L}/uy;

/** Length (1 or 2 UTF-16 units) of the letter (or number) code point at `i`, 0 when there is none. */
function wordCharAt(s: string, i: number, lettersOnly: boolean): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (!lettersOnly && c >= 48 && c <= 57) ? 1 : 0;
  // a low surrogate here is not the start of a code point (as in a slice starting mid-pair)
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  const re = lettersOnly ? LETTER : LETTER_OR_NUMBER;
  re.lastIndex = i;
  return re.test(s) ? re.lastIndex - i : 0;
}

/** Lower-cased, curly apostrophe straightened, possessive 's dropped. */
function wordKey(raw: string): string {
  let w = raw.toLowerCase();
  if (w.indexOf('’') >= 0) w = w.replace(/’/g, "'");
  if (w.length >= 2 && w.charCodeAt(w.length - 1) === 115 && w.charCodeAt(w.length - 2) === 39) w = w.slice(0, -2);
  return w;
}

/** Words (lower-cased, curly apostrophes straightened) of `text.slice(start, end)`, with offsets into `text`. */
export function wordsOf(text: string, start = 0, end = text.length): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end) {
    let n = wordCharAt(text, i, false);
    if (n === 0 || i + n > end) {
      const c = text.charCodeAt(i);
      if (c === 37) out.push({ w: 'percent', start: i, end: i + 1 });
      // "&" is read as the word it stands for: a headline's "Jews & Muslims" is the body's "Jews and Muslims"
      else if (c === 38) out.push({ w: 'and', start: i, end: i + 1 });
      i++;
      continue;
    }
    const from = i;
    i += n;
    while (i < end && (n = wordCharAt(text, i, false)) > 0 && i + n <= end) i += n;
    // (?:['’]\p{L}+)*
    while (i + 1 < end && (text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019)) {
      let j = i + 1;
      let m = wordCharAt(text, j, true);
      if (m === 0 || j + m > end) break;
      j += m;
      while (j < end && (m = wordCharAt(text, j, true)) > 0 && j + m <= end) j += m;
      i = j;
    }
    out.push({ w: wordKey(text.slice(from, i)), start: from, end: i });
  }
  return out;
}

/**
 * Whether [q, e) is cut out of `wordsOf(text, rangeStart, rangeEnd)` cleanly: no word of that scan
 * runs into it at q or out of it at e, so the scan's words inside [q, e) are `wordsOf(text, q, e)`.
 * (Cautious: a letter, digit, apostrophe or surrogate at either edge says no.)
 */
export function cleanCut(text: string, q: number, e: number, rangeStart: number, rangeEnd: number): boolean {
  if (q < rangeStart || e > rangeEnd || q >= e) return false;
  if (q > rangeStart) {
    const c = text.charCodeAt(q - 1);
    const sep = c < 128 ? !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39) : c === 0xa0 || c === 0x2013 || c === 0x2014 || c === 0x2018 || c === 0x201c || c === 0x201d;
    if (!sep) return false;
  }
  const last = text.charCodeAt(e - 1);
  if (last >= 0xd800 && last <= 0xdbff) return false;
  if (e < rangeEnd) {
    const c = text.charCodeAt(e);
    if (c === 39 || c === 0x2019 || (c >= 0xd800 && c <= 0xdfff) || wordCharAt(text, e, false) > 0) return false;
  }
  return true;
}

/** Function words that carry no content (a short list; SMART stop list, Salton 1971, abridged). */
export const STOP = new Set(
  'a an the and or but of to in on at for with by from as is are was were be been being it its this that these those their they them he she his her we our you your i my me not no so if then than into about over after before up out will would can could should may might must has have had do does did'.split(' '),
);

/** Content words of a text, as a set. */
export function contentSet(text: string): Set<string> {
  return new Set(wordsOf(text).map((x) => x.w).filter((w) => !STOP.has(w)));
}

/** Dice overlap of two word sets, 0..1. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return (2 * n) / (a.size + b.size);
}

/** Index of each word in a haystack, for fast starts (only the `only` words when given: those looked up later). */
export function wordIndex(hay: readonly Word[], only?: ReadonlySet<string>): Map<string, number[]> {
  const idx = new Map<string, number[]>();
  for (let i = 0; i < hay.length; i++) {
    if (only && !only.has(hay[i].w)) continue;
    const l = idx.get(hay[i].w);
    if (l) l.push(i);
    else idx.set(hay[i].w, [i]);
  }
  return idx;
}

/** Whether `needle` occurs as a contiguous word sequence in `hay`. */
export function containsSequence(hay: readonly Word[], idx: Map<string, number[]>, needle: readonly string[]): boolean {
  if (!needle.length) return true;
  for (const i of idx.get(needle[0]) ?? []) {
    let k = 1;
    while (k < needle.length && hay[i + k]?.w === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

/**
 * The passage of `hay` closest to `needle`: for every start where a needle word occurs, the
 * window of about twice the needle's length, scored by how many needle words it holds in order.
 * Returns the span from the first to the last matched word, and the share of needle words found.
 */
export function closestPassage(hay: readonly Word[], idx: Map<string, number[]>, needle: readonly string[]): { span: Offsets; score: number } | null {
  if (!needle.length || !hay.length) return null;
  const starts = new Set<number>();
  for (const w of new Set(needle)) for (const i of idx.get(w) ?? []) starts.add(i);
  const width = needle.length * 2 + 4;
  let best: { span: Offsets; score: number; rank: number } | null = null;
  for (const i of [...starts].sort((a, b) => a - b)) {
    let k = 0;
    let matched = 0;
    let content = 0;
    let last = i;
    for (let j = i; j < Math.min(hay.length, i + width) && k < needle.length; j++) {
      // greedy in-order match: advance the needle to the next word equal to hay[j]
      let n = k;
      while (n < needle.length && needle[n] !== hay[j].w) n++;
      if (n < needle.length) {
        matched++;
        if (!STOP.has(needle[n])) content++;
        k = n + 1;
        last = j;
      }
    }
    if (!content) continue;
    // content words first, then all matched words, then the most compact passage
    const rank = content * 10 + matched - 0.1 * (last - i + 1);
    if (!best || rank > best.rank) best = { span: { start: hay[i].start, end: hay[last].end }, score: matched / needle.length, rank };
  }
  return best && { span: best.span, score: best.score };
}
