import { describe, expect, it } from 'vitest';
import { parseNumber, parseNumberWords, parseNumeral, parseRange, parseVagueQuantity } from './numbers.js';

describe('parseNumber', () => {
  const rows: [string, number | null][] = [
    ['12,000', 12000],
    ['4,700', 4700],
    ['1,234,567.89', 1234567.89],
    ['4.5', 4.5],
    ['.5', 0.5],
    ['1.2m', 1200000],
    ['30bn', 30000000000],
    ['5k', 5000],
    ['2tn', 2000000000000],
    ['4.5 million', 4500000],
    ['16 bln', 16000000000],
    ['3 mln', 3000000],
    ['two million', 2000000],
    ['twenty-five', 25],
    ['twenty five', 25],
    ['one hundred and five', 105],
    ['two thousand five hundred', 2500],
    ['a dozen', 12],
    ['two dozen', 24],
    ['a hundred', 100],
    ['a million', 1000000],
    ['half a million', 500000],
    ['zero', 0],
    ['nineteen', 19],
  ];
  it.each(rows)('%s → %s', (text, want) => expect(parseNumber(text)).toBe(want));

  const notNumbers = ['AK-47', 'F-16', 'G7', 'COVID-19', 'one two', 'twenty thirty', 'million', 'dozen', 'bln', '5 m', '12,00', 'abc', '', '1.2x'];
  it.each(notNumbers)('not a number: %s', (text) => expect(parseNumber(text)).toBeNull());
});

describe('parseNumeral', () => {
  it('keeps separators and decimals apart', () => {
    expect([parseNumeral('1,000'), parseNumeral('1000'), parseNumeral('1.000'), parseNumeral('-3')]).toEqual([1000, 1000, 1, -3]);
  });
});

describe('parseNumberWords', () => {
  const rows: [string, number, number][] = [
    ['three soldiers died', 3, 1],
    ['twenty - five dead', 25, 3],
    ['one hundred and five people', 105, 4],
    ['a dozen troops', 12, 2],
    ['two million people and three', 2000000, 2],
  ];
  it.each(rows)('%s → %s (%s words)', (text, value, used) => {
    expect(parseNumberWords(text.split(' '), 0)).toEqual({ value, end: used });
  });
  it('does not read "a" alone or "and" at the start', () => {
    expect(parseNumberWords(['a', 'soldier'])).toBeNull();
    expect(parseNumberWords(['and', 'five'])).toBeNull();
  });
});

describe('parseVagueQuantity (implied minimum: two of the unit)', () => {
  const rows: [string, number | null][] = [
    ['thousands of troops', 2000],
    ['hundreds of people', 200],
    ['dozens of villages', 24],
    ['scores of dead', 40],
    ['millions', 2000000],
    ['tens of thousands of people', 20000],
    ['hundreds of thousands', 200000],
    ['several thousand people', 2000],
    ['a few hundred protesters', 200],
    ['tens of people', null],
    ['several people', null],
    ['troops', null],
  ];
  it.each(rows)('%s → %s', (text, want) => expect(parseVagueQuantity(text.split(' '), 0)?.min ?? null).toBe(want));
});

describe('parseRange', () => {
  const rows: [string, { min: number; max: number } | null][] = [
    ['3-5', { min: 3, max: 5 }],
    ['3–5', { min: 3, max: 5 }],
    ['3 to 5', { min: 3, max: 5 }],
    ['between 3 and 5', { min: 3, max: 5 }],
    ['two to three', { min: 2, max: 3 }],
    ['52-48', null],
    ['2-2', null],
  ];
  it.each(rows)('%s', (text, want) => expect(parseRange(text)).toEqual(want));
});
