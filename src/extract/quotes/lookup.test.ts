/** Tests for `quoteAt`: which statement, if any, an offset lies in. */
import { describe, expect, it } from 'vitest';
import { quoteAt } from './lookup.js';
import { quotesOf } from './_test-utils.js';

describe('quoteAt', () => {
  const text = 'Title of the story\n\nThe mayor called the plan "a disaster for the city." Prices rose in May. "We stay," Lopez said, "and fight."';
  const { quotes } = quotesOf(text);
  const at = (word: string) => {
    const q = quoteAt(quotes, text.indexOf(word));
    return q ? `${q.kind} ${q.speaker?.name}` : null;
  };
  it('finds the innermost quote: the quoted phrase inside the reported clause', () => expect(at('disaster')).toBe('partial The mayor'));
  it('finds the reported clause around a quoted phrase', () => expect(at('plan')).toBe('indirect The mayor'));
  it('finds nothing in the narrator’s own words', () => expect(at('Prices')).toBeNull());
  it('finds nothing in the cue between the parts of an interrupted quote', () => expect(at('Lopez')).toBeNull());
  it('finds both parts of an interrupted quote', () => expect([at('stay'), at('fight')]).toEqual(['direct Lopez', 'direct Lopez']));
  it('is empty for no quotes', () => expect(quoteAt([], 10)).toBeNull());
});
