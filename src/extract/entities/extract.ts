/**
 * Finding entities: one walk over each sentence's tokens. At every token the gazetteer is tried
 * first (countries, demonyms, capitals, places, curated and user actors); otherwise a run of
 * capitalised tokens (wink's PROPN plus capitalised words inside the sentence) is cut into
 * titles, gazetteer names and unknown parts, and each unknown part is typed by its evidence: an
 * organisation word at its end, an acronym, a title before it, a descriptor noun beside it ("news
 * agency X", "X spokesman"), a reporting verb beside it, a given name at its start, or (weakest)
 * the shape of a full name. Then acronym definitions join "Long Name (LN)", sports results make
 * teams, and a last pass joins short names to full ones ("Putin" → "Vladimir Putin") and finds
 * known names in ALL-CAPS and Title Case headlines, where capitals say nothing.
 */
import type { Entity, EntityType, Mention, Sentence, Token } from '../../types.js';
import type { Gazetteer, Target } from './gazetteer.js';
import * as gazetteer from './gazetteer.js';
import { cityNamed } from './cities.js';
import { FEMALE_NAMES, MALE_NAMES } from './data/given-names.js';
import * as words from './data/words.js';
import { wink } from '../../nlp/wink.js';
import { agentSingular } from '../../nlp/morphology.js';
import { HAZARD_NOUNS } from '../events/patterns.js';

// Module constants read once from the imports: under a CommonJS loader (tsx runs the sources so) every use
// of an imported binding is a getter call, and these are used per token.
const {
  BARE_GROUP_NOUNS, GROUP_MODIFIERS, MISC_HEADS, NOT_NAMES, PLACE_HEADS, NOT_ORG_ACRONYMS, ORG_OPENERS, SPEECH_VERBS,
  TITLE_MODIFIERS, TEAM_ROLES, NAME_MODIFIERS, COMPASS,
} = words;
const { normName, AMBIGUOUS_CAPITALS } = gazetteer;

// Maps, not the data objects, so that a word like "constructor" finds nothing.
const ORG_WORDS = new Map(Object.entries(words.ORG_WORDS));
/** Diseases and hazards: the events layer's EM-DAT / WHO list (`HAZARD_NOUNS`), read-only and shared so the two layers agree. */
const HAZARDS = new Set(HAZARD_NOUNS);
const PERSON_TITLES = new Map(Object.entries(words.PERSON_TITLES));
const GROUP_NOUNS = new Map(Object.entries(words.GROUP_NOUNS));
const ORG_DESCRIPTORS = new Map(Object.entries(words.ORG_DESCRIPTORS));
/** Affiliation plurals ("Muslims" → religion) and the singular and adjective forms that are no entity. */
const AFFILIATION_PLURALS = new Map<string, string | null>();
const AFFILIATION_QUALIFIERS = new Set<string>(words.AFFILIATION_ADJECTIVES);
for (const [singular, { plural, sector }] of Object.entries(words.AFFILIATIONS)) {
  AFFILIATION_PLURALS.set(plural, sector);
  AFFILIATION_QUALIFIERS.add(singular);
}

/** Generational suffixes after a family name (Wikipedia, "Suffix (name)"). */
// Bodies named for the subject they sit on ("Commission on Human Rights", "Committee on Foreign Relations");
// source: the CoNLL-2003 / MUC-7 ORGANIZATION guideline (governmental and other organisational entities).
const ORG_ON_HEADS = new Set(['commission', 'committee', 'council', 'conference', 'panel', 'board', 'subcommittee', 'forum', 'institute', 'center', 'centre']);
// A determiner that owns what follows: "our Privacy Policy", "my Patients" name things, not persons.
const POSSESSIVE_DETERMINERS = new Set(['my', 'our', 'your', 'his', 'her', 'its', 'their']);
const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Sectors of organisation words that end a name ("Corp", "Dispatch"): "and" after one joins two names, not one. */
const COMPLETE_ORG_SECTORS = new Set(['business', 'media']);

/** Words before "'s" that make a contraction, not a possessive ("It's", "That's", "Let's"). */
const CONTRACTING = new Set(['it', 'that', 'what', 'here', 'there', 'let', 'he', 'she', 'who', 'where', 'how', 'this', 'everyone', 'nobody', 'somebody', 'everybody', 'nothing', 'something', 'everything']);
/**
 * Whether a token is a contraction ("I’m", "We're", "They’ve", "Don't", "It's"): wink keeps some
 * whole and tags them PROPN when capitalised, but they are never names. Source: the English
 * contraction suffixes (Wikipedia, "Contraction (grammar)", English section).
 */
function isContraction(text: string, norm: string): boolean {
  const n = text.length;
  for (let k = n - 4; k < n - 1; k++) {
    if (k < 1) continue;
    const c = text.charCodeAt(k);
    if (c !== 39 && c !== 0x2019) continue;
    const suffix = norm.slice(k + 1);
    if (suffix === 'm' || suffix === 're' || suffix === 've' || suffix === 'll' || suffix === 'd') return true;
    if (suffix === 't' && norm.charCodeAt(k - 1) === 110) return true;
    if (suffix === 's' && (CONTRACTING.has(norm.slice(0, k)) || NOT_NAMES.has(norm.slice(0, k)))) return true;
  }
  return false;
}

/** What the walk needs from the document. */
export interface EntityInput {
  text: string;
  analysisText: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  gazetteer: Gazetteer;
}

/** A mention before entities are formed: its span, what it stands for, and how sure the type is. */
interface Candidate extends Pick<Target, 'key' | 'name' | 'type' | 'country' | 'code' | 'sector' | 'gender' | 'rule'> {
  a: number;
  b: number;
  /** Higher wins when mentions of one entity disagree on the type. */
  strength: number;
  /** A one-word name with no evidence: never a source of aliases. */
  weakSingle: boolean;
  /** ... that opens its sentence: kept only if the document supports it elsewhere. */
  initial: boolean;
}

const GIVEN = new Map<string, 'male' | 'female' | null>();
for (const n of MALE_NAMES) GIVEN.set(n, 'male');
for (const n of FEMALE_NAMES) GIVEN.set(n, GIVEN.get(n) === 'male' ? null : 'female');

/** Lower-case words that may sit inside a name ("Bank of England", "Charles de Gaulle", "al-Assad"). */
const PARTICLES = new Set(['de', 'du', 'des', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'al', 'el', 'bin', 'ibn', 'abu', 'y']);
const ORG_CONNECTORS = new Set(['of', 'for', 'and', '&', 'on', 'the']);
const CASE_CONNECTORS = new Set([...PARTICLES, ...ORG_CONNECTORS, 'in', 'upon', 'au', 'sur', 'am', "'s", '’s', "'", '’', '-', '.']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const OPENING = new Set(['"', '“', '‘', "'", '(', '[', '—', '–', '-', ':', '«']);
const CAPS_FUNCTION_ACRONYMS = new Set(['us', 'it', 'who', 'am', 'is', 'as', 'at', 'an', 'on', 'in', 'or', 'no', 'so', 'to', 'be', 'he', 'we', 'me', 'my']);

const INITIAL = /^(?:\p{Lu}\.){1,3}$/u;
/** Words of `NOT_NAMES` that may still continue a name ("Metropolitan Police", "Armed Forces", "Theresa May"). */
const INNER_OK = new Set(['police', 'forces', 'troops', 'news', 'authorities', 'report', 'reports', 'source', 'sources', 'data', 'analysis', 'opinion', 'update', 'may', 'people', 'results', 'summary', 'editorial', 'total', 'second', 'third', 'new', 'old', 'top']);
/** Prepositions after which a one-word unknown name is a place. */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'at', 'from', 'into', 'across', 'around', 'towards', 'toward']);
/** Words after which a one-word unknown name is a company ("Pirelli shares"). Source: financial-news usage (Reuters style). */
const BUSINESS_AFTER = new Set(['shares', 'stock', 'stocks', 'shareholders', 'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'bonds', 'subsidiary', 'unit', 'executives', 'chairman', 'chairwoman', 'bid', 'takeover', 'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'owner', 'employees', 'headquarters']);
/** One-word company names built on a business word ("Rabobank", "Eurotunnel", "Microsoft"). */
const COMPANY_SUFFIX = /^\p{Lu}\p{L}+(?:bank|tel|com|soft|tech|net|air|corp|gas|oil|chem|pharm)$/u;
/** Verbs of sports results: the places beside them are teams ("Leicestershire beat Somerset"). */
const SPORT_VERBS = new Set(['beat', 'beats', 'defeated', 'defeat', 'drew', 'draw', 'lost', 'v', 'vs', 'vs.', 'edged', 'thrashed', 'routed', 'downed', 'blanked', 'crushed', 'hammered', 'overcame']);
/** Whether the text starts with an upper-case letter (ASCII fast path: this runs for every token). */
const isUpperInitial = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(s);
};
/** Whether the character at i is a letter (false outside the text). */
const isLetterAt = (s: string, i: number): boolean => {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}/u.test(s[i]);
};
/** Whether the text has a letter. */
const hasLetters = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128) return /\p{L}/u.test(s);
  }
  return false;
};
/** Whether the text has letters and all of them are capitals. */
const isAllCaps = (s: string): boolean => {
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 128) {
      const ch = s[i];
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) upper = true;
    }
  }
  return upper;
};
/** Whether the text has an ASCII digit (what `/\d/` matches). */
const hasDigit = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
};
/** Whether the text starts with an ASCII digit (`/^\d/`). */
const digitInitial = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
};
/** Whether a UTF-16 code unit is white space as `\s` defines it. */
const isSpaceCode = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** The text with each run of white space as one space (`replace(/\s+/g, ' ')`), without a regex when it is already so. */
const oneSpace = (s: string): string => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c) && (c !== 32 || (i + 1 < s.length && isSpaceCode(s.charCodeAt(i + 1))))) return s.replace(/\s+/g, ' ');
  }
  return s;
};
/**
 * The token at k, or undefined outside the document. Reading past an array's end gives undefined too, but
 * makes V8 throw away the optimised code of the function doing it (and compile it again).
 */
const tokenAt = (tokens: readonly Token[], k: number): Token | undefined => (k >= 0 && k < tokens.length ? tokens[k] : undefined);
/** Without a final full stop ("corp." → "corp"). */
const noDot = (n: string): string => (n.charCodeAt(n.length - 1) === 46 ? n.slice(0, -1) : n);

/** A copy of a candidate, to change some fields of (a literal rather than a spread: every candidate keeps one object shape). */
function copyCandidate(c: Candidate): Candidate {
  return {
    a: c.a, b: c.b, key: c.key, name: c.name, type: c.type, country: c.country, code: c.code, sector: c.sector, gender: c.gender,
    rule: c.rule, strength: c.strength, weakSingle: c.weakSingle, initial: c.initial,
  };
}

/** A candidate for an unknown part of a run, typed by classify (one object shape for all; a module function, not a closure per call). */
function unknownCandidate(
  a: number, b: number, key: string, name: string, country: string | null, type: EntityType, rule: string, strength: number,
  sector: string | null = null, gender: 'male' | 'female' | null = null, weakSingle = false,
): Candidate {
  return { a, b, key, name, type, country, code: null, sector, gender, rule, strength, weakSingle, initial: false };
}

