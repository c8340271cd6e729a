/**
 * Reading one figure expression from the tokens of a sentence: the number (digits from wink's
 * number tokens, words and vague quantities through `nlp/numbers`), its qualifier, currency or
 * percent sign, and the counted phrase after it (or before it, "casualties (4,700, ...)").
 * Parsers in the chrono-node manner: each returns a draft with the rule that made it, or null.
 */
import type { Figure, Token } from '../../types.js';
import {
  COLLECTIVE_WORDS, MAGNITUDE_SUFFIXES, MAGNITUDE_WORDS, TENS_WORDS, UNIT_WORDS, VAGUE_QUANTITY_WORDS,
  isNumberWord, parseNumberWords, parseNumeral, parseRange, parseVagueQuantity,
} from '../../nlp/numbers.js';
import { isYearNumeral, MONTH_WORDS, WEEKDAY_WORDS } from '../../nlp/dates.js';
import type { CompiledLexicon } from './compile.js';
import { AMBIGUOUS_CURRENCY_WORDS, CURRENCY_SYMBOLS, CURRENCY_WORDS, PEOPLE_ADJECTIVES, TIME_WORDS } from './lexicon.js';

/** A figure before ids, sources and links are attached; token indices are half-open. */
export interface Draft {
  /** First token of the figure (qualifier, currency or number). */
  from: number;
  /** Token after the figure's last token (number, sign or unit). */
  to: number;
  /** Token after the number core and its signs, before the unit. */
  coreEnd: number;
  value: number;
  min: number | null;
  max: number | null;
  qualifier: Figure['qualifier'];
  unit: string | null;
  unitText: string | null;
  currency: string | null;
  percentOf: string | null;
  /** The figure says it is a part of the previous one ("600 of them"). */
  partMarker: boolean;
  /** The figure is a part of the next one ("40 of the 100 senators"). */
  wholeAfter?: boolean;
  /** Characters to drop from the end of the last token (a sentence period glued to "1.2m."). */
  trim: number;
  rule: string;
}

/** What the reader needs: tokens, their lower-cased forms, the sentence bounds, the lexicon. */
export interface ReadContext {
  text: string;
  tokens: readonly Token[];
  norms: readonly string[];
  /** First and end token of the sentence. */
  first: number;
  end: number;
  lex: CompiledLexicon;
}

interface Core {
  from: number;
  to: number;
  value: number;
  min: number | null;
  max: number | null;
  vague: boolean;
  words: boolean;
  /** Had a magnitude word or suffix ("5 million", "1.2m"). */
  magnitude: number;
  digits: string | null;
  /** Characters to drop from the end of the last token ("1.2m." keeps the sentence's period out). */
  trim: number;
  rule: string;
}

const isMonth = (norm: string | undefined) => norm !== undefined && MONTH_WORDS[norm.replace(/\.$/, '')] !== undefined;
const isWeekday = (norm: string | undefined) => norm !== undefined && WEEKDAY_WORDS[norm.replace(/\.$/, '')] !== undefined;
const PHONE = /^\(?\d{3}\)?[-.]\d{3,4}(?:[-.]\d{4})?$/;

const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'who']);

/** Reads a bare number (digits with magnitude, words, or a vague quantity) at token `i`; null if none. */
function readNumber(c: ReadContext, i: number): Core | null {
  const { tokens, norms } = c;
  if (i >= c.end) return null;
  const tok = tokens[i];
  if (tok.kind === 'number') {
    const text = tok.text;
    if (/[:/]/.test(text) || PHONE.test(text)) return null;
    if (/\d[-–]\d/.test(text)) {
      const [a, b] = text.split(/[-–]/);
      if (isYearNumeral(a) || text.split(/[-–]/).length > 2) return null;
      const r = parseRange(text);
      if (!r || b.length < a.length) return null;
      return { from: i, to: i + 1, value: r.min, min: r.min, max: r.max, vague: false, words: false, magnitude: 1, digits: text, trim: 0, rule: 'figures/range' };
    }
    let value = parseNumeral(text);
    if (value === null) return null;
    let to = i + 1;
    // "2 000 cases": SI style groups thousands with a space (NIST SP 811, §10.5.3)
    if (/^\d{1,3}$/.test(text)) {
      let joined = text;
      while (to < c.end && tokens[to].kind === 'number' && /^\d{3}$/.test(tokens[to].text) && tokens[to].start === tokens[to - 1].end + 1
        && /^[ \u00a0\u2009\u202f]$/.test(c.text[tokens[to - 1].end])) {
        joined += tokens[to].text;
        to++;
      }
      if (to > i + 1) value = Number(joined);
    }
    let magnitude = 1;
    let trim = 0;
    if (to < c.end) {
      const next = tokens[to];
      const mag = MAGNITUDE_WORDS[norms[to]];
      // wink keeps a sentence's final period on an abbreviation-like suffix: "£1.2m."
      const bare = norms[to].endsWith('.') ? norms[to].slice(0, -1) : norms[to];
      const suffix = MAGNITUDE_SUFFIXES[bare];
      if (mag !== undefined && mag >= 100) magnitude = mag;
      else if (suffix !== undefined && next.start === tokens[to - 1].end) {
        magnitude = suffix;
        trim = norms[to].length - bare.length;
      }
      if (magnitude > 1) {
        value = Number.parseFloat((value * magnitude).toPrecision(12));
        to++;
      }
    }
    return { from: i, to, value, min: null, max: null, vague: false, words: false, magnitude, digits: to > i + 1 && magnitude === 1 ? c.text.slice(tok.start, tokens[to - 1].end) : text, trim, rule: 'figures/number' };
  }
  const vague = parseVagueQuantity(norms, i);
  // "it scores political points": after a subject pronoun a vague quantity word is a verb
  if (vague && vague.end <= c.end && tokens[i].pos !== 'VERB' && !(i > c.first && SUBJECT_PRONOUNS.has(norms[i - 1]))) {
    return { from: i, to: vague.end, value: vague.min, min: vague.min, max: null, vague: true, words: true, magnitude: 1, digits: null, trim: 0, rule: 'figures/vague-quantity' };
  }
  if (isNumberWord(norms[i]) || norms[i] === 'a' || norms[i] === 'an' || norms[i] === 'half') {
    const w = parseNumberWords(norms, i);
    if (!w || w.end > c.end) return null;
    let magnitude = 1;
    for (let k = i; k < w.end; k++) if (MAGNITUDE_WORDS[norms[k]] >= 1e3) magnitude = MAGNITUDE_WORDS[norms[k]];
    return { from: i, to: w.end, value: w.value, min: null, max: null, vague: false, words: true, magnitude, digits: null, trim: 0, rule: 'figures/number-words' };
  }
  return null;
}

