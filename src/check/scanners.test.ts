/**
 * Hand-written scanners that stand in for regexes on hot paths: each must find exactly what the
 * regex it replaces finds (quoted passages in headlines), or say yes only where the slow path would
 * (a clean cut out of a word scan).
 */
import { describe, expect, it } from 'vitest';
import { quotedPassages } from './rules/quote-not-in-body.js';
import { cleanCut, wordsOf } from './words.js';

/** The regex `quotedPassages` replaces. */
const QUOTED = /“([^”\n]{2,300})”|"([^"\n]{2,300})"|‘(?<![\p{L}\p{N}]‘)([^’\n]{2,300}?)’(?![\p{L}\p{N}])/gu;

const byRegex = (s: string) => [...s.matchAll(QUOTED)].map((m) => `${m.index} ${m[1] ?? m[2] ?? m[3]}`);
const byHand = (s: string) => quotedPassages(s).map((m) => `${m.index} ${m.inner}`);

describe('quotedPassages (same as the QUOTED regex)', () => {
  it.each([
    ['Mayor vows to “shut down the port” by May', ['14 shut down the port']],
    ['Minister: "We will not resign" and "never"', ['10 We will not resign', '35 never']],
    ['The ‘unholy alliance’ of rivals', ['4 unholy alliance']],
    ['Critics’ ‘war on cars’ slogan', ['9 war on cars']],
    ['A “😀😀” headline', ['2 😀😀']],
    ['“x” and “ab”', ['8 ab']],
  ])('%s', (s, expected) => {
    expect(byHand(s)).toEqual(expected);
    expect(byHand(s)).toEqual(byRegex(s));
  });

  // must not match: apostrophes, unclosed or broken marks, one-character passages, too long ones
  it.each([
    ["The mayor's plan isn't new"],
    ['don‘t stop’s here'],
    ['An “open quote with no end'],
    ['A “line\nbreak” inside'],
    ['“a”'],
    [`“${'x'.repeat(301)}”`],
    ['‘quoted’s tail'],
  ])('none: %s', (s) => {
    expect(byHand(s)).toEqual([]);
    expect(byRegex(s)).toEqual([]);
  });

  it('agrees with the regex on generated strings', () => {
    const alphabet = ['“', '”', '"', '‘', '’', '\n', 'a', 'B', ' ', '1', '.', '😀', '\ud800', 'é', '-'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 5000; k++) {
      let s = '';
      const n = Math.floor(next() * 14);
      for (let j = 0; j < n; j++) s += alphabet[Math.floor(next() * alphabet.length)];
      expect(byHand(s), JSON.stringify(s)).toEqual(byRegex(s));
    }
  });
});

describe('cleanCut (a passage cut out of a word scan)', () => {
  const text = "The port’s licence, said O'Neill: review the licence now.";
  const cut = (phrase: string) => {
    const q = text.indexOf(phrase);
    return `${phrase} clean=${cleanCut(text, q, q + phrase.length, 0, text.length)} words=${wordsOf(text, q, q + phrase.length).map((w) => w.w).join(' ')}`;
  };
  it.each([
    ['review the licence', 'review the licence clean=true words=review the licence'],
    ['The port’s licence', 'The port’s licence clean=true words=the port licence'],
  ])('%s', (phrase, expected) => expect(cut(phrase)).toBe(expected));

  // must not match: a cut inside a word, or before an apostrophe that continues it
  it.each([
    ['he port', 'he port clean=false words=he port'],
    ['The port', 'The port clean=false words=the port'],
    ['said O', 'said O clean=false words=said o'],
    ['licenc', 'licenc clean=false words=licenc'],
  ])('not clean: %s', (phrase, expected) => expect(cut(phrase)).toBe(expected));
});
