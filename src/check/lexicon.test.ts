/**
 * The cheap test before the start-word set: it may let a word through that is not listed, but never
 * rules out one that is (built-in and user words, ASCII or not).
 */
import { describe, expect, it } from 'vitest';
import { checkLexicon, mayHaveWord } from './lexicon.js';

describe('mayHaveWord (start-word shape)', () => {
  const { lexicon } = checkLexicon({ vagueSources: ['émigrés', 'folks in the know'] });
  const line = (w: string) => `${w} shape=${mayHaveWord(lexicon.startShape, w)} listed=${lexicon.startWords.has(w)}`;

  it('passes every listed word', () => {
    for (const w of lexicon.startWords) expect(mayHaveWord(lexicon.startShape, w), w).toBe(true);
  });

  it.each([
    ['according', 'according shape=true listed=true'],
    ['sources', 'sources shape=true listed=true'],
    ['émigrés', 'émigrés shape=true listed=true'],
    ['folks', 'folks shape=true listed=true'],
  ])('listed: %s', (w, expected) => expect(line(w)).toBe(expected));

  // must not match: ruled out by length or by first and last character, with no set lookup
  it.each([
    ['the', 'the shape=false listed=false'],
    ['minister', 'minister shape=false listed=false'],
    ['a', 'a shape=false listed=false'],
    ['internationalisation', 'internationalisation shape=false listed=false'],
  ])('ruled out: %s', (w, expected) => expect(line(w)).toBe(expected));
});
