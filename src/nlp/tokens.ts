/**
 * The `tokens` stage: sentences, tokens, lemmas and POS tags from wink-nlp, run block by block
 * over `analysisText` so that no sentence crosses a title, bullet, heading or paragraph boundary.
 */
import { defineStage } from '../pipeline/stage.js';
import type { Sentence, Token, TokenLayer, Structure } from '../types.js';
import { wink } from './wink.js';

/** Tokenises and tags every block of the structure. */
export function tokenize(text: string, structure: Structure): TokenLayer {
  const nlp = wink();
  const its = nlp.its;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const analysis = structure.analysisText;
  structure.blocks.forEach((block, blockIndex) => {
    if (block.kind === 'sources') return;
    const slice = analysis.slice(block.start, block.end);
    if (!slice.trim()) return;
    const doc = nlp.readDoc(slice);
    const values = doc.tokens().out(its.value) as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const types = doc.tokens().out(its.type) as string[];
    const lemmas = doc.tokens().out(its.lemma as any) as string[];
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    const first = tokens.length;
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      at += spaces[i]?.length ?? 0;
      if (slice.startsWith(v, at) === false) {
        // wink normalised something: find the value ahead instead of trusting the arithmetic
        const found = slice.indexOf(v, at);
        if (found >= 0) at = found;
      }
      const start = block.start + at;
      const end = Math.min(block.end, start + v.length);
      tokens.push({ start, end, text: text.slice(start, end), norm: v.toLowerCase(), lemma: lemmas[i] ?? v.toLowerCase(), pos: pos[i], kind: types[i], sentence: -1 });
      at += v.length;
    }
    for (const [a, b] of spans) {
      const index = sentences.length;
      const firstToken = first + a;
      const endToken = first + b + 1;
      for (let t = firstToken; t < endToken; t++) tokens[t].sentence = index;
      sentences.push({ index, start: tokens[firstToken].start, end: tokens[endToken - 1].end, section: block.kind, block: blockIndex, firstToken, endToken });
    }
  });
  return { sentences, tokens };
}

/** The `tokens` stage. */
export const tokens = defineStage({
  name: 'tokens',
  requires: ['structure'],
  produces: 'tokens',
  run: ({ source, layers }) => tokenize(source.text, layers.structure),
});