/** Reads a sentence's capitalisation: `caps` for ALL-CAPS lines and Title Case headlines, where case is no evidence. */
function sentenceMode(tokens: readonly Token[], s: Sentence): 'mixed' | 'caps' {
  let words = 0;
  let upper = 0;
  let content = 0;
  let capContent = 0;
  const headline = s.section === 'title' || s.section === 'heading';
  let lower = 0;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.text.length < 2) continue;
    const c0 = t.text.charCodeAt(0);
    // two lower-case words make an ordinary sentence (the common case, decided early); capitals lines
    // have at most a "v" or "vs" in lower case
    if (c0 >= 97 && c0 <= 122 && ++lower >= 2 && !headline) return 'mixed';
    if (!hasLetters(t.text)) continue;
    words++;
    if (isAllCaps(t.text)) upper++;
    if (headline && t.text.length > 3 && !NOT_NAMES.has(t.norm)) {
      content++;
      if (isUpperInitial(t.text)) capContent++;
    }
  }
  if (words > 0 && upper / words >= 0.6 && (words > 1 || upper === 1)) return 'caps';
  if ((s.section === 'title' || s.section === 'heading') && content >= 4 && capContent / content >= 0.8) return 'caps';
  return 'mixed';
}

/**
 * One document's state for the walk. The helpers below are module functions taking it, not closures
 * made anew for every document: V8 compiled the one big function holding them several times over
 * (hundreds of ms of compiler time each) and threw the code away whenever a call met a new closure.
 */
class Doc {
  readonly lowerMemo = new Map<string, boolean>();
  /**
   * The walk, the run's end and classify ask nameLike up to four times per capitalised token: the answer
   * is kept per token (slot 2i outside a run, 2i+1 inside; 0 not yet known, 1 no, 2 yes). A token is
   * always asked with its own sentence, so the token index is the whole key.
   */
  readonly nameLikeMemo: Uint8Array;
  readonly cands: Candidate[] = [];
  /** The token after a possessor's "'s" ("South Korea's"), where what it owns starts, or -1; and the possessor's country. */
  possessorAt = -1;
  possessorCountry: string | null = null;
  /** Keys of city names the document uses as common nouns ("each Carmel"): no city anywhere in it. */
  commonNames: Set<string> | null = null;
  constructor(readonly text: string, readonly analysisText: string, readonly tokens: readonly Token[], readonly gz: Gazetteer) {
    this.nameLikeMemo = new Uint8Array(tokens.length * 2);
  }
}

/**
 * Whether the document writes word w (lower case) somewhere: in a capitals headline such a word ("WIN") is
 * not taken for a known one-word name, and a capitalised word the document also writes in lower case is
 * a common word (Mikheev 1999). A memo of native string searches: faster than walking the tokens again.
 */
function lowerSeen(d: Doc, w: string): boolean {
  const analysisText = d.analysisText;
  let r = d.lowerMemo.get(w);
  if (r === undefined) {
    r = false;
    for (let at = analysisText.indexOf(w); at >= 0; at = analysisText.indexOf(w, at + 1)) {
      if (!isLetterAt(analysisText, at - 1) && !isLetterAt(analysisText, at + w.length)) {
        r = true;
        break;
      }
    }
    d.lowerMemo.set(w, r);
  }
  return r;
}

// A capitalised word of lower-case letters that may be a plural agent noun ("Protesters", "Physicians"); the
// suffix itself is checked with `agentSingular` (src/nlp/morphology.ts).
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}{5,}$/u;
// Whether wink's lexicon reads a lower-case word as a plural common noun (its lemma is the singular), by word;
// asked only for the rare one-word candidate that opens a sentence with a plural agent ending.
const WINK_PLURAL = new Map<string, boolean>();

/** Whether wink's English lexicon knows the lower-case word as the plural of `singular` ("protesters" -> "protester"). */
function winkPluralNoun(norm: string, singular: string): boolean {
  let r = WINK_PLURAL.get(norm);
  if (r === undefined) {
    const nlp = wink();
    const t = nlp.readDoc(norm).tokens().itemAt(0);
    r = !!t && t.out(nlp.its.pos) === 'NOUN' && t.out(nlp.its.lemma as never) === singular;
    WINK_PLURAL.set(norm, r);
  }
  return r;
}

/** Whether the document writes the capitalised word after a letter or comma (a name inside a sentence: "Bernie Sanders", "said Peters"). */
function capitalSeenInside(d: Doc, w: string): boolean {
  const text = d.analysisText;
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    if (isLetterAt(text, at + w.length)) continue;
    let k = at - 1;
    while (k >= 0 && isSpaceCode(text.charCodeAt(k))) k--;
    if (k >= 0 && (isLetterAt(text, k) || text.charCodeAt(k) === 44)) return true;
  }
  return false;
}

/** Whether a speech verb follows the run that ends at token b ("Protesters said"). */
function speechAfter(d: Doc, b: number, runEnd: number, sentence: number): boolean {
  const after = tokenAt(d.tokens, runEnd);
  return b === runEnd && after !== undefined && after.sentence === sentence && SPEECH_VERBS.has(after.norm);
}

/**
 * "Protesters said", "Prosecutors dropped the charges": a capitalised plural agent noun opening a sentence is a group of
 * people, not a person's name, when it is a common noun (a group noun of ours, written in lower case elsewhere
 * in the document, or a plural noun in wink's lexicon) and the document never writes it as a name inside a
 * sentence ("Bernie Sanders ... Sanders said").
 */
function pluralAgentGroup(d: Doc, a: number, country: string | null): Candidate | null {
  const t = d.tokens[a];
  const n = t.norm;
  const singular = CAPITALISED_WORD.test(t.text) ? agentSingular(n) : null;
  if (singular === null || GIVEN.has(n)) return null;
  const common = GROUP_NOUNS.get(n) !== undefined || BARE_GROUP_NOUNS.has(n) || lowerSeen(d, n) || lowerSeen(d, singular) || winkPluralNoun(n, singular);
  if (!common || capitalSeenInside(d, t.text)) return null;
  const g = GROUP_NOUNS.get(n);
  return {
    a, b: a + 1, key: `group:${country ?? ''}:${singular}`, name: t.text, type: 'group', country, code: country && g?.cameo ? `${country}${g.cameo}` : country,
    sector: g?.sector ?? null, gender: null, rule: 'entities/plural-agent', strength: 6, weakSingle: false, initial: false,
  };
}

/** The text of tokens [a, b) with white space as one space. */
function nameOf(d: Doc, a: number, b: number): string {
  const tokens = d.tokens;
  return oneSpace(d.analysisText.slice(tokens[a].start, tokens[b - 1].end));
}

/** Longest gazetteer name starting at token i (ending by `end`), respecting case in mixed sentences. */
function matchAt(d: Doc, i: number, end: number, caps: boolean): { end: number; target: Target } | null {
  const tokens = d.tokens;
  const gz = d.gz;
  const text = d.text;
  let s = '';
  // acronym names ("AP", "U.S.") are kept by their exact text; only a capitalised token can start one
  let sa: string | null = isAllCaps(tokens[i].text) ? '=' : null;
  let best: { end: number; target: Target } | null = null;
  const limit = Math.min(end, i + gz.maxTokens);
  for (let j = i; j < limit; j++) {
    const t = tokens[j];
    const sep = j > i && t.start > tokens[j - 1].end ? ' ' : '';
    s = j === i ? tokens[j].norm : s + sep + tokens[j].norm;
    if (sa !== null) sa += sep + t.text;
    const okN = gz.prefixes.has(s);
    const okA = sa !== null && gz.prefixes.has(sa);
    if (!okA) sa = null;
    if (!okN && !okA) break;
    const hit = (okA ? gz.names.get(sa!) : undefined) ?? (okN ? gz.names.get(s) : undefined);
    if (!hit) continue;
    if (caps) {
      if (hit.acronym && CAPS_FUNCTION_ACRONYMS.has(t.norm)) continue;
    } else if (!caseOk(d, i, j + 1)) continue;
    best = { end: j + 1, target: hit };
  }
  return best;
}

/** Whether tokens [a, b) are written as a name: a capital (or digit) first, later words capitalised or connectors. */
function caseOk(d: Doc, a: number, b: number): boolean {
  const tokens = d.tokens;
  const first = tokens[a].text;
  if (!isUpperInitial(first) && !digitInitial(first)) return false;
  for (let k = a + 1; k < b; k++) {
    const x = tokens[k].text;
    if (hasLetters(x) && !isUpperInitial(x) && !CASE_CONNECTORS.has(tokens[k].norm) && !digitInitial(x)) return false;
  }
  return true;
}

/** Whether token i opens its sentence (only opening marks before it). */
function isInitial(d: Doc, i: number, s: Sentence): boolean {
  const tokens = d.tokens;
  for (let k = i - 1; k >= s.firstToken; k--) {
    const t = tokens[k];
    if (OPENING.has(t.text)) return true;
    if (t.kind === 'word' || t.kind === 'number') return false;
  }
  return true;
}

/** Whether token i can be part of a name; `inside` when it would continue a run ("Metropolitan Police"). */
function nameLike(d: Doc, i: number, s: Sentence, inside = false): boolean {
  const tokens = d.tokens;
  const nameLikeMemo = d.nameLikeMemo;
  const t = tokens[i];
  if (t.kind !== 'word' || !isUpperInitial(t.text)) return false;
  const slot = inside ? 2 * i + 1 : 2 * i;
  const known = nameLikeMemo[slot];
  if (known !== 0) return known === 2;
  const n = t.norm;
  let ok = true;
  if ((NOT_NAMES.has(n) || NOT_NAMES.has(noDot(n))) && !(inside && INNER_OK.has(n))) ok = false;
  else if (hasDigit(t.text)) ok = false;
  else if (isContraction(t.text, n)) ok = false;
  // a results line opens with a team before its score ("Sale 31 Wasps 33"), whatever wink tags it
  else if (isInitial(d, i, s) && t.pos !== 'PROPN' && !PERSON_TITLES.get(n) && !resultLineAt(d, i, s)) ok = false;
  nameLikeMemo[slot] = ok ? 2 : 1;
  return ok;
}

/**
 * Whether token i opens a results line: its score and the next team ("Sale 31 Wasps 33"), or a
 * standings row of four or more whole numbers ("Stoke 4 3 1 0 7 4 10"); a table of amounts
 * ("Sales 9.06 9.31", "Revs 130 1,279") is no results line.
 */
function resultLineAt(d: Doc, i: number, s: Sentence): boolean {
  const tokens = d.tokens;
  if (i + 2 >= s.endToken || tokens[i + 1].kind !== 'number') return false;
  if (tokens[i + 2].kind === 'word' && isUpperInitial(tokens[i + 2].text)) return !tokens[i + 1].text.includes('.');
  let k = i + 1;
  while (k < s.endToken && tokens[k].kind === 'number' && /^\d{1,3}$/.test(tokens[k].text)) k++;
  return k - i - 1 >= 4;
}

