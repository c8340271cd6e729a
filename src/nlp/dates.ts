/**
 * Dates as news writes them, absolute ("Jan. 5, 2024", "5 January 2024", "2024-01-05", "March
 * 2023", "in 2024") and relative to the publication date ("yesterday", "on Monday", "last week",
 * "three days ago", "earlier this month"). Pure functions; a reference date is always passed in,
 * never read from the clock (chrono-node's rule: tests pass a fixed reference date).
 *
 * Results are ISO 8601 at the precision the text gives: `2024-01-05` (day), `2024-W02` (week),
 * `2024-01` (month), `2024` (year). A bare weekday is resolved to the latest such day on or before
 * the reference ("on Monday" in a news report is almost always the past, as in chrono-node's
 * `forwardDate: false` default); "next Monday" goes forward.
 *
 * Sources: month and weekday names and abbreviations from the AP Stylebook ("months": Jan., Feb.,
 * Aug., Sept., Oct., Nov., Dec.; "days of the week") and ISO 8601 for the output forms and weeks.
 * The year rule (a four-digit numeral without a comma is a year) follows the AP Stylebook
 * ("numerals": use commas in figures of four digits or more, except years and street addresses).
 */

/** A frozen lookup table without a prototype, so that words like "constructor" are not found in it. */
function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** Month names and their AP and common abbreviations, lower-cased, without the dot → month 1–12. */
export const MONTH_WORDS: Readonly<Record<string, number>> = table({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
});

/** Weekday names and abbreviations → ISO weekday (Monday 1 … Sunday 7). */
export const WEEKDAY_WORDS: Readonly<Record<string, number>> = table({
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
});

/** Calendar units for "three days ago", "last week", "next month". */
const UNIT_WORDS: Readonly<Record<string, 'day' | 'week' | 'month' | 'year'>> = table({
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
});

/** Small counts written as words in relative dates ("two weeks ago"). */
const COUNT_WORDS: Readonly<Record<string, number>> = table({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, several: 3, few: 3, couple: 2,
});

/** A date expression found in a text, with its offsets and resolved value. */
export interface DateMatch {
  start: number;
  end: number;
  text: string;
  /** ISO 8601 value, or null when it is relative and no reference date is known. */
  value: string | null;
  granularity: 'day' | 'week' | 'month' | 'year';
  relative: boolean;
}

/** Lowest and highest years read as years (not counts) in news text. */
export const YEAR_MIN = 1000;
export const YEAR_MAX = 2199;

/** Whether a numeral reads as a year: four digits, no comma, 1000–2199 (AP Stylebook). */
export function isYearNumeral(text: string): boolean {
  if (!/^\d{4}$/.test(text)) return false;
  const y = Number(text);
  return y >= YEAR_MIN && y <= YEAR_MAX;
}

/** A decade numeral ("1990s", "'90s", "90s"). */
export function isDecadeNumeral(text: string): boolean {
  return /^(?:\d{2}|\d{4}|['’]\d{2})['’]?s$/.test(text);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A UTC date from an ISO reference string ("2024-03-05" or a full timestamp); null if unreadable. */
function refDate(published: string | null | undefined): Date | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (m) return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  const t = Date.parse(published);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const isoMonth = (y: number, m: number) => `${y}-${pad(m)}`;

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86400000);
}

