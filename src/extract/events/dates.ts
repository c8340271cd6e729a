/**
 * Minimal date finding for events, local until the shared `src/nlp/dates.ts` lands: absolute
 * dates ("12 March 2024", "March 12, 2024", "March 2024", a year), and weekdays and
 * today/yesterday resolved against the publication date (news convention: a weekday names the
 * most recent such day on or before publication). Follows chrono-node's split into a pattern
 * and a resolver; returns ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD) or null.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}\\s+(\\d{4})\\b`);
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`);
const MONTH_YEAR = new RegExp(`\\b(?:in\\s+)?${MONTH_RE}\\s+(\\d{4})\\b`);
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const YEAR = /\b(?:in|since|of|by|during|the|early|late|mid-?)\s+((?:19|20)\d{2})\b(?![-–,.]?\d)(?!\s+(?:troops|soldiers|people|dead|casualties|tons|km|miles))/i;
const RELATIVE = /\b(today|yesterday|(?:on|last)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;

const FOUR_DIGITS = /\d{4}/;

const pad = (n: number) => String(n).padStart(2, '0');
const monthIndex = (m: string) => MONTHS.findIndex((x) => x.startsWith(m.toLowerCase().replace('.', '').slice(0, 3)));

/** The first date the text states, resolved against `published` (ISO) when relative. */
export function findDate(text: string, published: string | null): string | null {
  // every absolute pattern holds a four-digit year: one cheap scan spares five regexes otherwise
  const year = FOUR_DIGITS.test(text);
  let m = year ? ISO.exec(text) : null;
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = year ? DAY_MONTH_YEAR.exec(text) : null;
  if (m) return `${m[3]}-${pad(monthIndex(m[2]) + 1)}-${pad(Number(m[1]))}`;
  m = year ? MONTH_DAY_YEAR.exec(text) : null;
  if (m) return `${m[3]}-${pad(monthIndex(m[1]) + 1)}-${pad(Number(m[2]))}`;
  m = year ? MONTH_YEAR.exec(text) : null;
  if (m) return `${m[2]}-${pad(monthIndex(m[1]) + 1)}`;
  const ref = published ? new Date(published) : null;
  m = RELATIVE.exec(text);
  if (m && ref && !Number.isNaN(ref.getTime())) {
    const word = m[1].toLowerCase();
    const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate()));
    if (word === 'yesterday') d.setUTCDate(d.getUTCDate() - 1);
    else if (word !== 'today') {
      const want = WEEKDAYS.indexOf(m[2].toLowerCase());
      let back = (d.getUTCDay() - want + 7) % 7;
      if (word.startsWith('last') && back === 0) back = 7;
      d.setUTCDate(d.getUTCDate() - back);
    }
    return d.toISOString().slice(0, 10);
  }
  m = year ? YEAR.exec(text) : null;
  if (m) return m[1];
  return null;
}
