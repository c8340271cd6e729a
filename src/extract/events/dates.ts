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

/** The most precise date the text states, relative ones resolved against `published` (ISO). */
export function findDate(text: string, published: string | null): string | null {
  let best: DateMatch | null = null;
  for (const d of findDates(text, published)) {
    if (d.value !== null && (!best || rank(d) < rank(best))) best = d;
  }
  return best?.value ?? OCCASION_YEAR.exec(text)?.[1] ?? null;
}
