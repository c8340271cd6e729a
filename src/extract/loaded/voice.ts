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

/**
 * Ranges between paired quotation marks (“…”, "…", «…»), never across a block (paragraph,
 * bullet, heading). One scan of each block by character code; an unpaired mark is skipped.
 */
export function quotationMarks(text: string, blocks: readonly Offsets[]): Offsets[] {
  const out: Offsets[] = [];
  for (const b of blocks) {
    let open = -1;
    let want = 0;
    for (let i = b.start; i < b.end; i++) {
      const c = text.charCodeAt(i);
      if (open < 0) {
        // every opening mark is '"' (0x22), '«' (0xab) or in U+201C..U+201E
        if (c === 0x22 || c === 0xab || (c >= 0x201c && c <= 0x201e && c !== 0x201d)) {
          open = i;
          want = CLOSE.get(c)!;
        }
      } else if (c === want) {
        out.push({ start: open + 1, end: i });
        open = -1;
      }
    }
  }
  return out;
}