/** Whether a digits core is really a year, date, time, age, phone number or a name ("Boeing 737"). */
function notACount(c: ReadContext, core: Core, currency: boolean): boolean {
  if (core.digits === null || currency) return false;
  const { tokens, norms } = c;
  const prev = core.from > c.first ? core.from - 1 : -1;
  const nextNorm = norms[core.to];
  if (core.magnitude === 1 && isYearNumeral(core.digits) && nextNorm !== '%' && nextNorm !== 'percent') return true;
  if (prev >= 0 && isMonth(norms[prev])) return true;
  if (isMonth(nextNorm) || (nextNorm === 'of' && isMonth(norms[core.to + 1]))) return true;
  if (nextNorm !== undefined && TIME_WORDS.has(nextNorm)) return true;
  // "the 19s", "in their 50s": a numeral made plural names decades, ages or runways, not a count
  if (nextNorm === 's' && tokens[core.to].start === tokens[core.to - 1].end) return true;
  // "a 45-year-old", "45 years old": an age, not a count
  if (nextNorm === '-' && /^(?:year|month|week|day)s?$/.test(norms[core.to + 1] ?? '') && norms[core.to + 2] === '-' && norms[core.to + 3] === 'old') return true;
  if (/^(?:year|month|week|day)s?$/.test(nextNorm ?? '') && norms[core.to + 1] === 'old') return true;
  if (prev >= 0 && c.lex.labels.has(norms[prev])) return true;
  // "children ages 5 to 12", "aged 40": an age, not a count
  if (prev >= 0 && (norms[prev] === 'ages' || norms[prev] === 'aged' || norms[prev] === 'age')) return true;
  // "(212) 555-1234": an area code
  if (prev >= 0 && norms[prev] === '(' && norms[core.to] === ')' && tokens[core.to + 1] && PHONE.test(tokens[core.to + 1].text)) return true;
  // "Boeing 737", "Apollo 11", "Windows 10": a plain integer straight after a capitalised name
  // ("Quran 9.28", "John 8.32": a decimal after a name is a chapter and verse)
  if (prev >= 0 && tokens[prev].pos === 'PROPN' && /^[A-Z]/.test(tokens[prev].text) && /^\d+(?:\.\d+)?$/.test(core.digits) && core.magnitude === 1
    && nextNorm !== '%' && nextNorm !== 'percent' && !isWeekday(norms[prev]) && !headlineVerb(c, prev)) return true;
  // "a 4K screen", "an 8K TV", "ran a 5K": a K glued to a small whole number names a display
  // resolution or a race distance; thousands of something are written "40K" or "10K jobs"
  if (core.magnitude === 1000 && core.to - core.from === 2 && /^\d{1,2}$/.test(core.digits) && Number(core.digits) <= 16
    && (norms[core.to - 1] === 'k' || norms[core.to - 1] === 'k.') && !pluralNounAt(c, core.to)) return true;
  return false;
}

/** Whether token `k` is a plural common noun ("jobs"), the counted head after a number. */
function pluralNounAt(c: ReadContext, k: number): boolean {
  return k < c.end && c.tokens[k].pos === 'NOUN' && c.tokens[k].lemma !== c.norms[k] && /s$/.test(c.norms[k]);
}

/**
 * Whether the capitalised word at `k` before a number is the verb of a title-case headline
 * ("ICE Arrests 145", "Company Cuts 300 Jobs") that wink tagged a proper noun: a harm or
 * change verb form after another capitalised word. Only reached for a
 * number right after a capitalised proper noun, so the lookups are rare.
 */
function headlineVerb(c: ReadContext, k: number): boolean {
  if (k - 1 < c.first || !/^[A-Z]/.test(c.tokens[k - 1].text)) return false;
  const w = c.norms[k];
  // (not the attribution verbs: "Says 45" counts nothing, and "States", "Reports" are nouns in names)
  if (VICTIM_VERBS.has(w)) return true;
  const stem = w.endsWith('es') && CHANGE_VERBS.has(w.slice(0, -2)) ? w.slice(0, -2) : w.endsWith('s') ? w.slice(0, -1) : w.endsWith('ed') ? w.slice(0, -2) : w;
  return CHANGE_VERBS.has(stem) || CHANGE_VERBS.has(`${stem}e`);
}

/** The qualifier phrase ending right before token `i`, if any. */
function qualifierBefore(c: ReadContext, i: number): { from: number; qualifier: Draft['qualifier'] } | null {
  if (i <= c.first) return null;
  const list = c.lex.before.get(c.norms[i - 1]);
  if (!list) return null;
  for (const p of list) {
    const start = i - p.words.length;
    if (start < c.first) continue;
    let ok = true;
    for (let k = 0; k < p.words.length && ok; k++) ok = c.norms[start + k] === p.words[k];
    // "his comment about 47 percent", "learn more about 529 plans": after a noun or "more" the
    // word is the preposition, not an approximation
    if (ok && p.words.length === 1 && p.words[0] === 'about' && start > c.first && afterNoun(c, start - 1)) ok = false;
    // "$374 billion over 10 years", "5% above 2005 levels": right after a number the word is a preposition
    if (ok && p.words.length === 1 && PREPOSITION_QUALIFIERS.has(p.words[0]) && start > c.first && (c.tokens[start - 1].kind === 'number' || MAGNITUDE_WORDS[c.norms[start - 1]] !== undefined || c.norms[start - 1] === '%' || c.norms[start - 1] === 'percent')) ok = false;
    if (ok) return { from: start, qualifier: p.qualifier };
  }
  return null;
}