/** The title before "of" or "of the" that ends just before token i ("Secretary of | State"), or -1. */
function officeBefore(d: Doc, i: number, s: Sentence): ReturnType<typeof titleAt> {
  const tokens = d.tokens;
  let k = i - 1;
  if (k > s.firstToken && tokens[k].norm === 'the') k--;
  if (k <= s.firstToken || (tokens[k].norm !== 'of' && tokens[k].norm !== 'for')) return -1;
  let j = k - 1;
  while (j > s.firstToken && (PERSON_TITLES.get(tokens[j - 1].norm) !== undefined || TITLE_MODIFIERS.has(tokens[j - 1].norm))) j--;
  const tl = titleAt(d, j, k);
  return tl !== -1 && tl.end === k ? tl : -1;
}

/** End of the capitalised run starting at i (connectors join only where names use them). */
function runEnd(d: Doc, i: number, s: Sentence): number {
  const tokens = d.tokens;
  let j = i + 1;
  let orgish = ORG_OPENERS.has(tokens[i].norm) || ORG_WORDS.get(tokens[i].norm) !== undefined;
  while (j < s.endToken) {
    const t = tokens[j];
    const n = t.norm;
    if (nameLike(d, j, s, true)) {
      orgish ||= ORG_WORDS.get(n) !== undefined || ORG_OPENERS.has(n);
      j++;
      continue;
    }
    const next = j + 1 < s.endToken ? j + 1 : -1;
    if (next < 0 || !nameLike(d, next, s)) break;
    const attached = t.start === tokens[j - 1].end && tokens[next].start === t.end;
    if ((n === '-' || n === '.') && attached) { j += 1; continue; }
    // "Serbian Workers' Union": a possessive before an organisation word stays in the name
    if (POSSESSIVE.has(n) && t.start === tokens[j - 1].end && ORG_WORDS.get(tokens[next].norm) !== undefined) { j += 1; continue; }
    if (PARTICLES.has(n)) { j += 1; continue; }
    // ("Ellsworth Dispatch and Brannock Pharmaceuticals": after a company's or paper's complete name, "and" starts another)
    if (n === 'and' && COMPLETE_ORG_SECTORS.has(ORG_WORDS.get(noDot(tokens[j - 1].norm)) ?? '')) break;
    if ((orgish && ORG_CONNECTORS.has(n) && n !== 'the') || n === '&') { j += 1; continue; }
    break;
  }
  // never end on a connector
  while (j > i + 1 && !nameLike(d, j - 1, s, true)) j--;
  return j;
}

/** A title at token k ("President", "Prime Minister", "Lt. Gen."): its end, or -1. */
function titleAt(d: Doc, k: number, end: number): { end: number; sector: string | null; gender: 'male' | 'female' | null } | -1 {
  const tokens = d.tokens;
  let j = k;
  let found = -1;
  let sector: string | null = null;
  let gender: 'male' | 'female' | null = null;
  while (j < end) {
    const n = tokens[j].norm;
    const title = PERSON_TITLES.get(n) ?? PERSON_TITLES.get(noDot(n));
    if (title) {
      found = j + 1;
      sector = title.sector ?? sector;
      gender = title.gender ?? gender;
      j++;
    } else if (TITLE_MODIFIERS.has(n) || (n === '-' && j > k)) j++;
    else break;
  }
  return found < 0 ? -1 : { end: found, sector, gender };
}

/** A candidate for a gazetteer name. */
function fromTarget(a: number, b: number, t: Target, extra?: Partial<Candidate>): Candidate {
  const c: Candidate = { a, b, key: t.key, name: t.name, type: t.type, country: t.country, code: t.code, sector: t.sector, gender: t.gender, rule: t.rule, strength: 10, weakSingle: false, initial: false };
  return extra ? Object.assign(c, extra) : c;
}

/** "North Korean soldiers", "Russian armed forces": a group after a demonym; returns its end or -1. */
function groupAfter(d: Doc, b: number, s: Sentence): number {
  const tokens = d.tokens;
  let j = b;
  let mods = 0;
  while (j < s.endToken && mods <= 2) {
    const t = tokens[j];
    const n = t.norm;
    if (t.text !== t.norm && !/^[a-z]/.test(t.text)) return -1;
    if (GROUP_NOUNS.get(n)) {
      const next = tokenAt(tokens, j + 1);
      if (next && next.sentence === t.sentence && next.pos === 'NOUN' && !GROUP_NOUNS.get(next.norm) && n !== 'forces' && n !== 'troops') {
        // "military footage": the group word is a modifier here
        if (GROUP_MODIFIERS.has(n)) { j++; mods++; continue; }
        return -1;
      }
      return j + 1;
    }
    if (GROUP_MODIFIERS.has(n)) { j++; mods++; continue; }
    return -1;
  }
  return -1;
}

/** A group candidate whose head noun ends at headEnd. */
function groupCandidate(d: Doc, a: number, headEnd: number, country: string | null, nameText: string): Candidate {
  const tokens = d.tokens;
  const head = tokens[headEnd - 1];
  const g = GROUP_NOUNS.get(head.norm);
  return {
    a, b: headEnd, key: `group:${country ?? ''}:${head.lemma || head.norm}`, name: nameText, type: 'group', country,
    code: country && g?.cameo ? `${country}${g.cameo}` : country, sector: g?.sector ?? null, gender: null,
    rule: 'entities/group', strength: 10, weakSingle: false, initial: false,
  };
}

/** Whether an "&" joins words inside tokens [a, b). */
function hasAmpersand(d: Doc, a: number, b: number): boolean {
  const tokens = d.tokens;
  for (let k = a + 1; k < b - 1; k++) if (tokens[k].text === '&') return true;
  return false;
}

