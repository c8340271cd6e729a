/**
 * The date of an event: the date expressions of its sentence come from the shared finder
 * (`src/nlp/dates.ts`: absolute dates, and weekdays, "yesterday", "last week", "three days ago"
 * resolved against the publication date), and the most precise one wins: an absolute day, then an
 * absolute month, then a resolved relative date, then a year. Failing all of them, the year of the
 * occasion the act took place in ("in the 2010 Senate election", "during the 2013 trial") dates it.
 * Returns ISO 8601 (YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD) or null.
 */
import { findDates, type DateMatch } from '../../nlp/dates.js';

/** "in/during/at/since the 2010 ...": the year of the occasion the sentence places the act in. */
const OCCASION_YEAR = /\b(?:in|during|at|since)\s+the\s+((?:1[0-9]|20)\d{2})\b(?![-–,.]?\d)/i;

/** How precise a date is, lower first. */
function rank(d: DateMatch): number {
  if (!d.relative && d.granularity === 'day') return 0;
  if (!d.relative && d.granularity === 'month') return 1;
  if (d.relative) return 2;
  return 3;
}

/**
 * Words one of which every date expression without a year holds ("Monday", "yesterday", "last
 * week", "three months ago", "tonight", "this morning"; see `findDates`'s alternatives).
 */
const DATE_WORDS = ['day', 'week', 'month', 'morning', 'year', 'tomorrow', 'night', 'afternoon', 'evening'];

/** The first three letters of every month name ("Sept. 11", "5 March", "Jan 2024"). */
const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Tails after the first letter, indexed by that letter's char code (ASCII): date words, months. */
const DATE_WORD_TAILS: (string[] | undefined)[] = new Array(128).fill(undefined);
const MONTH_TAILS: (string[] | undefined)[] = new Array(128).fill(undefined);
for (const w of DATE_WORDS) (DATE_WORD_TAILS[w.charCodeAt(0)] ??= []).push(w.slice(1));
for (const w of MONTH_PREFIXES) (MONTH_TAILS[w.charCodeAt(0)] ??= []).push(w.slice(1));

/**
 * Whether `text` may hold a date expression (a necessary condition, checked without building a
 * string; most sentences fail it, and for them the whole-text scans of `findDates` find nothing):
 * a date word, four digits in a row (a year: "2024", "in 1967", "2024-05-01"), or a digit and a
 * month name ("May 5", "5th of March"), in any ASCII case.
 */
export function mayHoldDate(text: string): boolean {
  const n = text.length;
  let digits = 0;
  let digit = false;
  let month = false;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits >= 4) return true;
      digit = true;
      continue;
    }
    digits = 0;
    if (c >= 65 && c <= 90) c |= 32;
    if (c >= 128) continue;
    const tails = DATE_WORD_TAILS[c];
    if (tails !== undefined) for (const tail of tails) if (foldedAt(text, i + 1, tail)) return true;
    if (!month) {
      const months = MONTH_TAILS[c];
      if (months !== undefined) for (const tail of months) if (foldedAt(text, i + 1, tail)) month = true;
    }
  }
  return digit && month;
}

/** Whether `text` at `at` reads `lower` (lower-case ASCII) in any ASCII case. */
function foldedAt(text: string, at: number, lower: string): boolean {
  if (at + lower.length > text.length) return false;
  for (let k = 0; k < lower.length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 65 && c <= 90) c |= 32;
    if (c !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Whether `text` has four ASCII digits in a row: without a publication date every date with a
 * value is absolute, and every absolute one states its year ("2024-05-01", "May 5, 2024", "in
 * 1967"; a day or month without a year, and relative dates, have no value then).
 */
export function hasYearDigits(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits >= 4) return true;
    } else digits = 0;
  }
  return false;
}

/** The most precise date the text states, relative ones resolved against `published` (ISO). */
export function findDate(text: string, published: string | null): string | null {
  // (the regular expressions below cannot match without a year, a date word or a day of a month,
  // nor give a value without a year when there is no reference date)
  if (!(published ? mayHoldDate(text) : hasYearDigits(text))) return null;
  let best: DateMatch | null = null;
  for (const d of findDates(text, published)) {
    if (d.value !== null && (!best || rank(d) < rank(best))) best = d;
  }
  return best?.value ?? OCCASION_YEAR.exec(text)?.[1] ?? null;
}
