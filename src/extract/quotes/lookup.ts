/** Looking quotes up by position: "is this offset inside someone's statement, and whose?" */
import type { Quote } from '../../types.js';

/**
 * The innermost quote whose parts contain `offset` (a partial quote inside a reported clause wins
 * over the clause), or null. `quotes` as the quotes stage returns them (sorted by start); the
 * search is linear from a binary-searched bound, so calling it per token stays cheap.
 */
export function quoteAt(quotes: readonly Quote[], offset: number): Quote | null {
  // quotes are sorted by start: skip those starting after the offset
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  let best: Quote | null = null;
  for (let i = lo - 1; i >= 0; i--) {
    const q = quotes[i];
    if (q.end <= offset) {
      // a long earlier quote may still cover the offset: keep looking a little way back
      if (lo - i > 64) break;
      continue;
    }
    if (!q.parts.some((p) => offset >= p.start && offset < p.end)) continue;
    if (!best || q.end - q.start < best.end - best.start) best = q;
  }
  return best;
}

/** The quotes whose span overlaps [start, end). */
export function quotesIn(quotes: readonly Quote[], start: number, end: number): Quote[] {
  return quotes.filter((q) => q.start < end && q.end > start);
}
