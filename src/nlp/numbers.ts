/**
 * Reading numbers as news writes them: numerals with thousands separators and decimals
 * ("12,000", "4.5"), with a magnitude suffix ("1.2m", "30bn", "5k"), number words ("twenty-five",
 * "one hundred and five", "two million", "a dozen", "half a million"), vague quantities
 * ("thousands", "dozens of", "tens of thousands") and ranges ("3-5", "3 to 5").
 *
 * Pure functions over strings or lower-cased word arrays, so that any stage can use them on
 * tokens. The word lists are data with their sources:
 * - cardinal words and the short-scale names of large numbers: Wikipedia, "English numerals" and
 *   "Names of large numbers" (short scale, as the AP Stylebook and English-language news use it);
 * - magnitude abbreviations ("m", "bn", "k", "tn"): AP Stylebook "millions, billions" and the
 *   Economist Style Guide "figures" (m, bn, trn);
 * - vague quantities: the implied minimum is two of the unit ("thousands" = 2,000), as the
 *   claimtrace spec states; "dozens" and "scores" are the collective nouns dozen (12) and
 *   score (20) from Wikipedia "English numerals" (collective numerals).
 */

/** A frozen lookup table without a prototype, so that words like "constructor" are not found in it. */
function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** Cardinal words below twenty (Wikipedia, "English numerals"). */
export const UNIT_WORDS: Readonly<Record<string, number>> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});

/** Tens words (Wikipedia, "English numerals"). */
export const TENS_WORDS: Readonly<Record<string, number>> = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/**
 * Multiplier words: hundred and the short-scale large numbers (Wikipedia, "Names of large numbers"),
 * and their abbreviations written as a word of their own, as wire headlines do ("$16 bln", "3 mln
 * barrels": Reuters; "£2 bn": the Economist's m/bn/trn). Single letters ("5 m") are left out: after
 * a space they are units (metres).
 */
export const MAGNITUDE_WORDS: Readonly<Record<string, number>> = table({
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  mln: 1e6, mn: 1e6, bln: 1e9, bn: 1e9, trn: 1e12, tn: 1e12,
});

/** Collective numerals used as multipliers ("two dozen", "a dozen"): Wikipedia, "English numerals". */
export const COLLECTIVE_WORDS: Readonly<Record<string, number>> = table({ dozen: 12 });

/**
 * Magnitude abbreviations written straight after a numeral ("1.2m", "30bn", "$5k"), from the AP
 * Stylebook ("millions, billions": $1.2 million, not $1.2m, in copy, but headlines use them) and the
 * Economist Style Guide (m, bn, trn). Lower-cased.
 */
export const MAGNITUDE_SUFFIXES: Readonly<Record<string, number>> = table({
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, million: 1e6, b: 1e9, bn: 1e9, bln: 1e9,
  billion: 1e9, t: 1e12, tn: 1e12, trn: 1e12, trillion: 1e12,
});

/**
 * Vague quantity nouns and their base; the implied minimum is two of the base ("thousands" = 2,000).
 * Plurals of the magnitude and collective words above; "tens" combines ("tens of thousands").
 */
export const VAGUE_QUANTITY_WORDS: Readonly<Record<string, number>> = table({
  dozens: 12, scores: 20, hundreds: 1e2, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12, tens: 10,
});

/** A number read from words, with how many words it used. */
export interface WordNumber {
  value: number;
  /** Index just after the last word used. */
  end: number;
}

/** A vague quantity read from words ("tens of thousands" → min 20,000). */
export interface VagueQuantity {
  /** The implied minimum: two of the unit. */
  min: number;
  end: number;
}

const NUMERAL = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;
const SUFFIXED = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)([a-z]+)$/i;

/** Parses a numeral with optional separators, decimals and magnitude suffix ("12,000", "1.2m"); null if it is none. */
export function parseNumeral(text: string): number | null {
  const s = text.trim();
  if (!s) return null;
  const m = NUMERAL.exec(s);
  if (m && (m[2] !== undefined || m[3] !== undefined)) {
    const v = Number(`${m[1]}${(m[2] ?? '0').replace(/,/g, '')}${m[3] !== undefined ? '.' + m[3] : ''}`);
    return Number.isFinite(v) ? v : null;
  }
  const suf = SUFFIXED.exec(s);
  if (suf) {
    const mult = MAGNITUDE_SUFFIXES[suf[2].toLowerCase()];
    const base = parseNumeral(suf[1]);
    if (mult !== undefined && base !== null) return round(base * mult);
  }
  return null;
}

/** Multiplies without binary noise (1.2 * 1e6 = 1200000, not 1199999.9999). */
function round(v: number): number {
  return Number.parseFloat(v.toPrecision(12));
}

/**
 * Reads a cardinal number from lower-cased words starting at `from` ("twenty", "-", "five";
 * "one", "hundred", "and", "five"; "a", "dozen"; "half", "a", "million"; "two", "million").
 * Stops before a word that cannot continue the number; null when no number starts there.
 */