/** Qualifiers that are also prepositions of period or comparison ("over 10 years", "above 2005 levels"). */
const PREPOSITION_QUALIFIERS = new Set(['over', 'under', 'above', 'below']);

/** Whether token `k` is a noun ("comment", also after "his" when wink tags it a verb) or "more"/"less". */
function afterNoun(c: ReadContext, k: number): boolean {
  const t = c.tokens[k];
  if (t.pos === 'NOUN' || c.norms[k] === 'more' || c.norms[k] === 'less') return true;
  return t.pos === 'VERB' && k > c.first && (c.tokens[k - 1].pos === 'DET' || POSSESSIVES.has(c.norms[k - 1]));
}

/** The qualifier phrase starting at token `i` ("or more", "-plus"), if any. */
function qualifierAfter(c: ReadContext, i: number): { to: number; qualifier: Draft['qualifier'] } | null {
  const list = c.lex.after.get(c.norms[i]);
  if (!list) return null;
  for (const p of list) {
    if (i + p.words.length > c.end) continue;
    let ok = true;
    for (let k = 0; k < p.words.length && ok; k++) ok = c.norms[i + k] === p.words[k];
    if (ok) return { to: i + p.words.length, qualifier: p.qualifier };
  }
  return null;
}

const UNIT_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
/** Words that open a time phrase after the counted noun ("40 ships last year", "5 tonnes per day"). */
const UNIT_STOP = new Set(['last', 'next', 'this', 'per', 'each', 'every', 'ago', 'earlier', 'later', 'a', 'an', 'the']);
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM']);
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/** The counted phrase starting at token `j`: modifiers and a noun head ("North Korean soldiers"). */
function unitAfter(c: ReadContext, j: number, vague = false): { to: number; unit: string; unitText: string } | null {
  const { tokens, norms } = c;
  let k = j;
  let head = -1;
  let plural = -1;
  while (k < c.end && k - j < 8) {
    const t = tokens[k];
    const hyphen = (t.text === '-' || t.text === '–') && k > j && tokens[k - 1].end === t.start;
    // "coal- and gas-fired plants": a suspended hyphen joins two modifiers
    if (hyphen && (norms[k + 1] === 'and' || norms[k + 1] === 'or') && k + 2 < c.end) {
      k += 2;
      continue;
    }
    const joiner = hyphen && k + 1 < c.end && tokens[k + 1].start === t.end;
    // "shootings", "killings": a plural -ing form is a noun whatever the tagger says
    const nominal = t.pos === 'NOUN' || (t.pos === 'VERB' && /[a-z]ings$/.test(norms[k]));
    // "gas-fired", "Russian-trained": any word completes a hyphenated modifier
    const compound = k > j && tokens[k - 1].end === t.start && (tokens[k - 1].text === '-' || tokens[k - 1].text === '–');
    // "two men attempt to", "two officers shot by": English puts plural nouns before a head
    // only in fixed compounds, so a singular noun after a plural head starts the predicate
    if (head >= 0 && k === head + 1 && t.pos === 'NOUN' && !compound && t.lemma === norms[k] && (tokens[head].lemma !== norms[head] || norms[head] === 'people')) break;
    // "45 children ages 5 to 12", "30 students grade 9": a noun right before a number labels
    // that number; the counted phrase ended before it
    if (head >= 0 && k > j && t.pos === 'NOUN' && k + 1 < c.end && tokens[k + 1].kind === 'number' && !compound) break;
    // "two parked cars", "two treating physicians": a participle before a plural head modifies it
    // (right after a vague quantity an -ing form opens a clause: "thousands fleeing violence";
    // after "of" it cannot: "thousands of shooting victims")
    const participle = head < 0 && t.pos === 'VERB' && (/[a-z](?:ed|en)$/.test(norms[k]) || ((!vague || norms[j - 1] === 'of') && /[a-z]ing$/.test(norms[k])))
      && k + 1 < c.end && tokens[k + 1].pos === 'NOUN' && /^[a-z]+$/.test(norms[k + 1]) && tokens[k + 1].lemma !== norms[k + 1];
    if (!joiner && !nominal && !compound && !participle && !UNIT_POS.has(t.pos)) break;
    if (isMonth(norms[k]) || isWeekday(norms[k]) || UNIT_STOP.has(norms[k])) break;
    if (nominal) head = k;
    // "millions of Americans", title-case "Thousands Of Shootings": a capitalised plural
    else if (t.pos === 'PROPN' && /[a-z]s$/.test(t.text)) plural = k;
    k++;
  }
  if (head < 0 && plural >= 0 && (plural + 1 >= c.end || !UNIT_POS.has(tokens[plural + 1].pos))) head = plural;
  if (head >= 0) return { to: head + 1, unit: tokens[head].text, unitText: c.text.slice(tokens[j].start, tokens[head].end) };
  if (j < c.end && PEOPLE_ADJECTIVES.has(norms[j])) return { to: j + 1, unit: tokens[j].text, unitText: tokens[j].text };
  return null;
}

/** "at least one Democrat", "More Than One Shooter": a single capitalised noun after the word one is its unit. */
function singularName(c: ReadContext, j: number, value: number): { to: number; unit: string; unitText: string } | null {
  const t = c.tokens[j];
  if (value !== 1 || j >= c.end || t.pos !== 'PROPN' || !/^[A-Z][a-z]+$/.test(t.text)) return null;
  if (j + 1 < c.end && c.tokens[j + 1].pos === 'PROPN') return null;
  return { to: j + 1, unit: t.text, unitText: t.text };
}