/** Types an unknown part of a run from its evidence. */
function classify(d: Doc, a: number, b: number, s: Sentence, ev: { title: ReturnType<typeof titleAt>; country: string | null; runStart: number; runEnd: number }): Candidate | null {
  const tokens = d.tokens;
  const text = d.text;
  while (a < b && !nameLike(d, a, s, a > ev.runStart)) a++;
  while (b > a && !nameLike(d, b - 1, s, b - 1 > a)) b--;
  if (a >= b) return null;
  // "Ayesh Denies Role", "Saucier Admits Guilt": a Title Case headline glues its verb (present tense or an
  // auxiliary, by wink's tag) onto the name before it; the name ends before the verb
  for (let k = a + 1; k < b; k++) {
    const pos = tokens[k].pos;
    if (pos !== 'AUX' && !(pos === 'VERB' && tokens[k].text.charCodeAt(tokens[k].text.length - 1) === 115)) continue;
    b = k;
    while (b > a && !nameLike(d, b - 1, s, b - 1 > a)) b--;
    break;
  }
  // "Democrats Chuck Schumer": a word that opens the sentence before a given name is not part of the name
  if (b - a >= 3 && isInitial(d, a, s) && GIVEN.has(tokens[a + 1].norm) && !GIVEN.has(tokens[a].norm)) a++;
  const first = tokens[a];
  const last = tokens[b - 1];
  const lastN = last.norm;
  const name = nameOf(d, a, b);
  const key = `n:${name.toLowerCase()}`;
  const country = ev.country;
  // Organisation word at the end, or an organisation opener with "of" ("University of Texas").
  const orgSector = ORG_WORDS.get(lastN) ?? ORG_WORDS.get(noDot(lastN));
  if (b - a >= 2 && orgSector !== undefined && lastN !== 'city') {
    return unknownCandidate(a, b, key, name, country, 'organization', 'entities/org-word', 6, orgSector);
  }
  if (b - a >= 3 && hasAmpersand(d, a, b)) return unknownCandidate(a, b, key, name, country, 'organization', 'entities/org-word', 6, 'business');
  // an organisation word before "of" ("University of Texas", "Regional Council of Provence")
  for (let k = a + 1; k < b - 1; k++) {
    const conn = tokens[k].norm;
    if (conn !== 'of' && conn !== 'for' && conn !== 'on') continue;
    const head = tokens[k - 1].norm;
    // "on" only after a body that sits on a subject ("Commission on Presidential Debates", "Committee on Foreign Relations")
    if (conn === 'on' ? ORG_ON_HEADS.has(head) : ORG_OPENERS.has(head) || ORG_WORDS.get(head) !== undefined) return unknownCandidate(a, b, key, name, country, 'organization', 'entities/org-word', 6, ORG_WORDS.get(head) ?? null);
  }
  if (b - a === 1 && /^[A-Z][A-Z&]{1,5}$/.test(first.text)) {
    // "RPG", "GDP" are no names; two letters ("NK") are too ambiguous to call an organisation; a
    // word the document also writes in lower case is shouted, not an acronym ("SMASH the STATE")
    if (NOT_ORG_ACRONYMS.has(first.text) || lowerSeen(d, first.norm)) return null;
    const next = tokenAt(tokens, b);
    const nextSame = next && next.sentence === first.sentence ? next : undefined;
    // a label opening a line ("ISSUER :", "UPDATE:") names no one
    if (nextSame && nextSame.text === ':' && isInitial(d, a, s)) return null;
    // a dateline ("BOGOTA, Colombia", "IRVINE, Calif"): a place in capitals before its country or state
    const then = nextSame && nextSame.text === ',' ? tokenAt(tokens, b + 1) : undefined;
    if (then && then.sentence === first.sentence && isInitial(d, a, s) && first.text.length >= 4 && isUpperInitial(then.text) && !isAllCaps(then.text)) {
      return unknownCandidate(a, b, key, name, country ?? townCountry(d, b, ev.runEnd, s) ?? cityNamed(first.norm)?.countries[0] ?? null, 'place', 'entities/dateline', 4);
    }
    if (first.text.length >= 3) return unknownCandidate(a, b, key, name, country, 'organization', 'entities/acronym', 4);
  }
  if (b - a === 1) {
    // a disease or hazard ("Ebola", "Cholera") is neither a place ("cases of Ebola in") nor a person ("Ebola killed")
    // (one opening a sentence, "Fire broke out", stays only if the document names it elsewhere)
    if (HAZARDS.has(first.norm)) {
      const h = unknownCandidate(a, b, key, name, country, 'other', 'entities/hazard', 9);
      h.initial = isInitial(d, a, s) || opensLine(d.text, first.start);
      return h;
    }
    // a generational suffix after a name the gazetteer knows ("Joseph R. Biden | Jr.") is no name of its own
    if (NAME_SUFFIXES.has(first.norm)) return null;
    // (a noun that is a group on its own in lower case too, "officials said", anywhere at the start; another
    // plural agent noun only as the subject of a speech verb, where it would be taken for a person:
    // "Readers of the Dispatch", "Leaders agree to ..." stay no entity, as "leaders" alone is none)
    if (ev.title === -1 && isInitial(d, a, s) && (BARE_GROUP_NOUNS.has(first.norm) || speechAfter(d, b, ev.runEnd, first.sentence))) {
      const group = pluralAgentGroup(d, a, country);
      if (group !== null) return group;
    }
    // "Muslims", "Republicans" are groups of people; "Muslim", "Democratic" qualify someone
    const sector = AFFILIATION_PLURALS.get(first.norm);
    if (sector !== undefined) {
      return { a, b, key: `group::${first.norm}`, name, type: 'group', country, code: country, sector, gender: null, rule: 'entities/affiliation', strength: 6, weakSingle: false, initial: false };
    }
    if (AFFILIATION_QUALIFIERS.has(first.norm)) return null;
  }
  if (b - a >= 2 && MISC_HEADS.has(lastN)) {
    return PLACE_HEADS.has(lastN)
      ? unknownCandidate(a, b, key, name, country, 'place', 'entities/place-word', 6)
      : unknownCandidate(a, b, key, name, country, 'other', 'entities/misc-word', 6);
  }
  // a title alone ("Vice President", "Inspector General") names an office, not a person; so does one
  // after a qualifier ("Republican Secretary", "Former President")
  const own = titleAt(d, a, b);
  if (own !== -1 && own.end === b) return null;
  // an office named by its holder's title at the end with no name after it ("Majority Leader", "RNC Chair",
  // "House Republican Conference Chair"): a person's name does not end in a title word
  if (ev.title === -1 && b === ev.runEnd && PERSON_TITLES.get(lastN) !== undefined && GIVEN.get(first.norm) === undefined) return null;
  if (b - a === 2 && PERSON_TITLES.get(lastN) !== undefined && (NAME_MODIFIERS.has(first.norm) || AFFILIATION_QUALIFIERS.has(first.norm))) return null;
  if (ev.title !== -1) {
    return unknownCandidate(a, b, key, name, country, 'person', 'entities/title-person', 8, ev.title.sector, ev.title.gender);
  }
  const given = GIVEN.get(first.norm);
  if (given !== undefined && b - a >= 2) {
    return unknownCandidate(a, b, key, name, country, 'person', 'entities/given-name', 5, null, given);
  }
  const before = tokenAt(tokens, ev.runStart - 1);
  const after = tokenAt(tokens, ev.runEnd);
  // "news agency Tanjug", "Belgian club Standard Liege", "the Sun newspaper": a descriptor noun beside the name
  const descBefore = before && before.sentence === first.sentence && a === ev.runStart && before.text === before.norm ? ORG_DESCRIPTORS.get(before.norm) : undefined;
  // (the name after the descriptor must not open the sentence: "Chartered bank assets", "Net sales" are headings)
  const descAfter = after && after.sentence === first.sentence && b === ev.runEnd && after.text === after.norm && !isInitial(d, a, s) ? ORG_DESCRIPTORS.get(after.norm) : undefined;
  if ((descBefore !== undefined || descAfter !== undefined) && name.length > 1 && !AFFILIATION_QUALIFIERS.has(first.norm)) {
    return unknownCandidate(a, b, key, name, country, 'organization', 'entities/org-descriptor', 6, descBefore ?? descAfter ?? null);
  }
  const speech = (after && after.sentence === first.sentence && b === ev.runEnd && SPEECH_VERBS.has(after.norm)) ||
    (before && before.sentence === first.sentence && a === ev.runStart && (before.norm === 'said' || before.norm === 'says' || before.norm === 'added') &&
      // ("said Mbandaka's location": the name after the verb owns its object, it does not speak)
      !(after && after.sentence === first.sentence && b === ev.runEnd && POSSESSIVE.has(after.text)));
  // "the Treasury", "the Commission": an organisation word written with a capital after "the" names one institution;
  // so does one inside a sentence after a modifier ("a Navy captain", "the Obama Administration")
  if (b - a === 1 && before && (a === ev.runStart ? before.norm === 'the' || (!isInitial(d, a, s) && before.sentence === first.sentence && hasLetters(before.text)) : !isInitial(d, a, s)) && ORG_WORDS.get(first.norm) !== undefined && !isAllCaps(first.text)) {
    return unknownCandidate(a, b, key, name, country, 'organization', 'entities/org-word', 4, ORG_WORDS.get(first.norm) ?? null);
  }
  // a one-word name after a preposition of place ("in Arbil", "a man in Dover said")
  if (b - a === 1 && before && a === ev.runStart && PLACE_PREPOSITIONS.has(before.norm) && !isAllCaps(first.text) && !COMPASS.has(first.norm) && !lowerSeen(d, first.norm)) {
    return unknownCandidate(a, b, key, name, country ?? townCountry(d, b, ev.runEnd, s) ?? cityNamed(normName(name))?.countries[0] ?? null, 'place', 'entities/place-context', 2);
  }
  // "Ericsson spokesman Per Zetterquist", "Pirelli SpA chairman": a company's officer or its shares after the name
  if (b - a <= 3 && after && b === ev.runEnd && after.text === after.norm && BUSINESS_AFTER.has(after.norm) && GIVEN.get(first.norm) === undefined) {
    return unknownCandidate(a, b, key, name, country, 'organization', 'entities/business-context', 5, 'business');
  }
  if (speech && !isAllCaps(first.text)) {
    return unknownCandidate(a, b, key, name, country, 'person', 'entities/speech-person', 5, null, given ?? null);
  }
  let words = 0;
  let allTitle = true;
  let verbal = false;
  for (let k = a; k < b; k++) {
    if (!hasLetters(tokens[k].text) || CASE_CONNECTORS.has(tokens[k].norm)) continue;
    words++;
    const pos = tokens[k].pos;
    if (pos === 'VERB' || pos === 'AUX') verbal = true;
    const x = tokens[k].text;
    if (!(isUpperInitial(x) && !isAllCaps(x)) && !INITIAL.test(x)) allTitle = false;
  }
  // "S. Waugh", "J.R. Smith": initials before a name are a person's
  if (words >= 2 && allTitle && INITIAL.test(first.text)) return unknownCandidate(a, b, key, name, country, 'person', 'entities/initials-person', 5);
  // "Bologna", "Rio Grande do Sul": a city of the GeoNames list, when nothing above read the name otherwise
  if (words <= 4 && allTitle) {
    const city = cityAt(d, a, b, s, name, country, ev.runEnd);
    if (city !== null) return city;
  }
  // a hyphen-joined pair with no space ("Emilia-Romagna", "Baden-Württemberg") is a compound name, not given + family name
  const spaced = /\s/.test(tokens[b - 1].start > first.start ? text.slice(first.start, tokens[b - 1].end) : '');
  // ... unless its first word opens names of other things ("Federal Reserve", "West Hartlepool") or is
  // a common word the document also writes in lower case (Mikheev 1999: a word's case elsewhere in
  // the same document tells a name from a capitalised common word)
  // ... or holds a word wink reads as a verb (a Title Case headline or title: "Patients Were Presidents",
  // "Story Continued Below", "Living History"), or follows a possessive ("our Privacy Policy")
  const personShape = words >= 2 && words <= 4 && allTitle && spaced && !verbal && !(before && a === ev.runStart && POSSESSIVE_DETERMINERS.has(before.norm)) &&
    !NAME_MODIFIERS.has(first.norm) && !lowerSeen(d, first.norm) && !lowerSeen(d, lastN);
  if (personShape) return unknownCandidate(a, b, key, name, country, 'person', 'entities/propn-run', 3, null, given ?? null);
  if (words === 1 && COMPANY_SUFFIX.test(first.text)) return unknownCandidate(a, b, key, name, country, 'organization', 'entities/org-word', 4, 'business');
  if (words === 1 && after && b === ev.runEnd && BUSINESS_AFTER.has(after.norm)) {
    return unknownCandidate(a, b, key, name, country, 'organization', 'entities/business-context', 4);
  }
  // a lone capitalised word opening a sentence, with no other evidence, is most often a common word ("Talks", "Storms")
  if (words === 1 && isInitial(d, a, s) && lowerSeen(d, first.norm)) return null;
  // a given name alone is a person's ("Peter", "Laura"), when no full name in the document has it
  // (not a city before its state: "Charlotte, N.C.")
  const afterComma = after && after.text === ',' && b === ev.runEnd ? tokenAt(tokens, ev.runEnd + 1) : undefined;
  if (words === 1 && GIVEN.has(first.norm) && !(afterComma && afterComma.sentence === first.sentence && isUpperInitial(afterComma.text))) return unknownCandidate(a, b, key, name, country, 'person', 'entities/given-name', 2, null, GIVEN.get(first.norm) ?? null, true);
  // a town before its state or country ("Gary, Ind.", "Bikoro, Congo"): a place in that country
  const town = words === 1 ? townCountry(d, b, ev.runEnd, s) : null;
  if (town !== null) return unknownCandidate(a, b, key, name, town, 'place', 'entities/place-context', 3);
  const c = unknownCandidate(a, b, key, name, country, 'other', 'entities/propn-run', 1, null, null, words === 1);
  // ... and so is a capitalised verb or adjective in a title written in Title Case ("Will America Survive"),
  // by wink's tag, unless the document names the same thing elsewhere with evidence
  // (so is one opening a line of the source: a list item opens like a sentence with no full stop before it,
  // "...training\nClassroom teachers are ...", and the structure may have joined the lines; a name there
  // stays if the document names it elsewhere)
  if (words === 1 && (isInitial(d, a, s) || first.pos === 'VERB' || first.pos === 'ADJ' || first.pos === 'ADV' || first.pos === 'AUX' || opensLine(d.text, first.start))) c.initial = true;
  return c;
}

const surnamesOf = new WeakMap<Gazetteer, Set<string>>();

/**
 * The family names of the persons the gazetteer knows ("Clinton", "Bush", "Castro"), lower case: alone,
 * such a name is as likely the person (or a namesake) as a town of that name. Built once per gazetteer.
 */
function knownSurnames(gz: Gazetteer): Set<string> {
  let set = surnamesOf.get(gz);
  if (set === undefined) {
    set = new Set();
    for (const t of gz.names.values()) {
      if (t.type !== 'person') continue;
      const at = t.name.lastIndexOf(' ');
      if (at > 0) set.add(t.name.slice(at + 1).toLowerCase());
    }
    surnamesOf.set(gz, set);
  }
  return set;
}

/** Determiners that coordinate names, not a common noun ("in both Malmö and Helsingborg"). */
const CITY_DETERMINERS_OK = new Set(['both', 'either', 'neither']);

/**
 * A city of the GeoNames list named by tokens [a, b) (`name`), or null when the context reads the name
 * otherwise: a given name ("Florence"), a word the document also writes in lower case ("Bath", "sale"),
 * a word of another part of speech ("Nice", "Mobile": only after a preposition of place, see classify),
 * a possessive ("Lincoln's": as often a person's; the same name elsewhere still makes it the city), a
 * shouted word. The country is the one the text names after a comma ("Paris, Texas"), else the
 * demonym's or possessor's before it when a city of that name lies there, else the most populous.
 */