export function parseNumberWords(words: readonly string[], from = 0): WordNumber | null {
  let total = 0;
  let current = 0;
  let i = from;
  let used = false;
  /** What the last word was, to refuse "one two" and "twenty thirty". */
  let last: 'none' | 'unit' | 'tens' | 'hundred' | 'big' = 'none';
  let end = from;
  // "a dozen", "a hundred", "a million", "half a million"
  if (words[i] === 'half' && (words[i + 1] === 'a' || words[i + 1] === 'an') && MAGNITUDE_WORDS[words[i + 2]] >= 1e3) {
    return { value: MAGNITUDE_WORDS[words[i + 2]] / 2, end: i + 3 };
  }
  if ((words[i] === 'a' || words[i] === 'an') && (MAGNITUDE_WORDS[words[i + 1]] !== undefined || COLLECTIVE_WORDS[words[i + 1]] !== undefined)) {
    current = 1;
    last = 'unit';
    i++;
  }
  for (; i < words.length; i++) {
    const w = words[i];
    if (w in UNIT_WORDS) {
      if (last === 'unit' || (last === 'tens' && UNIT_WORDS[w] >= 10)) break;
      current += UNIT_WORDS[w];
      last = 'unit';
    } else if (w in TENS_WORDS) {
      if (last === 'unit' || last === 'tens') break;
      current += TENS_WORDS[w];
      last = 'tens';
    } else if (w === 'hundred') {
      if (last === 'hundred') break;
      current = (current || 1) * 100;
      last = 'hundred';
    } else if (w in MAGNITUDE_WORDS) {
      if (last === 'none' && !used) break;
      total += (current || 1) * MAGNITUDE_WORDS[w];
      current = 0;
      last = 'big';
    } else if (w in COLLECTIVE_WORDS && last !== 'none') {
      current = (current || 1) * COLLECTIVE_WORDS[w];
      last = 'big';
    } else if (w === '-' && last === 'tens' && words[i + 1] !== undefined && UNIT_WORDS[words[i + 1]] !== undefined && UNIT_WORDS[words[i + 1]] < 10) {
      continue;
    } else if (w === 'and' && (last === 'hundred' || last === 'big') && (UNIT_WORDS[words[i + 1]] !== undefined || TENS_WORDS[words[i + 1]] !== undefined)) {
      continue;
    } else break;
    used = true;
    end = i + 1;
  }
  if (!used) return null;
  return { value: total + current, end };
}

/**
 * Reads a vague quantity from lower-cased words at `from`: "thousands", "dozens", "hundreds of
 * thousands", "tens of thousands", "several thousand", "a few hundred". The words after ("of
 * troops") are left to the caller. Null when none starts there.
 */
export function parseVagueQuantity(words: readonly string[], from = 0): VagueQuantity | null {
  const w = words[from];
  // "several thousand", "a few hundred", "a couple of thousand": two of the magnitude at least
  const fewWords = w === 'several' || w === 'many' ? 1 : (w === 'a' && (words[from + 1] === 'few' || words[from + 1] === 'couple')) ? 2 : 0;
  if (fewWords) {
    let j = from + fewWords;
    if (words[j] === 'of') j++;
    const mag = MAGNITUDE_WORDS[words[j]] ?? COLLECTIVE_WORDS[words[j]];
    if (mag !== undefined) return { min: 2 * mag, end: j + 1 };
    return null;
  }
  const base = VAGUE_QUANTITY_WORDS[w];
  if (base === undefined) return null;
  // "tens of thousands", "hundreds of millions": the first is a multiplier of the second
  if (words[from + 1] === 'of' && VAGUE_QUANTITY_WORDS[words[from + 2]] !== undefined && VAGUE_QUANTITY_WORDS[words[from + 2]] >= 1e3 && base >= 10 && base < VAGUE_QUANTITY_WORDS[words[from + 2]]) {
    return { min: 2 * base * VAGUE_QUANTITY_WORDS[words[from + 2]], end: from + 3 };
  }
  if (w === 'tens') return null;
  return { min: 2 * base, end: from + 1 };
}

/** A numeric range read from a string ("3-5", "3–5", "3 to 5", "between 3 and 5"). */
export interface NumberRange {
  min: number;
  max: number;
}

const RANGE = /^(?:between\s+)?(\S+?)\s*(?:[-–—]|\s(?:to|and)\s)\s*(\S+)$/i;

/** Parses a range of two numerals or number words; null when it is not one or the bounds are reversed. */
export function parseRange(text: string): NumberRange | null {
  const m = RANGE.exec(text.trim());
  if (!m) return null;
  const a = parseNumber(m[1]);
  const b = parseNumber(m[2]);
  if (a === null || b === null || a >= b) return null;
  return { min: a, max: b };
}

/**
 * Parses a whole string as one number: a numeral ("12,000", "1.2m"), a numeral with a magnitude
 * word ("4.5 million"), or number words ("two million", "twenty-five", "a dozen"). Null otherwise.
 */
export function parseNumber(text: string): number | null {
  const s = text.trim().toLowerCase();
  const direct = parseNumeral(s);
  if (direct !== null) return direct;
  const words = s.split(/\s+|(?=-)|(?<=-)/).filter(Boolean);
  if (words.length === 2) {
    const base = parseNumeral(words[0]);
    const mult = MAGNITUDE_SUFFIXES[words[1]];
    if (base !== null && mult !== undefined && words[1].length > 2) return round(base * mult);
  }
  const w = parseNumberWords(words, 0);
  return w && w.end === words.length ? w.value : null;
}

/** Whether a lower-cased word can start or continue a number written in words. */
export function isNumberWord(word: string): boolean {
  return word in UNIT_WORDS || word in TENS_WORDS || word in MAGNITUDE_WORDS || word in COLLECTIVE_WORDS;
}