/** The counted phrase before "(" when the number opens a parenthesis: "casualties (4,700, ...)". */
function unitBefore(c: ReadContext, from: number): { unit: string; unitText: string } | null {
  const { tokens } = c;
  const paren = from - 1;
  if (paren <= c.first || tokens[paren].text !== '(') return null;
  // wink tags a capitalised plural at the start of a sentence as a proper noun ("Losses (2,300)")
  const before = tokens[paren - 1];
  if (before.pos !== 'NOUN' && !((before.pos === 'PROPN' || before.pos === 'VERB') && paren - 1 === c.first && /[a-z]s$/.test(before.text))) return null;
  const head = paren - 1;
  // "room number (135)": a label names the number, it does not count anything
  if (c.lex.labels.has(c.norms[head])) return null;
  let k = head;
  while (k - 1 >= c.first && UNIT_POS.has(tokens[k - 1].pos) && head - k < 5) k--;
  return { unit: tokens[head].text, unitText: c.text.slice(tokens[k].start, tokens[head].end) };
}

/** A noun phrase starting at `j` ("the vote", "registered voters"), as written; for "% of ...". */
export function nounPhraseAt(c: ReadContext, j: number): { to: number; text: string } | null {
  let k = j;
  let last = -1;
  // "the CIA's decades-long secret records": a hyphen joins any word into the phrase
  while (k < c.end && k - j < 8 && (NP_POS.has(c.tokens[k].pos) || (k === j && POSSESSIVES.has(c.norms[k])) || gluedHyphen(c, k) || (k > j && gluedHyphen(c, k - 1)))) {
    // "the bank's 100,000 retail bankers every year": a determiner after the head opens another phrase
    if (c.tokens[k].pos === 'DET' && last >= 0 && last === k - 1) break;
    if (c.tokens[k].pos === 'NOUN' || c.tokens[k].pos === 'PROPN') last = k;
    k++;
  }
  if (last < 0) return null;
  return { to: last + 1, text: c.text.slice(c.tokens[j].start, c.tokens[last].end) };
}

/** Whether token `k` is a hyphen joining the words on both sides ("decades-long"). */
function gluedHyphen(c: ReadContext, k: number): boolean {
  const t = c.tokens[k];
  return (t.text === '-' || t.text === '–') && k > c.first && k + 1 < c.end && c.tokens[k - 1].end === t.start && c.tokens[k + 1].start === t.end;
}

/**
 * The unit a number measures when number and unit modify another noun: "a three-hour recording",
 * "a 100-page report" (hyphenated: any singular noun), "an almost three hour recording" (no
 * hyphen: only units of measure, since "two county residents" counts residents). Returns the
 * token after the unit.
 */
function measureUnit(c: ReadContext, j: number): number | null {
  const { tokens, norms } = c;
  // "9mm", "300MW": a unit symbol glued to the number
  if (j < c.end && j > c.first && tokens[j].start === tokens[j - 1].end && c.lex.symbols.has(norms[j])) return j + 1;
  if (j + 1 >= c.end) return null;
  if (gluedHyphen(c, j)) {
    const u = tokens[j + 1];
    // "two-thirds" is a fraction, "3-D" a name: the unit is a lower-case singular noun
    return u.pos === 'NOUN' && /^[a-z]+$/.test(u.text) && u.lemma === norms[j + 1] ? j + 2 : null;
  }
  const u = tokens[j];
  return u.pos === 'NOUN' && c.lex.measures.has(norms[j]) && tokens[j + 1].pos === 'NOUN' && !gluedHyphen(c, j + 1) ? j + 1 : null;
}