function cityAt(d: Doc, a: number, b: number, s: Sentence, name: string, country: string | null, runEnd: number): Candidate | null {
  const tokens = d.tokens;
  const lower = normName(name);
  const city = cityNamed(lower);
  if (city === undefined || city.word || AMBIGUOUS_CAPITALS.has(lower)) return null;
  const first = tokens[a];
  if (b - a === 1) {
    if (GIVEN.has(first.norm) || isAllCaps(first.text) || lowerSeen(d, first.norm) || knownSurnames(d.gz).has(first.norm)) return null;
    const next = tokenAt(tokens, b);
    const nextSame = next !== undefined && next.sentence === first.sentence ? next : undefined;
    if (nextSame !== undefined && POSSESSIVE.has(nextSame.text)) return null;
    // "Chester-le-Street": the first word of a hyphenated place name is not the city of that name
    const hyphen = nextSame !== undefined && nextSame.text === '-' && nextSame.start === first.end ? tokenAt(tokens, b + 1) : undefined;
    const joined = hyphen !== undefined && hyphen.start === nextSame!.end ? hyphen : undefined;
    if (joined !== undefined && CASE_CONNECTORS.has(joined.norm)) return null;
    const prev = a > s.firstToken ? tokens[a - 1] : undefined;
    // "New Bedford": a capitalised word before the name inside the sentence makes a longer name the walk cut
    if (prev !== undefined && prev.kind === 'word' && isUpperInitial(prev.text) && !isInitial(d, a - 1, s)) return null;
    // "each Carmel", "the original Carmel", "ban the Sale of": a city takes no determiner or adjective of its
    // own ("northern Aleppo" excepted); one before the name with no noun after it (a noun would make the name
    // a modifier: "a Mesa man", "the Columbus suburb") makes the name a common noun in the whole document.
    // A name that is also a common noun ("these Metro officers") is no city after one even as a modifier, nor
    // at the start of a sentence ("Rugby league results"): there the same name elsewhere decides.
    if (prev !== undefined && (prev.text === prev.norm || isInitial(d, a - 1, s)) && !CITY_DETERMINERS_OK.has(prev.norm) &&
      (prev.pos === 'DET' || prev.pos === 'NUM' || (prev.pos === 'ADJ' && !COMPASS.has(prev.norm))) &&
      (city.noun || !(nextSame !== undefined && (nextSame.pos === 'NOUN' || nextSame.pos === 'PROPN' || joined !== undefined)))) {
      (d.commonNames ??= new Set()).add(`n:${name.toLowerCase()}`);
      return null;
    }
    if (city.noun && isInitial(d, a, s)) return null;
  } else if (NAME_MODIFIERS.has(first.norm)) return null;
  // (a town before its state is read by its context, as without the list: rule place-context)
  const town = townCountry(d, b, runEnd, s);
  if (town !== null) return unknownCandidate(a, b, `n:${name.toLowerCase()}`, name, town, 'place', 'entities/place-context', 4);
  const where = country !== null && city.countries.includes(country) ? country : city.countries[0];
  return unknownCandidate(a, b, `n:${name.toLowerCase()}`, name, where, 'place', 'entities/city', 4);
}

/** Whether the text at `at` opens a line of the source: only spaces and a list bullet between it and a line break. */
function opensLine(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    // space, tab, no-break space, "•", "*", "-", "–", "—"
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x2022 && c !== 42 && c !== 45 && c !== 0x2013 && c !== 0x2014) return false;
    k--;
  }
  return true;
}

/** The country of the known state or country after a one-word name and a comma ("Gary, Ind."), or null. */
function townCountry(d: Doc, b: number, runEnd: number, s: Sentence): string | null {
  const tokens = d.tokens;
  if (b !== runEnd || b + 1 >= s.endToken || tokens[b].text !== ',' || !isUpperInitial(tokens[b + 1].text)) return null;
  const where = matchAt(d, b + 1, s.endToken, false);
  return where && (where.target.type === 'place' || where.target.type === 'country') ? where.target.country : null;
}

/** Known names in an ALL-CAPS or Title Case sentence, where capitals say nothing: the gazetteer alone. */
function readCapsSentence(d: Doc, s: Sentence): void {
  const { tokens, cands } = d;
  let i = s.firstToken;
  while (i < s.endToken) {
    const t = tokens[i];
    const g = matchAt(d, i, s.endToken, true);
    if (g && !(g.end - i === 1 && NOT_NAMES.has(t.norm))) {
      cands.push(fromTarget(i, g.end, g.target));
      i = g.end;
    } else if (i === s.firstToken && datelineCity(d, s)) {
      i = cands[cands.length - 1].b;
    } else i++;
  }
}

/**
 * A dateline, "EDMONTON, Alberta 1996-08-28" or "AUCKLAND 1996-08-29": a line that opens with the name
 * of a city of the GeoNames list followed by a comma or a date. The place of the dateline is evidence
 * enough, even for a name that is also a word. Pushes the candidate and says whether there was one.
 */
function datelineCity(d: Doc, s: Sentence): boolean {
  const tokens = d.tokens;
  let name = '';
  for (let j = s.firstToken; j < s.endToken - 1 && j < s.firstToken + 4; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || !isAllCaps(t.text)) return false;
    name += (j > s.firstToken ? ' ' : '') + t.norm;
    const after = tokens[j + 1];
    if (after.text !== ',' && after.kind !== 'number') continue;
    const city = cityNamed(name);
    if (city === undefined) continue;
    d.cands.push(unknownCandidate(s.firstToken, j + 1, `n:${name}`, city.name, city.countries[0], 'place', 'entities/dateline', 4));
    return true;
  }
  return false;
}

/**
 * A group at token i: a bare group noun ("officials said", "Russia's military") or a group after a
 * possessor's country; returns its end, or -1. (Asked at every token, so that the walk never meets
 * a call it has no type feedback for: such a call made V8 throw the walk's optimised code away.)
 */
function groupAt(d: Doc, i: number, s: Sentence, possessorCountry: string | null): number {
  const { tokens, cands } = d;
  const t = tokens[i];
  // (wink tags "Police" opening a sentence PROPN at times: "Police said"; plural agent nouns so tagged, "Protesters
  // said", are read with the run, see pluralAgentGroup)
  if ((t.pos === 'NOUN' || (t.pos === 'PROPN' && t.norm === 'police')) && t.norm.length >= 6 && (t.norm.charCodeAt(t.norm.length - 1) === 115 || t.norm === 'police') && BARE_GROUP_NOUNS.has(t.norm) &&
    (t.text === t.norm ? t.pos === 'NOUN' : isInitial(d, i, s))) {
    const country = possessorCountry ?? groupPlace(d, i, s);
    cands.push(groupCandidate(d, i, i + 1, country, possessorCountry ? nameOf(d, i - 2, i + 1) : t.text));
    return i + 1;
  }
  if (possessorCountry && t.text === t.norm) {
    const g = groupAfter(d, i, s);
    if (g > 0) {
      cands.push(groupCandidate(d, i, g, possessorCountry, nameOf(d, i - 2, g)));
      return g;
    }
  }
  return -1;
}

/**
 * The country of the place a bare group noun at token i belongs to: a place or country named just before it
 * ("Tulsa police", "Ohio officials") or just after it with "in" ("police in Aleppo"); else null. (Asked only
 * when a group noun was found.)
 */
function groupPlace(d: Doc, i: number, s: Sentence): string | null {
  const last = d.cands.length > 0 ? d.cands[d.cands.length - 1] : undefined;
  if (last !== undefined && last.b === i && last.country !== null && (last.type === 'place' || last.type === 'country') && last.rule !== 'entities/demonym') return last.country;
  if (i + 2 < s.endToken && d.tokens[i + 1].norm === 'in' && isUpperInitial(d.tokens[i + 2].text)) {
    const where = matchAt(d, i + 2, s.endToken, false);
    if (where !== null && (where.target.type === 'place' || where.target.type === 'country') && where.target.demonym === undefined) return where.target.country;
  }
  return null;
}

/** A piece of a capitalised run. */
type Piece = { kind: 'gaz'; a: number; b: number; target: Target } | { kind: 'title'; a: number; b: number; title: Exclude<ReturnType<typeof titleAt>, -1> } | { kind: 'unknown'; a: number; b: number };

/**
 * Turns the pieces of one capitalised run (gazetteer names, titles, unknown parts) into candidates;
 * returns the run's end, which a group after a demonym may extend. (A function of its own: its rare
 * branches deoptimise it now and then, and recompiling it is much cheaper than recompiling the walk.)
 */
function readPieces(d: Doc, s: Sentence, pieces: Piece[], b: number, runStart: number, pendingTitle: ReturnType<typeof titleAt>, pendingCountry: string | null): number {
  const { tokens, cands } = d;
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    const next = pieces[p + 1];
    if (piece.kind === 'title') {
      // "General Motors": a title followed by an organisation is part of its name
      if (next && next.kind === 'unknown') {
        const lastN = tokens[next.b - 1].norm;
        if (ORG_WORDS.get(lastN) !== undefined) {
          pieces[p + 1] = { kind: 'unknown', a: piece.a, b: next.b };
          continue;
        }
      }
      pendingTitle = piece.title;
      continue;
    }
    if (piece.kind === 'gaz') {
      const tg = piece.target;
      if (tg.demonym === 'plural') {
        cands.push(fromTarget(piece.a, piece.b, tg, { key: `group:${tg.country}:people`, name: nameOf(d, piece.a, piece.b), type: 'group', rule: 'entities/group', code: tg.country, sector: null }));
        continue;
      }
      if (tg.demonym === 'adjective') {
        // "Iraqi News Agency", "Scottish National Party": a demonym opening an organisation's name is part of it
        if (next && next.kind === 'unknown' && next.a === piece.b) {
          const lastN = tokens[next.b - 1].norm;
          const sector = ORG_WORDS.get(lastN) ?? ORG_WORDS.get(noDot(lastN));
          if (sector !== undefined && lastN !== 'city' && nameLike(d, next.b - 1, s, true)) {
            const name = nameOf(d, piece.a, next.b);
            cands.push({ a: piece.a, b: next.b, key: `n:${normName(name)}`, name, type: 'organization', country: tg.country, code: null, sector, gender: null, rule: 'entities/org-word', strength: 6, weakSingle: false, initial: false });
            p++;
            continue;
          }
        }
        if (!next && piece.b === b) {
          const g = groupAfter(d, piece.b, s);
          if (g > 0) {
            cands.push(groupCandidate(d, piece.a, g, tg.country, nameOf(d, piece.a, g)));
            b = g;
            continue;
          }
        }
        cands.push(fromTarget(piece.a, piece.b, tg));
        pendingCountry = tg.country;
        continue;
      }
      // a place before an organisation word is part of the organisation ("New York Stock Exchange")
      if ((tg.type === 'place' || tg.type === 'country') && next && next.kind === 'unknown' && next.a === piece.b) {
        const lastN = tokens[next.b - 1].norm;
        const sector = ORG_WORDS.get(lastN);
        if (sector !== undefined && lastN !== 'city') {
          const name = nameOf(d, piece.a, next.b);
          cands.push({ a: piece.a, b: next.b, key: `n:${normName(name)}`, name, type: 'organization', country: tg.country, code: null, sector, gender: null, rule: 'entities/org-word', strength: 6, weakSingle: false, initial: false });
          p++;
          continue;
        }
        // "Iraq War", "Gaza Strip": a place before a head word of events, laws or places names that thing
        if (MISC_HEADS.has(lastN) && nameLike(d, next.b - 1, s, true)) {
          const name = nameOf(d, piece.a, next.b);
          const place = PLACE_HEADS.has(lastN);
          cands.push({ a: piece.a, b: next.b, key: `n:${normName(name)}`, name, type: place ? 'place' : 'other', country: place ? tg.country : null, code: null, sector: null, gender: null, rule: place ? 'entities/place-word' : 'entities/misc-word', strength: 6, weakSingle: false, initial: false });
          p++;
          continue;
        }
      }
      // "Michael Jordan": a given name before a one-word country is a person
      // "Hunter Biden": a first name before a leader's short name is someone else of that family
      const prevPiece = pieces[p - 1];
      const lastCand = cands[cands.length - 1];
      if (prevPiece && prevPiece.kind === 'unknown' && prevPiece.b === piece.a && piece.b - piece.a === 1 && lastCand && lastCand.a === prevPiece.a && lastCand.b === prevPiece.b) {
        const shortName = tg.type === 'person' && tg.name.includes(' ');
        const givenBefore = (lastCand.type === 'person' && (lastCand.rule === 'entities/given-name' || lastCand.rule === 'entities/title-person')) || (lastCand.b - lastCand.a === 1 && GIVEN.has(tokens[lastCand.a].norm));
        if ((shortName && lastCand.type !== 'organization') || (givenBefore && tg.type !== 'person' && tg.type !== 'organization')) {
          cands.pop();
          const name = nameOf(d, lastCand.a, piece.b);
          const gender = GIVEN.get(tokens[lastCand.a].norm) ?? lastCand.gender;
          const joined = copyCandidate(lastCand);
          joined.b = piece.b;
          joined.name = name;
          joined.key = `n:${name.toLowerCase()}`;
          joined.type = 'person';
          joined.rule = lastCand.type === 'person' ? lastCand.rule : 'entities/propn-run';
          joined.strength = Math.max(lastCand.strength, 3);
          joined.gender = gender;
          cands.push(joined);
          continue;
        }
      }
      // "Paris, Texas": a known place followed by the state or country of another city of its name is that city
      if (tg.type === 'place' && piece.b === b && !next && b < s.endToken && tokens[b].text === ',') {
        const town = townCountry(d, b, b, s);
        if (town !== null && town !== tg.country && cityNamed(normName(tg.name))?.countries.includes(town)) {
          const name = nameOf(d, piece.a, piece.b);
          cands.push({ a: piece.a, b: piece.b, key: `city:${town}:${normName(tg.name)}`, name, type: 'place', country: town, code: null, sector: null, gender: null, rule: 'entities/place-context', strength: 10, weakSingle: false, initial: false });
          continue;
        }
      }
      cands.push(fromTarget(piece.a, piece.b, tg, pendingTitle !== -1 && tg.type === 'person' ? { sector: tg.sector ?? pendingTitle.sector, gender: tg.gender ?? pendingTitle.gender } : undefined));
      pendingTitle = -1;
      continue;
    }
    // unknown: "Bank of" + "England" → one organisation
    const lastN = tokens[piece.b - 1].norm;
    if ((lastN === 'of' || lastN === 'for') && next && next.kind === 'gaz') {
      // ... and what follows in the run ("Port of Rotterdam Authority")
      const tail = pieces[p + 2];
      const end = tail && tail.kind === 'unknown' && tail.a === next.b ? tail.b : next.b;
      const name = nameOf(d, piece.a, end);
      cands.push({ a: piece.a, b: end, key: `n:${normName(name)}`, name, type: 'organization', country: next.target.country, code: null, sector: ORG_WORDS.get(tokens[piece.a].norm) ?? null, gender: null, rule: 'entities/org-word', strength: 6, weakSingle: false, initial: false });
      p += end === next.b ? 1 : 2;
      continue;
    }
    const c = classify(d, piece.a, piece.b, s, { title: pendingTitle, country: pendingCountry, runStart, runEnd: b });
    if (c) cands.push(c);
    pendingTitle = -1;
  }
  return b;
}

