/**
 * Whose words a span is: `quoted` inside a direct or partial quote (the speaker's words),
 * `reported` inside indirect speech or an attributed belief (the narrator's paraphrase of
 * someone), `narrator` otherwise. The quotes layer decides; where it has no quote, paired
 * quotation marks in the text still make a span `quoted`, so that a speaker's words are never
 * charged to the author while the quotes layer is missing or misses a quote.
 */
import type { Loaded, Offsets, Quote } from '../../types.js';

/** The voice of a span and the quote it is in. */
export interface Voice {
  voice: Loaded['voice'];
  quote: string | null;
}

const inside = (s: Offsets, o: Offsets) => s.start >= o.start && s.end <= o.end;

/**
 * The voice of [start, end) given the quotes (sorted by start) and the quotation-mark ranges.
 * A direct or partial quote wins over an indirect one that contains it.
 */
export function voiceOf(span: Offsets, quotes: readonly Quote[], marked: readonly Offsets[]): Voice {
  let reported: Quote | null = null;
  for (const q of quotes) {
    if (q.start > span.start) break;
    if (!inside(span, q)) continue;
    if (q.kind === 'direct' || q.kind === 'partial') {
      const parts = q.parts.length ? q.parts : [q];
      if (parts.some((p) => inside(span, p))) return { voice: 'quoted', quote: q.id };
    } else {
      reported = q;
    }
  }
  for (const m of marked) {
    if (m.start > span.start) break;
    if (inside(span, m)) return { voice: 'quoted', quote: null };
  }
  return reported ? { voice: 'reported', quote: reported.id } : { voice: 'narrator', quote: null };
}

/** The closing mark for each opening one (“…”, "…", «…», „…“), by character code. */
const CLOSE = new Map<number, number>([
  [0x201c, 0x201d],
  [0x22, 0x22],
  [0xab, 0xbb],
  [0x201e, 0x201c],
]);

/** An opening mark: '"' (0x22), '«' (0xab), '“' (U+201C) or '„' (U+201E). */
const OPENING = /["\u00ab\u201c\u201e]/g;

/**
 * Ranges between paired quotation marks (“…”, "…", «…»), never across a block (paragraph,
 * bullet, heading). Each block is searched mark to mark (a regular expression for the next
 * opening mark, `indexOf` for its closing one) rather than character by character; an unpaired
 * mark is skipped.
 */
export function quotationMarks(text: string, blocks: readonly Offsets[]): Offsets[] {
  const out: Offsets[] = [];
  for (const b of blocks) {
    // the block alone, so that neither search runs past its end
    const block = text.slice(b.start, b.end);
    let i = 0;
    while (i < block.length) {
      OPENING.lastIndex = i;
      const m = OPENING.exec(block);
      if (m === null) break;
      const open = m.index;
      const close = block.indexOf(CLOSE_TEXT.get(block.charCodeAt(open))!, open + 1);
      if (close < 0) break;
      out.push({ start: b.start + open + 1, end: b.start + close });
      i = close + 1;
    }
  }
  return out;
}

/** `CLOSE` as one-character strings, for `indexOf`. */
const CLOSE_TEXT = new Map<number, string>([...CLOSE].map(([o, c]) => [o, String.fromCharCode(c)]));