/** Determiners that make "N of the X" a part of a group, counted in X's unit ("five of the soldiers"). */
const PARTITIVE_DETERMINERS = new Set(['the', 'these', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * The group after "N of the ..." ("five of the soldiers", "40 of the 100 senators"): the unit, and
 * the token the figure ends at (the number itself when the group has its own number, which is a
 * figure of its own).
 */
function partitiveUnit(c: ReadContext, j: number, coreTo: number, value: number, vague: boolean): { to: number; unit: string; unitText: string; wholeAfter: boolean } | null {
  if (c.norms[j] !== 'of' && c.norms[j] !== 'in') return null;
  // "eight of 10 voters", "1 in 4 residents": a ratio, the part of a whole with its own number
  // ("hundreds of 300mm rockets" is no ratio: a vague quantity counts what follows)
  if (j + 1 < c.end && (c.tokens[j + 1].kind === 'number' || isNumberWord(c.norms[j + 1]))) return vague ? null : ratioUnit(c, j, coreTo, value);
  if (c.norms[j] !== 'of' || !PARTITIVE_DETERMINERS.has(c.norms[j + 1] ?? '')) return null;
  let k = j + 2;
  while (k < c.end && (c.tokens[k].kind === 'number' || isNumberWord(c.norms[k]))) k++;
  let u = unitAfter(c, k);
  if (!u) return null;
  // "17 of the island nation's 22 regions": the possessor names whose group it is; the group follows
  if (u.to < c.end && (c.norms[u.to] === '’s' || c.norms[u.to] === "'s")) {
    const own = u.to + 1;
    // the group may have its own number, vague or not ("the campaign's several dozen aides")
    k = readNumber(c, own)?.to ?? own;
    const group = unitAfter(c, k);
    if (!group) return null;
    u = group;
    return { to: k > own ? coreTo : u.to, unit: u.unit, unitText: u.unitText, wholeAfter: k > own };
  }
  return { to: k > j + 2 ? coreTo : u.to, unit: u.unit, unitText: u.unitText, wholeAfter: k > j + 2 };
}

/**
 * "eight of 10 voters", "one in four Americans": the first number is a share of the second, which
 * is a figure of its own and counts the unit. Not after "in" when the second counts time or
 * distance ("3 in 10 minutes" is a rate).
 */
function ratioUnit(c: ReadContext, j: number, coreTo: number, value: number): { to: number; unit: string; unitText: string; wholeAfter: boolean } | null {
  const whole = readNumber(c, j + 1);
  if (!whole || whole.vague || whole.value <= value || notACount(c, whole, false)) return null;
  const u = unitAfter(c, whole.to);
  if (!u) return null;
  if (verbForUnit(c, u.to)) return null;
  if (c.norms[j] === 'in' && isMeasureWord(c, u.unit)) return null;
  return { to: coreTo, unit: u.unit, unitText: u.unitText, wholeAfter: true };
}

/** Plural nouns with no -s whose lemma is themselves (Quirk et al. 1985, §5.78: invariable plurals). */
const INVARIABLE_PLURALS: ReadonlySet<string> = new Set(['people', 'police', 'personnel', 'cattle', 'clergy', 'staff', 'livestock', 'poultry']);

/**
 * Whether the unit head ending before `to` is the verb of a ratio's clause that wink took for a
 * noun ("4 in 10 say they ...", "three in 10 saying so"): an uninflected or -ing word not
 * followed by a verb or noun ("one in four people say" keeps "people").
 */
function verbForUnit(c: ReadContext, to: number): boolean {
  const head = c.tokens[to - 1];
  const norm = c.norms[to - 1];
  if (head.pos === 'PROPN' || INVARIABLE_PLURALS.has(norm) || !(head.lemma === norm || norm.endsWith('ing'))) return false;
  const next = to < c.end ? c.tokens[to].pos : 'PUNCT';
  return next !== 'VERB' && next !== 'AUX' && next !== 'NOUN';
}

/** Whether a unit is a unit of measure, singular or plural ("minutes", "Hours"); once per candidate. */
function isMeasureWord(c: ReadContext, unit: string): boolean {
  const w = unit.toLowerCase();
  return c.lex.measures.has(w) || (w.endsWith('s') && c.lex.measures.has(w.slice(0, -1))) || w === 'centuries';
}

/**
 * Whether "Of the 684 cases, 474 were ..." makes the figure at `start` a part of the one the
 * sentence opens with: the sentence starts with "of", and one comma separates that phrase.
 */
function afterFrontedPartitive(c: ReadContext, start: number): boolean {
  if (start - 1 <= c.first || c.norms[start - 1] !== ',' || c.norms[c.first] !== 'of') return false;
  for (let k = c.first + 1; k < start - 1; k++) if (c.norms[k] === ',') return false;
  return true;
}

/**
 * Whether a capitalised number word is part of a name ("the Ten Commandments", "the Four
 * Seasons"): a capitalised word follows and a lower-case word precedes it, so the sentence is not
 * a title-case headline ("Two Men Arrested").
 */
function inName(c: ReadContext, core: Core): boolean {
  const { tokens } = c;
  if (!core.words || core.from <= c.first || core.to >= c.end) return false;
  return /^[A-Z]/.test(tokens[core.from].text) && /^[a-z]/.test(tokens[core.from - 1].text)
    && tokens[core.to].pos === 'PROPN' && /^[A-Z]/.test(tokens[core.to].text);
}

/**
 * Verbs of calibratable change (Levin 1993, class 45.6: rise, fall, increase, ...): after them
 * "from 3 to 5" is a change between two figures, not a range.
 */
const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'rise', 'fall', 'increase', 'decrease', 'grow', 'drop', 'climb', 'jump', 'plunge', 'soar', 'decline', 'shrink',
  'go', 'double', 'triple', 'cut', 'reduce', 'raise', 'lower', 'slip', 'surge', 'swell', 'tumble', 'dip', 'fluctuate',
  'balloon', 'sink', 'slide', 'change', 'move', 'shift', 'expand', 'contract', 'edge', 'inch', 'widen', 'narrow',
]);

/** Whether the figure at `start` follows "from" after a verb of change ("rose from 3 to 5"). */
function changeFrom(c: ReadContext, start: number): boolean {
  if (start - 1 < c.first || c.norms[start - 1] !== 'from') return false;
  let k = start - 2;
  while (k >= c.first && (c.tokens[k].pos === 'ADV' || c.tokens[k].pos === 'NOUN' || c.tokens[k].pos === 'DET')) k--;
  return k >= c.first && CHANGE_VERBS.has(c.tokens[k].lemma.toLowerCase());
}

/** Words that can open a figure: number words, vague quantities, "a" ("a dozen"), "half", "several". */
const START_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(MAGNITUDE_WORDS), ...Object.keys(COLLECTIVE_WORDS),
  ...Object.keys(VAGUE_QUANTITY_WORDS), ...Object.keys(CURRENCY_SYMBOLS), 'a', 'an', 'half', 'several', 'many',
]);


/**
 * Whether "a"/"an" before `next` can open a number: "a few", "a couple" (`parseVagueQuantity`),
 * "a dozen", "a million" (`parseNumberWords`); with any other next word both return null, so
 * `readFigure` would too. Same lookups as those parsers, so the answer is theirs exactly.
 */
function articleOpensNumber(next: string | undefined): boolean {
  const n = next as string;
  return n === 'few' || n === 'couple' || MAGNITUDE_WORDS[n] !== undefined || COLLECTIVE_WORDS[n] !== undefined;
}

/** Per-document token data: lower-cased forms by index, and the tokens a figure may start at. */
export interface FigureStarts {
  norms: string[];
  /** Ascending token indexes: numbers, currency signs and `START_WORDS` ("a"/"an" only before a word that makes a number). */
  starts: number[];
}

/**
 * One walk over the document's tokens (it runs on every token, often still unoptimised in a cold
 * run, so no call per token): their norms, and where a figure can start at all.
 */
export function figureStarts(tokens: readonly Token[]): FigureStarts {
  const norms: string[] = new Array(tokens.length);
  const starts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const w = t.norm;
    norms[i] = w;
    if (t.kind !== 'number' && t.kind !== 'currency' && !START_WORDS.has(w)) continue;
    // "a"/"an" are the most frequent start words and rarely open a figure: not a start unless the
    // next word makes one, and a sentence left without starts is not read at all
    if ((w === 'a' || w === 'an') && !articleOpensNumber(i + 1 < tokens.length ? tokens[i + 1].norm : undefined)) continue;
    starts.push(i);
  }
  return { norms, starts };
}