/**
 * Reads the capitalised run that starts at token i (`gFirst`: the gazetteer name starting there) into
 * candidates; returns the token to go on from. (A function of its own, so that a deoptimisation in its
 * rarer branches recompiles it alone, not the walk.)
 */
function readRun(d: Doc, s: Sentence, i: number, gFirst: { end: number; target: Target } | null, possessorCountry: string | null): number {
  const { tokens, cands } = d;
  // "al Qaeda", "al-Shabaab": a name that opens with the Arabic article in lower case (the walk starts runs
  // at capitals only); taken only when the gazetteer knows the whole name
  if (gFirst === null && i > s.firstToken && (tokens[i - 1].text === 'al' || (tokens[i - 1].text === '-' && i - 1 > s.firstToken && tokens[i - 2].text === 'al'))) {
    const from = tokens[i - 1].text === 'al' ? i - 1 : i - 2;
    const al = matchAt(d, from, s.endToken, true);
    if (al !== null && al.end > i && al.target.type === 'organization') {
      cands.push(fromTarget(from, al.end, al.target));
      return al.end;
    }
  }
  const t = tokens[i];
  // the run; a gazetteer name may run past it ("Democratic People's Republic of Korea")
  // (a name that opens with a word that is no name alone, "New York", still continues: "New York Stock Exchange")
  let b = gFirst
    ? Math.max(gFirst.end, nameLike(d, i, s) ? runEnd(d, i, s) : gFirst.end < s.endToken && nameLike(d, gFirst.end, s, true) ? runEnd(d, gFirst.end - 1, s) : gFirst.end)
    : runEnd(d, i, s);
  // "Secretary of State Jon Husted", "Speaker of the House Newt Gingrich": the office's domain
  // before a given name belongs to the title, and the person starts at the given name
  let office = gFirst ? -1 : officeBefore(d, i, s);
  const officeFrom = i;
  if (office !== -1) {
    // a portfolio alone ("Minister of State Security") is part of the title
    let k = i;
    while (k < b && TITLE_MODIFIERS.has(tokens[k].norm)) k++;
    if (k === b) return b;
    // the portfolio's words ("Minister for Interior Aftab Sherpao", "Secretary of Homeland Security Jeh Johnson") ...
    while (TITLE_MODIFIERS.has(tokens[i].norm) && b - i >= 3) i++;
    // ... or whatever comes before a given name ("Secretary of State Jon Husted")
    if (i === officeFrom) {
      for (let k = i + 1; k + 1 < b; k++) {
        if (!GIVEN.has(tokens[k].norm) || GIVEN.has(tokens[i].norm)) continue;
        i = k;
        break;
      }
    }
    if (i !== officeFrom) {
      gFirst = matchAt(d, i, s.endToken, false);
      if (gFirst && gFirst.end > b) b = gFirst.end;
    }
  }
  // (without a given name to start the person at, the run is the office's domain or someone else: "officer of Petofi")
  if (i === officeFrom) office = -1;
  const runStart = i;
  // cut the run into pieces: gazetteer names, titles, and unknown parts between them
  const pieces: Piece[] = [];
  let k = i;
  // the unknown part being read: a gazetteer name, a title or the run's end closes it (inline, not a closure per run)
  let unknownStart = -1;
  while (k < b) {
    const g = k === runStart ? gFirst : matchAt(d, k, s.endToken, false);
    if (g) {
      if (unknownStart >= 0 && unknownStart < k) pieces.push({ kind: 'unknown', a: unknownStart, b: k });
      unknownStart = -1;
      pieces.push({ kind: 'gaz', a: k, b: g.end, target: g.target });
      k = g.end;
      if (k > b) b = k;
      continue;
    }
    const tl = titleAt(d, k, b);
    if (tl !== -1 && tl.end < b) {
      if (unknownStart >= 0 && unknownStart < k) pieces.push({ kind: 'unknown', a: unknownStart, b: k });
      unknownStart = -1;
      pieces.push({ kind: 'title', a: k, b: tl.end, title: tl });
      k = tl.end;
      continue;
    }
    if (unknownStart < 0) unknownStart = k;
    k++;
  }
  if (unknownStart >= 0 && unknownStart < b) pieces.push({ kind: 'unknown', a: unknownStart, b });
  // lower-case title just before the run ("president Vladimir Putin")
  const prev = tokenAt(tokens, runStart - 1);
  const pendingTitle: ReturnType<typeof titleAt> = office !== -1 ? office
    : prev && prev.sentence === t.sentence ? titleAt(d, runStart - 1, runStart) : -1;
  const pendingCountry: string | null = possessorCountry;
  b = readPieces(d, s, pieces, b, runStart, pendingTitle, pendingCountry);
  i = Math.max(b, i + 1);
  // "South Korea's National Intelligence Service": the possessor's country goes to what follows
  const after = tokenAt(tokens, i);
  const lastCand = cands[cands.length - 1];
  if (after && after.sentence === t.sentence && POSSESSIVE.has(after.text) && lastCand && lastCand.b === i && lastCand.country) {
    d.possessorAt = i + 1;
    d.possessorCountry = lastCand.country;
  }
  return i;
}

/** Finds the entities of one document. */
export function findEntities(input: EntityInput): Entity[] {
  const { text, analysisText, tokens, sentences, gazetteer: gz } = input;
  const d = new Doc(text, analysisText, tokens, gz);
  const cands = d.cands;
  const capsSentences: Sentence[] = [];
  // "(" tokens: where an acronym may be defined
  const parens: number[] = [];
  for (const s of sentences) {
    if (sentenceMode(tokens, s) === 'caps') {
      capsSentences.push(s);
      readCapsSentence(d, s);
      continue;
    }
    let i = s.firstToken;
    while (i < s.endToken) {
      const t = tokens[i];
      const possessorCountry = d.possessorAt === i ? d.possessorCountry : null;
      const g = groupAt(d, i, s, possessorCountry);
      if (g > 0) {
        i = g;
        continue;
      }
      // fast path: a name starts with a capital letter; most tokens do not
      const c0 = t.text.charCodeAt(0);
      if (c0 < 65 || (c0 >= 97 && c0 <= 122)) {
        if (c0 === 40) parens.push(i);
        i++;
        continue;
      }
      const gFirst = matchAt(d, i, s.endToken, false);
      if (!gFirst && !nameLike(d, i, s)) {
        i++;
        continue;
      }
      i = readRun(d, s, i, gFirst, possessorCountry);
    }
  }
  if (parens.length > 0) acronymDefinitions(d, parens);
  return resolve(d, capsSentences, input);
}

/** Lower-case words a long name may have between the words its acronym is made of ("Bank of England (BoE)"). */
const ACRONYM_SKIPS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le', 'del', 'y', 'et', 'und', 'für', '&', ',', '-']);

/**
 * Acronym definitions, "Long Name (LN)" (Schwartz & Hearst 2003, "A simple algorithm for
 * identifying abbreviation definitions in biomedical text"): walking back from the parenthesis,
 * the capitalised words' initials spell the acronym, skipping lower-case connectors. The long
 * name becomes one entity (an organisation unless its last word names an event, law or place),
 * replacing the pieces it was cut into ("Security", "Fire Professionals", "America"), and the
 * acronym, there and wherever else the document uses it, is a mention of it.
 */
