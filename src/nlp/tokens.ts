/**
 * The `tokens` stage: sentences, tokens, lemmas and POS tags from wink-nlp over `analysisText`.
 *
 * wink-nlp's sentence splitter would merge a headline or bullet into the next sentence, so the
 * blocks of the structure layer are joined with a blank line ("\n\n", where wink always ends a
 * sentence) and read as one document: one `readDoc` per article is much cheaper than one per
 * block. Offsets are mapped back block by block, and a sentence that still crossed a block
 * boundary is cut there, so no sentence ever spans a title, bullet, heading or paragraph.
 */
import { defineStage } from '../pipeline/stage.js';
import type { Sentence, Token, TokenLayer, Structure } from '../types.js';
import { readColumns, wink } from './wink.js';

/** The separator between blocks in the text wink reads. */
const SEPARATOR = '\n\n';

interface Piece {
  block: number;
  /** Where the block starts in the joined text. */
  at: number;
  /** Where the block starts in the document. */
  start: number;
}

/** Whether a wink value is only whitespace (wink makes tokens of line breaks). */
function isBlank(v: string): boolean {
  const c = v.charCodeAt(0);
  // most tokens start with a letter, digit or mark that is no space of any kind
  if (c > 32 && c !== 0x85 && c !== 0xa0 && c !== 0x1680 && !(c >= 0x2000 && c <= 0x200a) && c !== 0x2028 && c !== 0x2029 && c !== 0x202f && c !== 0x205f && c !== 0x3000 && c !== 0xfeff) return false;
  return !v.trim();
}

/** Whether a word ends in a possessive "'s" / "’s" after a letter or digit ("Obama's", "party’s"). */
function isPossessive(v: string): boolean {
  const n = v.length;
  if (n < 3) return false;
  const s = v.charCodeAt(n - 1);
  const q = v.charCodeAt(n - 2);
  if ((s !== 115 && s !== 83) || (q !== 39 && q !== 0x2019)) return false;
  const c = v[n - 3];
  return c.toLowerCase() !== c.toUpperCase() || (c >= '0' && c <= '9');
}

/** A lemma without its possessive ending, else the fallback. */
function stripPossessive(lemma: string | undefined, fallback: string): string {
  return lemma && isPossessive(lemma) ? lemma.slice(0, -2).toLowerCase() : fallback;
}

/** Whether a value holds a space or line break. */
function hasSpace(v: string): boolean {
  for (let k = 0; k < v.length; k++) if (v.charCodeAt(k) <= 32) return true;
  return false;
}

/** Tokenises and tags every block of the structure (source lists excepted). */
export function tokenize(text: string, structure: Structure): TokenLayer {
  const nlp = wink();
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const analysis = structure.analysisText;
  const pieces: Piece[] = [];
  const chunks: string[] = [];
  let length = 0;
  structure.blocks.forEach((block, index) => {
    if (block.kind === 'sources') return;
    const slice = analysis.slice(block.start, block.end);
    if (!slice.trim()) return;
    if (chunks.length) {
      chunks.push(SEPARATOR);
      length += SEPARATOR.length;
    }
    pieces.push({ block: index, at: length, start: block.start });
    chunks.push(slice);
    length += slice.length;
  });
  if (!pieces.length) return { sentences, tokens };
  const joined = chunks.join('');
  const doc = nlp.readDoc(joined);
  const { values, spaces, pos, types, lemmas } = readColumns(doc);
  const spans = doc.sentences().out(nlp.its.span) as unknown as [number, number][];
  // wink index → our token index (-1 for the whitespace tokens wink makes of the separator)
  const ours = new Int32Array(values.length).fill(-1);
  // ... and the last of ours it became (a possessive makes two)
  const oursLast = new Int32Array(values.length).fill(-1);
  const blockOf: number[] = [];
  let at = 0;
  let p = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const sp = spaces[i];
    if (sp) at += sp.length;
    if (isBlank(v)) {
      at += v.length;
      continue;
    }
    let exact = joined.startsWith(v, at);
    if (!exact) {
      // wink normalised something: find the value ahead instead of trusting the arithmetic
      const found = joined.indexOf(v, at);
      if (found >= 0) at = found;
    }
    while (p + 1 < pieces.length && at >= pieces[p + 1].at) p++;
    const piece = pieces[p];
    const blockEnd = structure.blocks[piece.block].end;
    const start = piece.start + (at - piece.at);
    let end = start + v.length;
    if (end > blockEnd) {
      end = blockEnd;
      exact = false;
    }
    ours[i] = tokens.length;
    blockOf.push(piece.block);
    // wink's value is the very string of the source when it matched there and holds no line
    // break (the analysis text has spaces where the source may have a newline): sharing wink's
    // string saves a copy per token
    const surface = exact && !hasSpace(v) ? v : text.slice(start, end);
    const norm = v.toLowerCase();
    const lemma = lemmas[i];
    const tag = pos[i];
    if (exact && (tag === 'PROPN' || tag === 'NOUN') && isPossessive(v)) {
      // wink splits "Obama's" into "Obama" + "'s" the first time it meets it, but may remember the
      // whole form and keep it in one piece later in the same process: split it here so that an
      // article's tokens never depend on what was read before it
      const cut = end - 2;
      const name = v.slice(0, -2);
      const nameNorm = name.toLowerCase();
      tokens.push({ start, end: cut, text: name, norm: nameNorm, lemma: tag === 'PROPN' ? nameNorm : stripPossessive(lemma, nameNorm), pos: tag, kind: types[i], sentence: -1 });
      blockOf.push(piece.block);
      const mark = v.slice(-2);
      tokens.push({ start: cut, end, text: mark, norm: mark.toLowerCase(), lemma: mark.toLowerCase(), pos: 'PART', kind: 'word', sentence: -1 });
    } else {
      tokens.push({ start, end, text: surface, norm, lemma: lemma === undefined ? norm : lemma, pos: tag, kind: types[i], sentence: -1 });
    }
    oursLast[i] = tokens.length - 1;
    at += v.length;
  }
  const push = (firstToken: number, endToken: number) => {
    const index = sentences.length;
    for (let t = firstToken; t < endToken; t++) tokens[t].sentence = index;
    const block = blockOf[firstToken];
    sentences.push({ index, start: tokens[firstToken].start, end: tokens[endToken - 1].end, section: structure.blocks[block].kind, block, firstToken, endToken });
  };
  for (const [a, b] of spans) {
    let from = -1;
    let last = -1;
    for (let w = a; w <= b; w++) {
      const t = ours[w];
      if (t < 0) continue;
      if (from < 0) from = t;
      else if (blockOf[t] !== blockOf[from]) {
        push(from, last + 1);
        from = t;
      }
      last = oursLast[w];
    }
    if (from >= 0) push(from, last + 1);
  }
  return { sentences, tokens };
}

/** The `tokens` stage. */
export const tokens = defineStage({
  name: 'tokens',
  requires: ['structure'],
  produces: 'tokens',
  run: ({ source, layers }) => tokenize(source.text, layers.structure),
});