/**
 * The figures of one sentence, in order: `readFigure` at each possible start (`starts[from..to)`,
 * all inside the sentence), going on after each figure read.
 */
export function readDrafts(c: ReadContext, starts: readonly number[], from: number, to: number): Draft[] {
  const drafts: Draft[] = [];
  let next = c.first;
  for (let k = from; k < to; k++) {
    const i = starts[k];
    if (i < next) continue;
    const d = readFigure(c, i);
    if (!d) continue;
    drafts.push(d);
    next = Math.max(i, d.to - 1) + 1;
  }
  return drafts;
}

/** Whether the token before the number at `i` is a minus sign (U+2212) glued to it. */
function minusBefore(c: ReadContext, i: number): boolean {
  if (i - 1 < c.first || i >= c.end) return false;
  const m = c.tokens[i - 1];
  return m.text === '\u2212' && m.end === c.tokens[i].start;
}

/**
 * Whether the number at `start` is glued by a hyphen to the word before it ("high-five",
 * "Su-27", "Covid-19" when split): one compound word or a name, not a count.
 */
function hyphenedToWord(c: ReadContext, start: number): boolean {
  if (start - 2 < c.first) return false;
  const h = c.tokens[start - 1];
  if (h.text !== '-' && h.text !== '–') return false;
  const w = c.tokens[start - 2];
  return h.start === w.end && c.tokens[start].start === h.end && w.kind === 'word' && !isNumberWord(c.norms[start - 2]);
}

/**
 * Whether a single letter is glued to the number ("3D", "5G", "5x felon"): a code or a
 * multiplier, not a count ("1.2m" and "9mm" are read as magnitude and unit before this).
 */
function gluedLetter(c: ReadContext, core: Core): boolean {
  if (core.digits === null || core.magnitude > 1 || core.to >= c.end) return false;
  const t = c.tokens[core.to];
  if (t.start !== c.tokens[core.to - 1].end || t.text.length !== 1 || t.kind !== 'word') return false;
  const ch = c.norms[core.to];
  return ch !== 's' && !c.lex.symbols.has(ch);
}

/**
 * Whether the one-word unit at `j` is a capitalised unit of time or measure ("60 Minutes") after
 * a lower-case word: in running text that is the title of a show or work, not a duration (a
 * title-case headline, "Gets 20 Years", has a capitalised word before the number).
 */
function titleUnit(c: ReadContext, start: number, j: number): boolean {
  const t = c.tokens[j];
  const first = t.text.charCodeAt(0);
  if (first < 65 || first > 90 || start <= c.first) return false;
  // after a lower-case word, or an opening quotation mark ("the “60 Minutes” host")
  const prev = c.tokens[start - 1].text.charCodeAt(0);
  if (!((prev >= 97 && prev <= 122) || prev === 0x201c || prev === 0x22 || prev === 0x2018) || !isMeasureWord(c, t.text)) return false;
  // a title-case headline lower-cases only its function words: "Sentenced to 20 Years", "Palace' for 200 Days"
  if (c.tokens[start - 1].pos === 'ADP' || c.tokens[start - 1].pos === 'PART') {
    let k = start - 2;
    while (k >= c.first && c.tokens[k].kind !== 'word') k--;
    if (k >= c.first && /^[A-Z]/.test(c.tokens[k].text)) return false;
  }
  return true;
}

/**
 * Verb forms that take the people they harm as object ("killed 143", "injuring 12"), with no
 * unit written: the casualty and detention categories of the ACLED codebook (fatalities,
 * injuries, arrests, abductions, displacement) and the WHO outbreak reports' infected cases.
 */
const VICTIM_VERBS: ReadonlySet<string> = new Set([
  'kill', 'kills', 'killed', 'killing', 'injure', 'injures', 'injured', 'injuring', 'wound', 'wounds', 'wounded', 'wounding',
  'infect', 'infects', 'infected', 'infecting', 'sicken', 'sickens', 'sickened', 'sickening', 'arrest', 'arrests', 'arrested',
  'arresting', 'detain', 'detains', 'detained', 'detaining', 'evacuate', 'evacuates', 'evacuated', 'evacuating',
  'displace', 'displaces', 'displaced', 'displacing', 'hospitalize', 'hospitalized', 'hospitalizing', 'hospitalise',
  'hospitalised', 'rescue', 'rescues', 'rescued', 'rescuing', 'kidnap', 'kidnaps', 'kidnapped', 'kidnapping',
  'abduct', 'abducts', 'abducted', 'abducting', 'execute', 'executes', 'executed', 'executing', 'murder', 'murders',
  'murdered', 'murdering', 'massacre', 'massacred', 'massacring', 'slaughter', 'slaughtered', 'behead', 'beheaded',
  'maim', 'maimed', 'maiming',
]);
/** Verbs whose subject is the people they count ("12 died", "143 have perished"). */
const VICTIM_INTRANSITIVE: ReadonlySet<string> = new Set(['died', 'die', 'perished', 'drowned']);
/** Auxiliaries and adverbs between a counted subject and its participle ("600 had already been infected"). */
const PASSIVE_AUX: ReadonlySet<string> = new Set([
  'had', 'has', 'have', 'was', 'were', 'is', 'are', 'been', 'be', 'being', 'reportedly', 'already', 'also', 'now', 'since',
]);

/**
 * Whether a figure with no unit counts the people a harm verb names: its object ("killed more
 * than 140") or its subject ("around 600 had been infected", "12 died"). Only drafts without a
 * unit get here, so the lookups are a few per candidate.
 */
function victimCount(c: ReadContext, start: number, to: number): boolean {
  const { norms } = c;
  // "the injured 12" is a noun phrase, not a verb and its object
  // (wink often tags a headline's verb a noun: "ICE Arrests 145"; "the arrests 135 were men" counts people too)
  if (start > c.first && VICTIM_VERBS.has(norms[start - 1]) && !(start - 2 >= c.first && /^(?:the|an?|those|these)$/.test(norms[start - 2]))) return true;
  let k = to;
  let aux = 0;
  while (k < c.end && aux < 4 && PASSIVE_AUX.has(norms[k])) { k++; aux++; }
  if (k >= c.end) return false;
  if (VICTIM_INTRANSITIVE.has(norms[k])) return true;
  return aux > 0 && VICTIM_VERBS.has(norms[k]) && norms[k].endsWith('ed');
}