function acronymDefinitions(d: Doc, parens: readonly number[]): void {
  const { cands, tokens } = d;
  const defined = new Map<string, Candidate>();
  for (const p of parens) {
    const acr = tokenAt(tokens, p + 1);
    const close = tokenAt(tokens, p + 2);
    if (!acr || !close || close.text !== ')' || acr.kind !== 'word' || !/^[A-Z][A-Za-z&.-]{1,9}$/.test(acr.text)) continue;
    let letters = '';
    for (const ch of acr.text) if (ch >= 'A' && ch <= 'Z') letters += ch;
    if (letters.length < 2) continue;
    const s = acr.sentence;
    let j = letters.length - 1;
    let start = -1;
    for (let k = p - 1; k >= 0 && k >= p - letters.length * 2 - 3 && tokens[k].sentence === s; k--) {
      const t = tokens[k];
      if (isUpperInitial(t.text) && t.kind === 'word') {
        if (t.text[0] !== letters[j]) break;
        if (--j < 0) {
          start = k;
          break;
        }
      } else if (!ACRONYM_SKIPS.has(t.norm)) break;
    }
    if (start < 0 || p - start < 2) continue;
    const acronymCand = cands.find((c) => c.a === p + 1 && c.b === p + 2);
    const exact = cands.find((c) => c.a === start && c.b === p);
    const lastN = tokens[p - 1].norm;
    let long: Candidate;
    if (acronymCand && acronymCand.strength >= 10) {
      long = copyCandidate(acronymCand);
    } else if (exact && exact.type !== 'person' && exact.strength >= 6) {
      long = copyCandidate(exact);
    } else {
      const name = nameOf(d, start, p);
      const misc = MISC_HEADS.has(lastN);
      // the sector of its last organisation word ("... Fire Professionals of America": labor)
      let sector: string | null = null;
      for (let k = p - 1; k >= start && !misc; k--) {
        const w = ORG_WORDS.get(tokens[k].norm);
        if (w !== undefined) {
          sector = w;
          break;
        }
      }
      long = unknownCandidate(start, p, `n:${normName(name)}`, name, null, misc ? (PLACE_HEADS.has(lastN) ? 'place' : 'other') : 'organization', 'entities/acronym-definition', 7, sector);
      // a country named inside the long name is the organisation's ("... of America")
      for (const c of cands) if (c.a >= start && c.b <= p && c.country) long.country ??= c.country;
    }
    long.a = start;
    long.b = p;
    long.rule = long.strength >= 10 ? long.rule : 'entities/acronym-definition';
    for (let k = cands.length - 1; k >= 0; k--) {
      const c = cands[k];
      if ((c.a < p && c.b > start) || (c.a === p + 1 && c.b === p + 2)) cands.splice(k, 1);
    }
    const alias = copyCandidate(long);
    alias.a = p + 1;
    alias.b = p + 2;
    alias.rule = 'entities/alias';
    cands.push(long, alias);
    defined.set(acr.text, long);
  }
  if (defined.size === 0) return;
  // the acronym elsewhere in the document
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const long = c.b - c.a === 1 ? defined.get(tokens[c.a].text) : undefined;
    if (!long || c.key === long.key || c.strength >= 10) continue;
    const alias = copyCandidate(long);
    alias.a = c.a;
    alias.b = c.b;
    alias.rule = 'entities/alias';
    cands[k] = alias;
  }
}

/**
 * Sports results: in a line with two or more names each followed by a number ("Surrey 22 points,
 * Kent 4"), in a standings row ("NEW YORK 73 58 .557"), or beside a result verb ("Leicestershire
 * beat Somerset"), a city, region or unknown name is a team (an organisation); countries stay
 * countries (national sides are named by the country). Within the document, the same place is the
 * team elsewhere too (one sense per discourse), except after "in", "at", "near" and the like.
 */
function markTeams(cands: Candidate[], tokens: readonly Token[]): void {
  const eligible = (c: Candidate) =>
    (c.type === 'place' || c.type === 'other' || (c.type === 'person' && c.strength <= 3)) && c.rule !== 'entities/demonym' && c.rule !== 'entities/misc-word';
  const numberAfter = (c: Candidate) => {
    const t = tokenAt(tokens, c.b);
    return !!t && t.sentence === tokens[c.a].sentence && t.kind === 'number';
  };
  const perSentence = new Map<number, number>();
  for (const c of cands) if (numberAfter(c) && c.type !== 'person') perSentence.set(tokens[c.a].sentence, (perSentence.get(tokens[c.a].sentence) ?? 0) + 1);
  const teams = new Set<string>();
  for (const c of cands) {
    if (!eligible(c)) continue;
    const s = tokens[c.a].sentence;
    const before = tokenAt(tokens, c.a - 1);
    const after = tokenAt(tokens, c.b);
    const verbBeside = (before && before.sentence === s && SPORT_VERBS.has(before.norm)) || (after && after.sentence === s && SPORT_VERBS.has(after.norm));
    // "Norwich striker Keith O'Neill": a player's role between the team and the player's name
    const roleAfter = (!!after && after.sentence === s && TEAM_ROLES.has(after.text) && !!tokenAt(tokens, c.b + 1) && tokens[c.b + 1].sentence === s && isUpperInitial(tokens[c.b + 1].text)) ||
      playerRoleAfter(tokens, c.b, s);
    // "victory over Gloucester", "a match against Karlsruhe", "champions Bath"
    const cueBefore = !!before && before.sentence === s && (before.norm === 'champions' ||
      ((before.norm === 'over' || before.norm === 'against') && c.a >= 2 && tokens[c.a - 2].sentence === s && RESULT_NOUNS.has(tokens[c.a - 2].norm)));
    // a standings row: the name followed by two or more numbers ("NEW YORK 73 58 .557")
    // (whole numbers: a table of amounts, "Sales 9.06 9.31", "Revs 130 1,279", or a dateline is no standings row)
    const row = numberAfter(c) && tokenAt(tokens, c.b + 1)?.sentence === s && tokens[c.b + 1].kind === 'number' && WHOLE.test(tokens[c.b].text) && WHOLE.test(tokens[c.b + 1].text);
    const pairs = perSentence.get(s) ?? 0;
    const scoreLine = numberAfter(c) && (pairs >= 2 || row);
    if (!scoreLine && !((verbBeside || roleAfter || cueBefore) && (c.type === 'place' || (roleAfter && c.b - c.a === 1)))) continue;
    // one unknown word followed by one number is as often a player's score ("Jayasuriya 44") as a team's,
    // unless the line is just two names and their scores ("Sale 31 Wasps 33")
    if (scoreLine && !row && c.type === 'other' && c.b - c.a === 1 && !(pairs === 2 && sentenceLength(tokens, s, c.a) <= 8)) continue;
    teams.add(c.key);
    c.type = 'organization';
    // a team named after a known place is another entity than the place; an unknown name is just typed
    if (!c.key.startsWith('n:')) c.key = `team:${normName(c.name)}`;
    c.rule = 'entities/team';
    c.code = null;
    c.sector = 'sports';
    c.strength = 7;
  }
  if (teams.size === 0) return;
  // one sense per document: a place that is a team in the results is the team elsewhere too, unless it is where something happens ("in Surrey")
  for (const c of cands) {
    if (c.rule === 'entities/team' || !teams.has(c.key) || c.type !== 'place') continue;
    const before = tokenAt(tokens, c.a - 1);
    if (before && before.sentence === tokens[c.a].sentence && PLACE_PREPOSITIONS.has(before.norm)) continue;
    c.type = 'organization';
    c.key = `team:${normName(c.name)}`;
    c.rule = 'entities/team';
    c.code = null;
    c.sector = 'sports';
    c.strength = 7;
  }
}

/**
 * Roles that only a sports team has (no city, firm or army has a "midfielder"), for a team named
 * without its player ("the Chelsea defender", "a Karlsruhe central defender"). A subset of TEAM_ROLES.
 */
const PLAYER_ROLES = new Set(['striker', 'midfielder', 'defender', 'goalkeeper', 'playmaker', 'winger', 'fullback', 'skipper', 'pitcher', 'quarterback', 'batsman', 'bowler', 'all-rounder', 'fly-half', 'scrum-half', 'teammate', 'team-mate']);
/** Nouns of a game's result or fixture before "over" or "against" and a team ("victory over", "match against"). */
const RESULT_NOUNS = new Set(['victory', 'win', 'wins', 'winners', 'triumph', 'match', 'game', 'final', 'semifinal', 'tie', 'fixture', 'clash']);

/** Whether a player's role follows token b, directly or after one adjective ("Chelsea central defender"). */
function playerRoleAfter(tokens: readonly Token[], b: number, s: number): boolean {
  const t = tokenAt(tokens, b);
  if (t === undefined || t.sentence !== s) return false;
  if (PLAYER_ROLES.has(t.text)) return true;
  const u = tokenAt(tokens, b + 1);
  return t.pos === 'ADJ' && t.text === t.norm && u !== undefined && u.sentence === s && PLAYER_ROLES.has(u.text);
}

/** A small whole number, as standings rows have. */
const WHOLE = /^\d{1,3}$/;

/** How many tokens the sentence around token k has (scanning out from k, since only the index is known). */
function sentenceLength(tokens: readonly Token[], s: number, k: number): number {
  let a = k;
  let b = k;
  while (a > 0 && tokens[a - 1].sentence === s) a--;
  while (b + 1 < tokens.length && tokens[b + 1].sentence === s && b - a < 20) b++;
  return b - a + 1;
}

/** Whether a candidate names a country (a country, a place in it, or a demonym). */
// (not a city of the GeoNames list: "Sean Smith, who died in the Benghazi attack" is no Libyan)
const hasCountry = (c: Candidate | undefined): boolean => !!c && !!c.country && (c.type === 'country' || c.type === 'place' || c.rule === 'entities/demonym') &&
  c.rule !== 'entities/city';
const startAtTable: (Candidate | undefined)[] = [];
const endAtTable: (Candidate | undefined)[] = [];

/**
 * A person's country from the words around the name: "Ukrainian lawmaker Oleksandr Merezhko"
 * (a demonym and up to three lower-case words before) or "Oleksandr Merezhko, chair of Ukraine's
 * foreign affairs committee" (a country in the apposition after a comma).
 */
function personCountries(cands: Candidate[], tokens: readonly Token[]): void {
  if (!cands.some((c) => c.type === 'person' && !c.country)) return;
  // the candidate starting / ending at each token: module-level tables, emptied again below, so that a
  // document does not allocate two arrays as long as its tokens
  while (startAtTable.length <= tokens.length) {
    startAtTable.push(undefined);
    endAtTable.push(undefined);
  }
  const startAt = startAtTable;
  const endAt = endAtTable;
  for (const c of cands) {
    startAt[c.a] = c;
    endAt[c.b] = c;
  }
  try {
    for (const c of cands) {
      if (c.type !== 'person' || c.country) continue;
      const s = tokens[c.a].sentence;
      for (let k = c.a - 1, n = 0; k >= 0 && n <= 3 && tokens[k].sentence === s; k--, n++) {
        const before = endAt[k + 1];
        if (hasCountry(before) && before!.rule === 'entities/demonym') {
          c.country = before!.country;
          break;
        }
        const t = tokens[k];
        if (t.text !== t.norm || (t.pos !== 'NOUN' && t.pos !== 'ADJ')) break;
      }
      const next = tokenAt(tokens, c.b);
      if (c.country || next === undefined || next.text !== ',') continue;
      for (let k = c.b + 1; k < tokens.length && k <= c.b + 10 && tokens[k].sentence === s; k++) {
        const t = tokens[k];
        const at = startAt[k];
        if (t.text === ',' || t.text === '.' || t.text === ';' || at?.type === 'person') break;
        if (hasCountry(at)) {
          c.country = at!.country;
          break;
        }
      }
    }
  } finally {
    for (const c of cands) {
      startAt[c.a] = undefined;
      endAt[c.b] = undefined;
    }
  }
}

