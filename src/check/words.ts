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

// "%" is a word, read as "percent", so "100 %" meets "100 percent"
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|%/gu;

/** Words (lower-cased, curly apostrophes straightened) of `text.slice(start, end)`, with offsets into `text`. */
export function wordsOf(text: string, start = 0, end = text.length): Word[] {
  const out: Word[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(WORD)) {
    const w = m[0] === '%' ? 'percent' : m[0].toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
    out.push({ w, start: start + m.index!, end: start + m.index! + m[0].length });
  }
  return out;
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

/** Index of each word in a haystack, for fast starts. */
export function wordIndex(hay: readonly Word[]): Map<string, number[]> {
  const idx = new Map<string, number[]>();
  hay.forEach((x, i) => {
    const l = idx.get(x.w);
    if (l) l.push(i);
    else idx.set(x.w, [i]);
  });
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
