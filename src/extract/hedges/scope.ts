/**
 * The scope of a hedge: the clause it governs. Without a parser, the clause is read from
 * punctuation and connectives the way BioScope's guidelines (Vincze et al. 2008) delimit
 * speculation scope in practice: the scope runs to the end of the clause the cue stands in,
 * bounded by `; : — – ( )`, by a comma that opens a contrast or subordinate clause ("..., but",
 * "..., while", "..., as", "..., especially as") and, inside a non-restrictive relative clause
 * (", which ... ,"), by its commas.
 * A figure, claim or event whose span lies inside the scope is hedged by the cue.
 */
import type { Offsets, Token } from '../../types.js';

const STRONG = new Set([';', ':', '—', '–', '(', ')', '[', ']', '?', '!']);
/** Connectives after a comma that start a new clause. */
const CLAUSE_OPENERS = new Set(['but', 'while', 'although', 'though', 'whereas', 'yet', 'because', 'since', 'so', 'and', 'or', 'however', 'meanwhile', 'which', 'who', 'whom', 'whose', 'where', 'when', 'if', 'unless']);
const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where']);
/** Subordinators that open an adverbial clause after a comma (Quirk et al. 1985, 14.12). */
const SUBORDINATORS = new Set(['as', 'after', 'before', 'until', 'whilst', 'once', 'whether']);
/** Focusing adverbs that may stand before a subordinator (", especially as ...": Quirk et al. 1985, 8.116). */
const FOCUSING = new Set(['especially', 'particularly', 'even', 'just', 'mainly', 'largely', 'partly', 'only', 'chiefly']);

/**
 * The clause opener right after the comma at token k, or -1: a connective, or a subordinator
 * (possibly after a focusing adverb). "as" opens a clause only when no adjective, adverb or
 * preposition follows it: ", as many as 300" and ", as well as" are degree and coordination.
 */
function openerAfterComma(tokens: readonly Token[], k: number, end: number): number {
  let j = k + 1;
  if (j >= end) return -1;
  if (CLAUSE_OPENERS.has(tokens[j].norm)) return j;
  if (FOCUSING.has(tokens[j].norm) && j + 1 < end) j++;
  const w = tokens[j].norm;
  if (!SUBORDINATORS.has(w) || j + 1 >= end) return -1;
  if (w === 'as') {
    const p = tokens[j + 1].pos;
    if (p === 'ADJ' || p === 'ADV' || p === 'ADP') return -1;
  }
  return j;
}

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
      const at = openerAfterComma(tokens, k, cueStart);
      if (at >= 0) {
        relative = RELATIVE.has(tokens[at].norm);
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
      if (openerAfterComma(tokens, k, end) >= 0) break;
      if (k === end - 1) break;
    }
    if (tokens[k].kind === 'punctuation' && (n === '"' || n === '“' || n === '”') && k === end - 1) break;
    hi = k;
  }
  while (hi > cueEnd - 1 && tokens[hi].kind === 'punctuation' && tokens[hi].norm !== ')' && tokens[hi].norm !== '”') hi--;
  return { start: tokens[lo].start, end: tokens[hi].end };
}