/** A full name that a short one may stand for: the entity's key and where the full name is written (token indexes, in order). */
interface NameClaim {
  key: string;
  at: number[];
}

/** Records that the full name of entity `key`, written at token `at`, has the word `n`. */
function claimName(claims: Map<string, NameClaim[]>, n: string, key: string, at: number): void {
  let list = claims.get(n);
  if (!list) claims.set(n, (list = []));
  const own = list.find((x) => x.key === key);
  if (own) own.at.push(at);
  else list.push({ key, at: [at] });
}

/**
 * The entity a short name at token `at` stands for. News style names the principal bearer of a
 * shared surname by the surname alone and the others in full or by given name ("Ted Cruz ...
 * Heidi Cruz ... Cruz said" is Ted), so the short name goes to the person named in full most
 * often, the first named on a tie; only a bearer named earlier in the same sentence (by the
 * tokens' `sentence`) is nearer ("Heidi Cruz, whom Cruz married").
 */
function pickClaim(list: NameClaim[] | undefined, at: number, tokens?: readonly Token[]): string | undefined {
  if (!list) return undefined;
  if (list.length === 1) return list[0].key;
  const here = at >= 0 && tokens ? tokens[at].sentence : -1;
  let near: NameClaim | undefined;
  let nearAt = -1;
  let most = list[0];
  for (const x of list) {
    for (const k of x.at) if (k < at && k > nearAt && here >= 0 && tokens![k].sentence === here) {
      nearAt = k;
      near = x;
    }
    if (x.at.length > most.at.length || (x.at.length === most.at.length && Math.min(...x.at) < Math.min(...most.at))) most = x;
  }
  return (near ?? most).key;
}

/**
 * Known names in ALL-CAPS and Title Case sentences, where capitals say nothing: the names as the document
 * writes them elsewhere, and the surnames of persons named in full, become aliases (pushed to `out`).
 */
function capsAliases(d: Doc, capsSentences: readonly Sentence[], out: Candidate[], best: Map<string, Candidate>, surname: Map<string, NameClaim[]>): void {
  const tokens = d.tokens;
  // names as the document writes them elsewhere, for the capitals sentences
  const known = new Map<string, string>();
  let knownMax = 1;
  {
    for (const c of out) {
      const e = best.get(c.key)!;
      if (e.type === 'other') continue;
      let str = '';
      for (let k = c.a; k < c.b; k++) str += (k > c.a && tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].norm;
      known.set(str, c.key);
      knownMax = Math.max(knownMax, c.b - c.a);
    }
    for (const [n, v] of surname) if (!known.has(n)) known.set(n, pickClaim(v, -1)!);
  }
  // known names in ALL-CAPS and Title Case sentences
  // tokens inside a mention found so far (by token index; only the capitals sentences ask)
  const covered = new Uint8Array(tokens.length);
  for (const c of out) for (let k = c.a; k < c.b; k++) covered[k] = 1;
  for (const s of capsSentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (covered[i] === 1 || !hasLetters(tokens[i].text)) continue;
      let str = '';
      let hit: { end: number; key: string } | null = null;
      for (let j = i; j < s.endToken && j < i + knownMax; j++) {
        if (covered[j] === 1) break;
        str += (j > i && tokens[j].start > tokens[j - 1].end ? ' ' : '') + tokens[j].norm;
        const key = known.get(str);
        if (key) hit = { end: j + 1, key };
      }
      if (!hit || (hit.end - i === 1 && (NOT_NAMES.has(tokens[i].norm) || lowerSeen(d, tokens[i].norm)))) continue;
      const e = best.get(hit.key)!;
      const alias = copyCandidate(e);
      alias.a = i;
      alias.b = hit.end;
      alias.rule = 'entities/alias';
      out.push(alias);
      i = hit.end - 1;
    }
  }
}

/**
 * Takes back the city reading of names the document shows to be something else: a name it uses as a common
 * noun ("each Carmel"), and a one-word name that is the family name of a person it names in full ("Ben
 * Carson ... Carson beat Rubio"): those become unknown names again, which the alias step joins to the person.
 */
function demoteCities(d: Doc): void {
  const { cands, tokens } = d;
  let surnames: Set<string> | null = null;
  for (const c of cands) {
    if (c.rule !== 'entities/city') continue;
    if (surnames === null) {
      surnames = new Set();
      for (const p of cands) if (p.type === 'person' && p.b - p.a >= 2) surnames.add(tokens[p.b - 1].norm);
    }
    if (!(d.commonNames !== null && d.commonNames.has(c.key)) && !(c.b - c.a === 1 && surnames.has(tokens[c.a].norm))) continue;
    c.type = 'other';
    c.country = null;
    c.rule = 'entities/propn-run';
    c.strength = 1;
  }
}

/** Joins short names to full ones, finds known names in capitalised sentences, and forms the entities. */
function resolve(d: Doc, capsSentences: Sentence[], input: EntityInput): Entity[] {
  const { text, tokens } = input;
  const cands = d.cands;
  demoteCities(d);
  markTeams(cands, tokens);
  personCountries(cands, tokens);
  // strongest type per key
  const best = new Map<string, Candidate>();
  // mentions in place context ("in Mbandaka", a gazetteer town) against mentions as a speaker ("Mbandaka said")
  let votes: Map<string, { place: Candidate | null; places: number; speeches: number }> | null = null;
  for (const c of cands) {
    const o = best.get(c.key);
    if (!o || c.strength > o.strength) best.set(c.key, c);
    const placeVote = c.type === 'place' && (c.rule === 'entities/place-context' || c.rule === 'entities/city');
    if (placeVote || c.rule === 'entities/speech-person') {
      votes ??= new Map();
      const v = votes.get(c.key) ?? { place: null, places: 0, speeches: 0 };
      if (placeVote) { v.places++; if (!v.place || c.strength > v.place.strength) v.place = c; } else v.speeches++;
      votes.set(c.key, v);
    }
  }
  // a name with more place evidence than speech evidence is a place: "X said" is the rarer use of a town
  if (votes) for (const [key, v] of votes) if (v.place && v.places > v.speeches && best.get(key)!.rule === 'entities/speech-person') best.set(key, v.place);
  // surnames, given names and acronyms of multi-word persons and organisations
  const surname = new Map<string, NameClaim[]>();
  const firstName = new Map<string, NameClaim[]>();
  const initials = new Map<string, string | null>();
  // head nouns of multi-word organisations ("the Commission" after "the European Commission")
  const orgHead = new Map<string, NameClaim[]>();
  for (const c of cands) {
    if (c.weakSingle || c.b - c.a < 2) continue;
    const e = best.get(c.key)!;
    if (e.type !== 'person' && e.type !== 'organization') continue;
    const words: string[] = [];
    for (let k = c.a; k < c.b; k++) if (hasLetters(tokens[k].text) && !CASE_CONNECTORS.has(tokens[k].norm)) words.push(tokens[k].norm);
    if (words.length < 2) continue;
    if (e.type === 'person') {
      // the family name, not a generational suffix ("Joseph R. Biden Jr.")
      const last = NAME_SUFFIXES.has(words[words.length - 1]) && words.length > 2 ? words[words.length - 2] : words[words.length - 1];
      claimName(surname, last, e.key, c.a);
      if (GIVEN.has(words[0])) claimName(firstName, words[0], e.key, c.a);
    } else {
      claimName(orgHead, words[words.length - 1], e.key, c.a);
      let ini = '';
      for (const w of words) ini += w[0].toUpperCase();
      const prev = initials.get(ini);
      // (null, an initialism two names share, is tested apart: a string comparison that meets null throws V8's optimised code away)
      initials.set(ini, prev === undefined || (prev !== null && prev === e.key) ? e.key : null);
    }
  }
  // one word with weak evidence (no gazetteer name) that is the surname of a person named in full joins
  // that person ("Paddock" after "Stephen Paddock"), or the given name of one ("Hillary" after "Hillary
  // Clinton"); when several persons share it, see pickClaim
  const out: Candidate[] = [];
  for (const c of cands) {
    const e = best.get(c.key)!;
    // ("Mr. Chipok" after "Paul H. Chipok": a title alone is no new person)
    if (c.b - c.a === 1 && (e.strength <= 5 || (e.rule === 'entities/title-person' && e.b - e.a === 1))) {
      const n = tokens[c.a].norm;
      const target = pickClaim(surname.get(n), c.a, tokens) ?? (surname.has(n) ? undefined : pickClaim(firstName.get(n), c.a, tokens)) ??
        (e.rule === 'entities/acronym' ? initials.get(tokens[c.a].text) : undefined) ??
        (e.type === 'organization' && e.b - e.a === 1 ? pickClaim(orgHead.get(n), c.a, tokens) : undefined);
      if (target && target !== c.key) {
        const alias = copyCandidate(c);
        alias.key = target;
        // (the town's country is not the person's: "Bolton" after "John Bolton")
        if (c.rule === 'entities/city' || c.rule === 'entities/place-context') alias.country = null;
        alias.rule = 'entities/alias';
        out.push(alias);
        continue;
      }
    }
    out.push(c);
  }
  if (capsSentences.length > 0) capsAliases(d, capsSentences, out, best, surname);
  // a capitalised word that only ever opens sentences, with no evidence, is taken for a common word
  const supported = new Set<string>();
  for (const c of out) if (!c.initial || c.type !== 'other') supported.add(c.key);
  for (let k = out.length - 1; k >= 0; k--) if (out[k].initial && out[k].type === 'other' && !supported.has(out[k].key)) out.splice(k, 1);
  return formEntities(out, best, tokens, text);
}

/**
 * The entities, in order of first mention, from the candidates (`best`: the strongest candidate per key,
 * whose type and fields the entity takes). (A function of its own: a deoptimisation here recompiles it alone.)
 */
function formEntities(out: Candidate[], best: Map<string, Candidate>, tokens: readonly Token[], text: string): Entity[] {
  out.sort((x, y) => tokens[x.a].start - tokens[y.a].start);
  const byKey = new Map<string, Entity>();
  const list: Entity[] = [];
  for (const c of out) {
    let e = byKey.get(c.key);
    const b = best.get(c.key) ?? c;
    if (!e) {
      e = { id: '', name: b.name, type: b.type, country: b.country, code: b.code, mentions: [], sector: b.sector, gender: b.gender };
      byKey.set(c.key, e);
      list.push(e);
    }
    // (a city's country is no person's: "Chelsea" read as the town and "Chelsea" who spoke are one key, typed by the stronger)
    if ((c.rule !== 'entities/city' && c.rule !== 'entities/place-context') || b.type === 'place' || b.type === 'organization') e.country ??= c.country;
    e.sector ??= c.sector;
    e.gender ??= c.gender;
    const start = tokens[c.a].start;
    const end = tokens[c.b - 1].end;
    const m: Mention = { start, end, text: text.slice(start, end), rule: c.rule };
    const lastM = e.mentions[e.mentions.length - 1];
    if (!lastM || lastM.start !== start) e.mentions.push(m);
  }
  const kept = list.filter((e) => !(e.type === 'other' && e.mentions.length === 0));
  kept.forEach((e, n) => {
    e.id = `e${n + 1}`;
    if (e.type === 'country' && !e.code) e.code = e.country;
  });
  return kept;
}
