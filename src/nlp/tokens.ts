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
import { wink } from './wink.js';

/** The separator between blocks in the text wink reads. */
const SEPARATOR = '\n\n';

interface Piece {
  block: number;
  /** Where the block starts in the joined text. */
  at: number;
  /** Where the block starts in the document. */
  start: number;
}

/** Tokenises and tags every block of the structure (source lists excepted). */
export function tokenize(text: string, structure: Structure): TokenLayer {
  const nlp = wink();
  const its = nlp.its;
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
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const lemmas = doc.tokens().out(its.lemma as any) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  // wink index → our token index (-1 for the whitespace tokens wink makes of the separator)
  const ours: number[] = new Array(values.length).fill(-1);
  const blockOf: number[] = [];
  let at = 0;
  let p = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    at += spaces[i]?.length ?? 0;
    if (!v.trim()) {
      at += v.length;
      continue;
    }
    if (!joined.startsWith(v, at)) {
      // wink normalised something: find the value ahead instead of trusting the arithmetic
      const found = joined.indexOf(v, at);
      if (found >= 0) at = found;
    }
    while (p + 1 < pieces.length && at >= pieces[p + 1].at) p++;
    const piece = pieces[p];
    const blockEnd = structure.blocks[piece.block].end;
    const start = piece.start + (at - piece.at);
    const end = Math.min(blockEnd, start + v.length);
    ours[i] = tokens.length;
    blockOf.push(piece.block);
    tokens.push({ start, end, text: text.slice(start, end), norm: v.toLowerCase(), lemma: lemmas[i] ?? v.toLowerCase(), pos: pos[i], kind: types[i], sentence: -1 });
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
      last = t;
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
