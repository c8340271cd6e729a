/**
 * The scope of a hedge: the clause it governs. Without a parser, the clause is read from
 * punctuation and connectives the way BioScope's guidelines (Vincze et al. 2008) delimit
 * speculation scope in practice: the scope runs to the end of the clause the cue stands in,
 * bounded by `; : — – ( )`, by a comma that opens a contrast or subordinate clause ("..., but",
 * "..., while") and, inside a non-restrictive relative clause (", which ... ,"), by its commas.
 * A figure, claim or event whose span lies inside the scope is hedged by the cue.
 */
import type { Offsets, Token } from '../../types.js';

const STRONG = new Set([';', ':', '—', '–', '(', ')', '[', ']', '?', '!']);
/** Connectives after a comma that start a new clause. */
const CLAUSE_OPENERS = new Set(['but', 'while', 'although', 'though', 'whereas', 'yet', 'because', 'since', 'so', 'and', 'or', 'however', 'meanwhile', 'which', 'who', 'whom', 'whose', 'where', 'when', 'if', 'unless']);
const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where']);

/**
 * The clause around tokens [cueStart, cueEnd) within the sentence tokens [first, end): returns
 * the offsets of its first and last token.
 */
export function clauseScope(tokens: readonly Token[], first: number, end: number, cueStart: number, cueEnd: number): Offsets {
  // Backwards: to a strong separator, a comma opening a clause, or the sentence start.
  let lo = cueStart;
  let relative = false;
  for (let k = cueStart - 1; k >= first; k--) {
    const n = tokens[k].norm;
    if (STRONG.has(n)) break;
    if (n === ',' && k + 1 < cueStart) {
      const after = tokens[k + 1].norm;
      if (CLAUSE_OPENERS.has(after)) {
        relative = RELATIVE.has(after);
        break;
      }
    }
    lo = k;
  }
  // Forwards: to a strong separator, a comma opening a clause, the comma closing a relative
  // clause, or the sentence end.
  let hi = cueEnd - 1;
  for (let k = cueEnd; k < end; k++) {
    const n = tokens[k].norm;
    if (STRONG.has(n)) break;
    if (n === '.' && k === end - 1) break;
    if (n === ',') {
      if (relative) break;
      const after = tokens[k + 1]?.norm;
      if (after !== undefined && CLAUSE_OPENERS.has(after) && k + 1 < end) break;
      if (k === end - 1) break;
    }
    if (tokens[k].kind === 'punctuation' && (n === '"' || n === '“' || n === '”') && k === end - 1) break;
    hi = k;
  }
  while (hi > cueEnd - 1 && tokens[hi].kind === 'punctuation' && tokens[hi].norm !== ')' && tokens[hi].norm !== '”') hi--;
  return { start: tokens[lo].start, end: tokens[hi].end };
}