function isoWeek(d: Date): string {
  // ISO 8601: the week with the year's first Thursday is week 1
  const day = d.getUTCDay() || 7;
  const thursday = addDays(d, 4 - day);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${pad(week)}`;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Month plus day without a year: the year that puts the date nearest the reference. */
function nearestYear(month: number, day: number, ref: Date): number {
  const y = ref.getUTCFullYear();
  let best = y;
  let bestGap = Infinity;
  for (const cand of [y - 1, y, y + 1]) {
    const gap = Math.abs(Date.UTC(cand, month - 1, day) - ref.getTime());
    if (gap < bestGap) {
      best = cand;
      bestGap = gap;
    }
  }
  return best;
}

function monthWord(w: string | undefined): number | undefined {
  return w === undefined ? undefined : MONTH_WORDS[w.toLowerCase().replace(/\.$/, '')];
}

function shift(ref: Date, unit: 'day' | 'week' | 'month' | 'year', n: number): { value: string; granularity: DateMatch['granularity'] } {
  if (unit === 'day') return { value: isoDay(addDays(ref, n)), granularity: 'day' };
  if (unit === 'week') return { value: isoWeek(addDays(ref, 7 * n)), granularity: 'week' };
  if (unit === 'month') {
    const total = ref.getUTCFullYear() * 12 + ref.getUTCMonth() + n;
    return { value: isoMonth(Math.floor(total / 12), (total % 12) + 1), granularity: 'month' };
  }
  return { value: String(ref.getUTCFullYear() + n), granularity: 'year' };
}

interface Parsed {
  value: string | null;
  granularity: DateMatch['granularity'];
  relative: boolean;
}

/** Parses one whole date expression; null when the text is not one. */
function parseOne(text: string, ref: Date | null): Parsed | null {
  const s = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(?:on|since|by|during|from|until|of) /i, '')
    .replace(/^in (?=\d{4}$|[a-z]+\.?,? \d{4}$|[a-z]+$)/i, '');
  const lower = s.toLowerCase().replace(/[.,]+$/, '');
  let m: RegExpExecArray | null;
  // ISO forms
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(lower)) && validDay(+m[1], +m[2], +m[3])) return { value: lower, granularity: 'day', relative: false };
  if ((m = /^(\d{4})-(\d{2})$/.exec(lower)) && +m[2] >= 1 && +m[2] <= 12) return { value: lower, granularity: 'month', relative: false };
  if (isYearNumeral(lower)) return { value: lower, granularity: 'year', relative: false };
  // "January 5, 2024", "Jan. 5", "Sept. 11 2001"
  if ((m = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/.exec(lower)) && monthWord(m[1])) {
    const month = monthWord(m[1])!;
    const day = +m[2];
    const year = m[3] ? +m[3] : ref ? nearestYear(month, day, ref) : null;
    if (year === null) return validDay(2000, month, day) ? { value: null, granularity: 'day', relative: true } : null;
    return validDay(year, month, day) ? { value: `${year}-${pad(month)}-${pad(day)}`, granularity: 'day', relative: !m[3] } : null;
  }
  // "5 January 2024", "5th of January"
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\.?(?:,? (\d{4}))?$/.exec(lower)) && monthWord(m[2])) {
    const month = monthWord(m[2])!;
    const day = +m[1];
    const year = m[3] ? +m[3] : ref ? nearestYear(month, day, ref) : null;
    if (year === null) return validDay(2000, month, day) ? { value: null, granularity: 'day', relative: true } : null;
    return validDay(year, month, day) ? { value: `${year}-${pad(month)}-${pad(day)}`, granularity: 'day', relative: !m[3] } : null;
  }
  // "March 2023", "Sept. 2001"
  if ((m = /^([a-z]+)\.?,? (\d{4})$/.exec(lower)) && monthWord(m[1])) return { value: isoMonth(+m[2], monthWord(m[1])!), granularity: 'month', relative: false };
  // "March" alone: the month nearest the reference
  if (monthWord(lower) !== undefined) {
    const month = monthWord(lower)!;
    return { value: ref ? isoMonth(nearestYear(month, 15, ref), month) : null, granularity: 'month', relative: true };
  }
  // Relative expressions need the reference date
  const rel = (value: string | null, granularity: DateMatch['granularity']): Parsed => ({ value, granularity, relative: true });
  if (lower === 'today' || lower === 'tonight' || lower === 'this morning' || lower === 'this afternoon' || lower === 'this evening') return rel(ref && isoDay(ref), 'day');
  if (lower === 'yesterday' || lower === 'last night') return rel(ref && isoDay(addDays(ref, -1)), 'day');
  if (lower === 'tomorrow') return rel(ref && isoDay(addDays(ref, 1)), 'day');
  // weekdays: "Monday", "last Monday", "next Monday", "this Monday"
  if ((m = /^(?:(last|this|next|past) )?([a-z]+)\.?$/.exec(lower)) && WEEKDAY_WORDS[m[2]] !== undefined) {
    if (!ref) return rel(null, 'day');
    const want = WEEKDAY_WORDS[m[2]];
    const today = ref.getUTCDay() || 7;
    let diff: number;
    if (m[1] === 'next') diff = ((want - today + 7) % 7) || 7;
    else if (m[1] === 'last' || m[1] === 'past') diff = -(((today - want + 7) % 7) || 7);
    else diff = -((today - want + 7) % 7);
    return rel(isoDay(addDays(ref, diff)), 'day');
  }
  // "last week", "this month", "next year", "earlier this year", "later this month"
  if ((m = /^(?:(?:earlier|later) )?(last|this|next|past) (week|month|year)$/.exec(lower))) {
    const n = m[1] === 'last' || m[1] === 'past' ? -1 : m[1] === 'next' ? 1 : 0;
    if (!ref) return rel(null, UNIT_WORDS[m[2]]);
    const r = shift(ref, UNIT_WORDS[m[2]], n);
    return rel(r.value, r.granularity);
  }
  // "three days ago", "2 weeks ago", "a year ago", "in two weeks", "two years from now"
  if ((m = /^(?:(in) )?(\d{1,3}|[a-z]+)(?: of)? (days?|weeks?|months?|years?)(?: (ago|earlier|later|from now|before|after))?$/.exec(lower))) {
    const n = /^\d+$/.test(m[2]) ? +m[2] : COUNT_WORDS[m[2]];
    if (n === undefined || (!m[1] && !m[4])) return null;
    if (m[4] === 'before' || m[4] === 'after') return null;
    const sign = m[4] === 'ago' || m[4] === 'earlier' ? -1 : 1;
    if (!ref) return rel(null, UNIT_WORDS[m[3]]);
    const r = shift(ref, UNIT_WORDS[m[3]], sign * n);
    return rel(r.value, r.granularity);
  }
  // "in 2024" is handled by the year rule after the preposition is stripped
  return null;
}

/**
 * Resolves one date expression to ISO 8601 at the precision the text gives, relative ones
 * against `published` (an ISO date or timestamp). Null when the text is not a date or is
 * relative and no reference date is known.
 */
export function resolveDate(text: string, published: string | null | undefined): string | null {
  return parseOne(text, refDate(published))?.value ?? null;
}

/** Whether a text is one whole date expression (absolute or relative), whatever the reference. */
export function isDateExpression(text: string): boolean {
  return parseOne(text, null) !== null;
}

const MONTH_ALT = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY_ALT = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const COUNT_ALT = '\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of';
/** One pass over a text finds every date expression; longest alternatives first. */
const DATE_SCAN = new RegExp(
  [
    `\\b\\d{4}-\\d{2}-\\d{2}\\b`,
    `\\b(?:${MONTH_ALT})\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTH_ALT})\\b\\.?(?:,? \\d{4}\\b)?`,
    `\\b(?:${MONTH_ALT})\\.?,? \\d{4}\\b`,
    `\\b(?:(?:earlier|later) )?(?:last|this|next|past) (?:week|month|year)\\b`,
    `\\b(?:(?:last|this|next|past) )?(?:${WEEKDAY_ALT})\\b`,
    `\\b(?:${COUNT_ALT}) (?:days?|weeks?|months?|years?) (?:ago|earlier)\\b`,
    `\\bin (?:${COUNT_ALT}) (?:days?|weeks?|months?|years?)\\b`,
    `\\b(?:yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\\b`,
    `\\b(?:in|since|by|during|until|from|of) (?:1[0-9]|2[01])\\d{2}\\b(?![,.]?\\d)`,
  ].join('|'),
  'gi',
);

/**
 * Finds the date expressions in a text with one regular-expression pass, each resolved against
 * `published` where it is relative. "May" alone is not taken (a modal verb far more often).
 */
export function findDates(text: string, published: string | null | undefined): DateMatch[] {
  const ref = refDate(published);
  const out: DateMatch[] = [];
  DATE_SCAN.lastIndex = 0;
  for (let m = DATE_SCAN.exec(text); m; m = DATE_SCAN.exec(text)) {
    let start = m.index;
    let raw = m[0];
    // "in 2024": the preposition is context, not part of the date
    const prep = /^(?:in|since|by|during|until|from|of) (?=\d{4}$)/i.exec(raw);
    if (prep) {
      start += prep[0].length;
      raw = raw.slice(prep[0].length);
    }
    const parsed = parseOne(raw, ref);
    if (!parsed) continue;
    out.push({ start, end: start + raw.length, text: raw, value: parsed.value, granularity: parsed.granularity, relative: parsed.relative });
  }
  return out;
}