/** Reads a figure starting at token `i` (its number, not its qualifier); null when none starts there. */
export function readFigure(c: ReadContext, i: number): Draft | null {
  const { tokens, norms } = c;
  let start = i;
  let currency: string | null = null;
  let currencyText: string | null = null;
  if (CURRENCY_SYMBOLS[norms[i]] !== undefined && i + 1 < c.end && (tokens[i + 1].kind === 'number' || isNumberWord(norms[i + 1]))) {
    currency = CURRENCY_SYMBOLS[norms[i]];
    currencyText = tokens[i].text;
    i++;
  }
  const core = readNumber(c, i);
  if (!core) return null;
  // "−60": typeset text writes the minus sign (U+2212), which the tokenizer splits off its number
  if (currency === null && core.min === null && minusBefore(c, i)) {
    core.value = -core.value;
    start = i - 1;
  }
  if (notACount(c, core, currency !== null) || inName(c, core) || hyphenedToWord(c, start) || gluedLetter(c, core)) return null;
  // a bare "one" (or "a"): a determiner or pronoun far more often than a count, unless qualified
  // or the low end of a range ("one or two")
  const qual = qualifierBefore(c, start);
  // or the part of a ratio ("one in four Americans"; "one of two storms" names one of them)
  if (core.words && !core.vague && core.value === 1 && !qual && !((norms[core.to] === 'or' || norms[core.to] === 'to') && isNumberWord(norms[core.to + 1] ?? ''))
    && !(norms[core.to] === 'in' && core.to + 1 < c.end && (tokens[core.to + 1].kind === 'number' || isNumberWord(norms[core.to + 1])))) return null;
  if (norms[core.from] === 'one' && core.to === core.from + 1 && (norms[core.to] === 'of' || norms[core.to] === 'another')) return null;
  let rule = core.rule;
  let qualifier: Draft['qualifier'] = core.vague ? 'vague' : core.min !== null && core.max !== null ? 'range' : 'exact';
  let value = core.value;
  let min = core.min;
  let max = core.max;
  let to = core.to;
  // "3 to 5", "between 3 and 5 million", "12-15", "two or three days" (the unit is written once)
  if (qualifier === 'exact') {
    const link = norms[to];
    const between = start > c.first && norms[start - 1] === 'between';
    if ((link === 'to' || link === '-' || link === '–' || link === '—' || link === 'or' || (link === 'and' && between)) && !changeFrom(c, start)) {
      // "$35,000 to $60,000": the second bound may repeat the currency sign
      const signed = currency === null && minusBefore(c, to + 2);
      const at = currency !== null && CURRENCY_SYMBOLS[norms[to + 1]] === currency || signed ? to + 2 : to + 1;
      const second = readNumber(c, at);
      if (second && signed && second.min === null) second.value = -second.value;
      if (second && !second.vague && second.min === null && !notACount(c, second, currency !== null)) {
        let first = value;
        if (second.magnitude > 1 && core.magnitude === 1 && first < second.magnitude) first *= second.magnitude;
        // "between -60 and -80 degrees": below zero a range is often written from the warmer bound
        // down; two negative bounds make a range in either order (scores, "won 5-3", only ascend)
        const lowFirst = first < second.value;
        if (lowFirst || (second.value < 0 && first < 0 && first !== second.value)) {
          qualifier = 'range';
          value = min = lowFirst ? first : second.value;
          max = lowFirst ? second.value : first;
          to = second.to;
          rule = 'figures/range';
          if (between) start--;
        }
      }
    }
  }
  if (qual && qualifier !== 'vague') {
    start = Math.min(start, qual.from);
    if (qualifier === 'exact') qualifier = qual.qualifier;
  } else if (qual && qualifier === 'vague') start = Math.min(start, qual.from);
  const post = qualifierAfter(c, to);
  if (post && qualifier === 'exact') {
    qualifier = post.qualifier;
    to = post.to;
  }
  if (qualifier === 'upper-bound') max = value;
  if (qualifier === 'lower-bound') min = value;
  let unit: string | null = null;
  let unitText: string | null = null;
  let percentOf: string | null = null;
  let partMarker = false;
  let wholeAfter = false;
  let coreEnd = to;
  // percentages: "45%", "45 percent", "3 percentage points", "45 per cent"
  const n0 = norms[to];
  const pctLen = n0 === '%' || n0 === 'percent' || n0 === 'pct' ? 1 : n0 === 'per' && norms[to + 1] === 'cent' ? 2 : n0 === 'percentage' && /^points?$/.test(norms[to + 1] ?? '') ? 2 : 0;
  if (pctLen && currency === null) {
    unit = unitText = c.text.slice(tokens[to].start, tokens[to + pctLen - 1].end);
    to += pctLen;
    rule = 'figures/percent';
    // "from 5 percent to 25 percent", "between 5% and 8%": a range that repeats the sign
    const between = start > c.first && norms[start - 1] === 'between';
    if (qualifier === 'exact' && (norms[to] === 'to' || (between && norms[to] === 'and')) && !changeFrom(c, start)) {
      const second = readNumber(c, to + 1);
      if (second && !second.vague && second.min === null && second.value > value && norms[second.to] === norms[to - pctLen]) {
        qualifier = 'range';
        min = value;
        max = second.value;
        to = second.to + pctLen;
        rule = 'figures/range';
        if (between) start--;
      }
    }
    coreEnd = to;
    if (norms[to] === 'of' && /^(?:whom|them|which|those)$/.test(norms[to + 1] ?? '')) partMarker = true;
    else if (norms[to] === 'of') {
      const np = nounPhraseAt(c, to + 1);
      if (np) percentOf = np.text;
    }
  } else if (currency === null && CURRENCY_WORDS[n0] !== undefined && (!AMBIGUOUS_CURRENCY_WORDS.has(n0) || core.magnitude > 1)) {
    currency = CURRENCY_WORDS[n0];
    unit = unitText = tokens[to].text;
    to++;
    coreEnd = to;
    rule = 'figures/money';
  } else if (currency !== null) {
    unit = unitText = currencyText;
    rule = 'figures/money';
  } else {
    let j = to;
    const measureEnd = measureUnit(c, j);
    const partitive = measureEnd === null ? partitiveUnit(c, j, to, value, core.vague) : null;
    if (norms[j] === 'of' && (core.vague || core.words) && !/^(?:the|these|those|them|us|you|whom|which|his|her|their|its|our|my)$/.test(norms[j + 1] ?? '')) {
      j++;
      // "hundreds of 300mm rockets", "dozens of 10-ton trucks": a measure modifies the counted noun
      if (j + 1 < c.end && tokens[j].kind === 'number') j = measureUnit(c, j + 1) ?? j;
    }
    else if (norms[j] === 'of' && /^(?:whom|them|which|those)$/.test(norms[j + 1] ?? '')) {
      partMarker = true;
      j += 2;
    }
    // after "of them", "of which" comes the verb ("two of which matter"): the unit is the antecedent's
    let u = measureEnd !== null
      ? { to: measureEnd, unit: tokens[measureEnd - 1].text, unitText: tokens[measureEnd - 1].text }
      : partitive ?? (partMarker ? null : unitAfter(c, j, core.vague) ?? (core.words ? singularName(c, j, value) : null));
    // "a four-way race", "a two-front war": a hyphenated compound that names a kind is no figure
    if (measureEnd === to + 2 && gluedHyphen(c, to) && c.lex.kinds.has(norms[to + 1])) return null;
    const countCompound = measureEnd === to + 2 && gluedHyphen(c, to) && !c.lex.measures.has(norms[to + 1]);
    // "a two-state solution", "a three-judge panel", "a one-man show": a small number spelled out
    // in a compound modifier classifies the thing it modifies (AP Stylebook spells one to nine,
    // so a spelled count this small in a compound is part of the thing's name), not a figure the
    // writer reports; with numerals a compound counts ("a 52-count indictment", "a 12-member jury")
    // ("a three-percentage-point margin" goes on with another hyphen: a measure, kept)
    // ("a seven-time felon" counts occurrences: "-time" makes a multiplicative, like "twice";
    // Quirk et al. 1985, 7.67)
    if (countCompound && core.words && !qual && !gluedHyphen(c, to + 2) && norms[to + 1] !== 'time') return null;
    // the measures stay measures: "a three-hour recording"
    if (measureEnd !== null) rule = countCompound ? 'figures/compound-count' : 'figures/measure';
    else if (partitive) {
      rule = 'figures/partitive';
      wholeAfter = partitive.wholeAfter;
    }
    // "told 60 Minutes", "watched 48 Hours": a capitalised unit of time in running text is a title
    if (u && measureEnd === null && !partitive && u.to === j + 1 && titleUnit(c, start, j)) return null;
    // "4 in 10 say": the whole of a ratio has no unit when the word after it is its verb
    if (u && measureEnd === null && !partitive && start - 2 >= c.first && (norms[start - 1] === 'in' || norms[start - 1] === 'of')
      && (tokens[start - 2].kind === 'number' || isNumberWord(norms[start - 2])) && verbForUnit(c, u.to)) u = null;
    if (u) {
      unit = u.unit;
      unitText = u.unitText;
      to = u.to;
    } else if (!partMarker) {
      const b = unitBefore(c, start);
      if (b) {
        unit = b.unit;
        unitText = b.unitText;
        rule = 'figures/unit-before';
      }
    }
    if (!u && partMarker) to = core.to;
  }
  // "two years ago", "three days later": a relative date, not a figure (nlp/dates reads it)
  if (unit && /^(?:days?|weeks?|months?|years?|decades?|centuries)$/i.test(unit) && /^(?:ago|later|earlier|before|after|since)$/.test(norms[to] ?? '')) return null;
  // "zero experience": zero before a singular noun is "no", not a count
  if (value === 0 && unit && !/s$/i.test(unit)) return null;
  // small plain numbers with nothing counted are mostly scores, ages, ranks and names
  // ("of whom 200", "12 of them" are parts of a figure just given: they count its unit)
  const afterPartCue = start > c.first && /^(?:whom|which|them|including)$/.test(norms[start - 1]);
  // "the attack killed 143", "600 had been infected": the verb implies whom it counts (a part,
  // "of whom 200 died", counts its whole's unit instead)
  if (unit === null && currency === null && !partMarker && !afterPartCue && victimCount(c, start, to)) {
    unit = 'people';
    rule = 'figures/implied-people';
  }
  if (!partMarker && unit === null && afterFrontedPartitive(c, start)) partMarker = true;
  if (unit === null && qualifier === 'exact' && value < 1000 && !/[.,]/.test(core.digits ?? '') && !partMarker && !afterPartCue) return null;
  // long digit strings without separators are identifiers (AP: counts of 1,000 or more take commas);
  // four digits before a name are one too ("3200 Phaethon", "7500 Kings Road")
  if (unit === null && currency === null && core.magnitude === 1 && /^\d{5,}$/.test(core.digits ?? '')) return null;
  if (unit === null && currency === null && core.magnitude === 1 && to < c.end && /^\d{4}$/.test(core.digits ?? '') && /^[A-Z]/.test(tokens[to].text)) return null;
  const trim = to === core.to ? core.trim : 0;
  return { from: start, to, coreEnd, value, min, max, qualifier, unit, unitText, currency, percentOf, partMarker, wholeAfter, trim, rule: rule === 'figures/number' || rule === 'figures/number-words' ? (unit ? 'figures/number-noun' : rule) : rule };
}
