/**
 * Finding entities: one walk over each sentence's tokens. At every token the gazetteer is tried
 * first (countries, demonyms, capitals, places, curated and user actors); otherwise a run of
 * capitalised tokens (wink's PROPN plus capitalised words inside the sentence) is cut into
 * titles, gazetteer names and unknown parts, and each unknown part is typed by its evidence: an
 * organisation word at its end, an acronym, a title before it, a reporting verb beside it, a
 * given name at its start, or (weakest) the shape of a full name. A second pass joins short names
 * to full ones ("Putin" → "Vladimir Putin") and finds known names in ALL-CAPS and Title Case
 * headlines, where capitals say nothing.
 */
import type { Entity, EntityType, Mention, Sentence, Token } from '../../types.js';
import type { Gazetteer, Target } from './gazetteer.js';
import * as gazetteer from './gazetteer.js';
import { FEMALE_NAMES, MALE_NAMES } from './data/given-names.js';
import * as words from './data/words.js';

// Module constants read once from the imports: under a CommonJS loader (tsx runs the sources so) every use
// of an imported binding is a getter call, and these are used per token.
const {
  BARE_GROUP_NOUNS, GROUP_MODIFIERS, MISC_HEADS, NOT_NAMES, PLACE_HEADS, NOT_ORG_ACRONYMS, ORG_OPENERS, SPEECH_VERBS,
  TITLE_MODIFIERS,
} = words;
const { normName } = gazetteer;

// Maps, not the data objects, so that a word like "constructor" finds nothing.
const ORG_WORDS = new Map(Object.entries(words.ORG_WORDS));
const PERSON_TITLES = new Map(Object.entries(words.PERSON_TITLES));
const GROUP_NOUNS = new Map(Object.entries(words.GROUP_NOUNS));

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
const BUSINESS_AFTER = new Set(['shares', 'stock', 'stocks', 'shareholders', 'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'bonds', 'subsidiary', 'unit', 'executives', 'chairman', 'bid', 'takeover']);
/** One-word company names built on a business word ("Rabobank", "Eurotunnel", "Microsoft"). */
const COMPANY_SUFFIX = /^\p{Lu}\p{L}+(?:bank|tel|com|soft|tech|net|air|corp|gas|oil|chem|pharm)$/u;
/** Verbs of sports results: the places beside them are teams ("Leicestershire beat Somerset"). */
const SPORT_VERBS = new Set(['beat', 'beats', 'defeated', 'defeat', 'drew', 'draw', 'lost', 'v', 'vs', 'vs.', 'edged', 'thrashed', 'routed', 'downed', 'blanked', 'crushed', 'hammered', 'overcame']);
/** Whether the text starts with an upper-case letter (ASCII fast path: this runs for every token). */
const isUpperInitial = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(s);
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

/** Finds the entities of one document. */
export function findEntities(input: EntityInput): Entity[] {
  const { text, analysisText, tokens, sentences, gazetteer: gz } = input;
  const cands: Candidate[] = [];
  const capsSentences: Sentence[] = [];
  // Words written in lower case somewhere in the document: in a capitals headline such a word ("WIN") is
  // not taken for a known one-word name. A memo of scans, since only those headlines ask.
  const lowerMemo = new Map<string, boolean>();
  const lowerSeen = {
    has(w: string): boolean {
      let r = lowerMemo.get(w);
      if (r === undefined) {
        r = false;
        for (let k = 0; k < tokens.length; k++) {
          if (tokens[k].text === w) {
            r = true;
            break;
          }
        }
        lowerMemo.set(w, r);
      }
      return r;
    },
  };
  // token norms are looked up as they are: the gazetteer stores names with both ' and ’
  const nm = (k: number): string => tokens[k].norm;
  const nameOf = (a: number, b: number) => oneSpace(analysisText.slice(tokens[a].start, tokens[b - 1].end));

  /** Longest gazetteer name starting at token i (ending by `end`), respecting case in mixed sentences. */
  const matchAt = (i: number, end: number, caps: boolean): { end: number; target: Target } | null => {
    let s = '';
    // acronym names ("AP", "U.S.") are kept by their exact text; only a capitalised token can start one
    let sa: string | null = isAllCaps(tokens[i].text) ? '=' : null;
    let best: { end: number; target: Target } | null = null;
    const limit = Math.min(end, i + gz.maxTokens);
    for (let j = i; j < limit; j++) {
      const t = tokens[j];
      const sep = j > i && t.start > tokens[j - 1].end ? ' ' : '';
      s = j === i ? nm(j) : s + sep + nm(j);
      if (sa !== null) sa += sep + t.text;
      const okN = gz.prefixes.has(s);
      const okA = sa !== null && gz.prefixes.has(sa);
      if (!okA) sa = null;
      if (!okN && !okA) break;
      const hit = (okA ? gz.names.get(sa!) : undefined) ?? (okN ? gz.names.get(s) : undefined);
      if (!hit) continue;
      if (caps) {
        if (hit.acronym && CAPS_FUNCTION_ACRONYMS.has(t.norm)) continue;
      } else if (!caseOk(i, j + 1)) continue;
      best = { end: j + 1, target: hit };
    }
    return best;
  };

  const caseOk = (a: number, b: number): boolean => {
    const first = tokens[a].text;
    if (!isUpperInitial(first) && !digitInitial(first)) return false;
    for (let k = a + 1; k < b; k++) {
      const x = tokens[k].text;
      if (hasLetters(x) && !isUpperInitial(x) && !CASE_CONNECTORS.has(nm(k)) && !digitInitial(x)) return false;
    }
    return true;
  };

  const isInitial = (i: number, s: Sentence): boolean => {
    for (let k = i - 1; k >= s.firstToken; k--) {
      const t = tokens[k];
      if (OPENING.has(t.text)) return true;
      if (t.kind === 'word' || t.kind === 'number') return false;
    }
    return true;
  };

  // The walk, the run's end and classify ask nameLike up to four times per capitalised token: the answer
  // is kept per token (slot 2i outside a run, 2i+1 inside; 0 not yet known, 1 no, 2 yes). A token is
  // always asked with its own sentence, so the token index is the whole key.
  const nameLikeMemo = new Uint8Array(tokens.length * 2);

  /** Whether token i can be part of a name; `inside` when it would continue a run ("Metropolitan Police"). */
  const nameLike = (i: number, s: Sentence, inside = false): boolean => {
    const t = tokens[i];
    if (t.kind !== 'word' || !isUpperInitial(t.text)) return false;
    const slot = inside ? 2 * i + 1 : 2 * i;
    const known = nameLikeMemo[slot];
    if (known !== 0) return known === 2;
    const n = t.norm;
    let ok = true;
    if ((NOT_NAMES.has(n) || NOT_NAMES.has(noDot(n))) && !(inside && INNER_OK.has(n))) ok = false;
    else if (hasDigit(t.text)) ok = false;
    else if (isInitial(i, s) && t.pos !== 'PROPN' && !PERSON_TITLES.get(n)) ok = false;
    nameLikeMemo[slot] = ok ? 2 : 1;
    return ok;
  };

  /** End of the capitalised run starting at i (connectors join only where names use them). */
  const runEnd = (i: number, s: Sentence): number => {
    let j = i + 1;
    let orgish = ORG_OPENERS.has(nm(i)) || ORG_WORDS.get(nm(i)) !== undefined;
    while (j < s.endToken) {
      const t = tokens[j];
      const n = t.norm;
      if (nameLike(j, s, true)) {
        orgish ||= ORG_WORDS.get(n) !== undefined || ORG_OPENERS.has(n);
        j++;
        continue;
      }
      const next = j + 1 < s.endToken ? j + 1 : -1;
      if (next < 0 || !nameLike(next, s)) break;
      const attached = t.start === tokens[j - 1].end && tokens[next].start === t.end;
      if ((n === '-' || n === '.') && attached) { j += 1; continue; }
      if (PARTICLES.has(n)) { j += 1; continue; }
      if ((orgish && ORG_CONNECTORS.has(n) && n !== 'the') || n === '&') { j += 1; continue; }
      break;
    }
    // never end on a connector
    while (j > i + 1 && !nameLike(j - 1, s, true)) j--;
    return j;
  };

  /** A title at token k ("President", "Prime Minister", "Lt. Gen."): its end, or -1. */
  const titleAt = (k: number, end: number): { end: number; sector: string | null; gender: 'male' | 'female' | null } | -1 => {
    let j = k;
    let found = -1;
    let sector: string | null = null;
    let gender: 'male' | 'female' | null = null;
    while (j < end) {
      const n = nm(j);
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
  };

  const push = (c: Candidate) => cands.push(c);

  const fromTarget = (a: number, b: number, t: Target, extra?: Partial<Candidate>): Candidate => {
    const c: Candidate = { a, b, key: t.key, name: t.name, type: t.type, country: t.country, code: t.code, sector: t.sector, gender: t.gender, rule: t.rule, strength: 10, weakSingle: false, initial: false };
    return extra ? Object.assign(c, extra) : c;
  };

  /** "North Korean soldiers", "Russian armed forces": a group after a demonym; returns its end or -1. */
  const groupAfter = (b: number, s: Sentence): number => {
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
  };

  const groupCandidate = (a: number, headEnd: number, country: string | null, nameText: string): Candidate => {
    const head = tokens[headEnd - 1];
    const g = GROUP_NOUNS.get(head.norm);
    return {
      a, b: headEnd, key: `group:${country ?? ''}:${head.lemma || head.norm}`, name: nameText, type: 'group', country,
      code: country && g?.cameo ? `${country}${g.cameo}` : country, sector: g?.sector ?? null, gender: null,
      rule: 'entities/group', strength: 10, weakSingle: false, initial: false,
    };
  };

  const hasAmpersand = (a: number, b: number): boolean => {
    for (let k = a + 1; k < b - 1; k++) if (tokens[k].text === '&') return true;
    return false;
  };

  /** Types an unknown part of a run from its evidence. */
  const classify = (a: number, b: number, s: Sentence, ev: { title: ReturnType<typeof titleAt>; country: string | null; runStart: number; runEnd: number }): Candidate | null => {
    while (a < b && !nameLike(a, s, a > ev.runStart)) a++;
    while (b > a && !nameLike(b - 1, s, b - 1 > a)) b--;
    if (a >= b) return null;
    // "Democrats Chuck Schumer": a word that opens the sentence before a given name is not part of the name
    if (b - a >= 3 && isInitial(a, s) && GIVEN.has(nm(a + 1)) && !GIVEN.has(nm(a))) a++;
    const first = tokens[a];
    const last = tokens[b - 1];
    const lastN = last.norm;
    const name = nameOf(a, b);
    const key = `n:${name.toLowerCase()}`;
    const country = ev.country;
    // Organisation word at the end, or an organisation opener with "of" ("University of Texas").
    const orgSector = ORG_WORDS.get(lastN) ?? ORG_WORDS.get(noDot(lastN));
    if (b - a >= 2 && orgSector !== undefined && lastN !== 'city') {
      return unknownCandidate(a, b, key, name, country, 'organization', 'entities/org-word', 6, orgSector);
    }
    if (b - a >= 3 && hasAmpersand(a, b)) return unknownCandidate(a, b, key, name, country, 'organization', 'entities/org-word', 6, 'business');
    // an organisation word before "of" ("University of Texas", "Regional Council of Provence")
    for (let k = a + 1; k < b - 1; k++) {
      if (nm(k) !== 'of' && nm(k) !== 'for') continue;
      const head = nm(k - 1);
      if (ORG_OPENERS.has(head) || ORG_WORDS.get(head) !== undefined) return unknownCandidate(a, b, key, name, country, 'organization', 'entities/org-word', 6, ORG_WORDS.get(head) ?? null);
    }
    if (b - a === 1 && /^[A-Z][A-Z&]{1,5}$/.test(first.text)) {
      // "RPG", "GDP" are no names; two letters ("NK") are too ambiguous to call an organisation
      if (NOT_ORG_ACRONYMS.has(first.text)) return null;
      if (first.text.length >= 3) return unknownCandidate(a, b, key, name, country, 'organization', 'entities/acronym', 4);
    }
    if (b - a >= 2 && MISC_HEADS.has(lastN)) {
      return PLACE_HEADS.has(lastN)
        ? unknownCandidate(a, b, key, name, country, 'place', 'entities/place-word', 6)
        : unknownCandidate(a, b, key, name, country, 'other', 'entities/misc-word', 6);
    }
    if (ev.title !== -1) {
      return unknownCandidate(a, b, key, name, country, 'person', 'entities/title-person', 8, ev.title.sector, ev.title.gender);
    }
    const given = GIVEN.get(first.norm);
    if (given !== undefined && b - a >= 2) {
      return unknownCandidate(a, b, key, name, country, 'person', 'entities/given-name', 5, null, given);
    }
    const before = tokenAt(tokens, ev.runStart - 1);
    const after = tokenAt(tokens, ev.runEnd);
    const speech = (after && after.sentence === first.sentence && b === ev.runEnd && SPEECH_VERBS.has(after.norm)) ||
      (before && before.sentence === first.sentence && a === ev.runStart && (before.norm === 'said' || before.norm === 'says' || before.norm === 'added'));
    // a one-word name after a preposition of place ("in Arbil", "a man in Dover said")
    if (b - a === 1 && before && a === ev.runStart && PLACE_PREPOSITIONS.has(before.norm) && !isAllCaps(first.text)) {
      return unknownCandidate(a, b, key, name, country, 'place', 'entities/place-context', 2);
    }
    if (speech && !isAllCaps(first.text)) {
      return unknownCandidate(a, b, key, name, country, 'person', 'entities/speech-person', 5, null, given ?? null);
    }
    let words = 0;
    let allTitle = true;
    for (let k = a; k < b; k++) {
      if (!hasLetters(tokens[k].text) || CASE_CONNECTORS.has(nm(k))) continue;
      words++;
      const x = tokens[k].text;
      if (!(isUpperInitial(x) && !isAllCaps(x)) && !INITIAL.test(x)) allTitle = false;
    }
    // "S. Waugh", "J.R. Smith": initials before a name are a person's
    if (words >= 2 && allTitle && INITIAL.test(first.text)) return unknownCandidate(a, b, key, name, country, 'person', 'entities/initials-person', 5);
    // a hyphen-joined pair with no space ("Emilia-Romagna", "Baden-Württemberg") is a compound name, not given + family name
    const spaced = /\s/.test(tokens[b - 1].start > first.start ? text.slice(first.start, tokens[b - 1].end) : '');
    if (words >= 2 && words <= 4 && allTitle && spaced) return unknownCandidate(a, b, key, name, country, 'person', 'entities/propn-run', 3, null, given ?? null);
    if (words === 1 && COMPANY_SUFFIX.test(first.text)) return unknownCandidate(a, b, key, name, country, 'organization', 'entities/org-word', 4, 'business');
    if (words === 1 && after && b === ev.runEnd && BUSINESS_AFTER.has(after.norm)) {
      return unknownCandidate(a, b, key, name, country, 'organization', 'entities/business-context', 4);
    }
    // a lone capitalised word opening a sentence, with no other evidence, is most often a common word ("Talks", "Storms")
    const c = unknownCandidate(a, b, key, name, country, 'other', 'entities/propn-run', 1, null, null, words === 1);
    if (words === 1 && isInitial(a, s)) c.initial = true;
    return c;
  };

  let possessor: { at: number; country: string | null } | null = null;

  for (const s of sentences) {
    const caps = sentenceMode(tokens, s) === 'caps';
    if (caps) capsSentences.push(s);
    let i = s.firstToken;
    while (i < s.endToken) {
      const t = tokens[i];
      const possessorCountry = possessor && possessor.at === i ? possessor.country : null;
      if (caps) {
        const g = matchAt(i, s.endToken, true);
        if (g && !(g.end - i === 1 && NOT_NAMES.has(t.norm))) {
          push(fromTarget(i, g.end, g.target));
          i = g.end;
        } else i++;
        continue;
      }
      // Bare group nouns: "officials said", "Russia's military".
      if (t.pos === 'NOUN' && t.norm.length >= 6 && (t.norm.charCodeAt(t.norm.length - 1) === 115 || t.norm === 'police') && BARE_GROUP_NOUNS.has(t.norm) && (t.text === t.norm || isInitial(i, s))) {
        push(groupCandidate(i, i + 1, possessorCountry, possessorCountry ? nameOf(i - 2, i + 1) : t.text));
        i++;
        continue;
      }
      if (possessorCountry && t.text === t.norm) {
        const g = groupAfter(i, s);
        if (g > 0) {
          push(groupCandidate(i, g, possessorCountry, nameOf(i - 2, g)));
          i = g;
          continue;
        }
      }
      // fast path: a name starts with a capital letter; most tokens do not
      const c0 = t.text.charCodeAt(0);
      if (c0 < 65 || (c0 >= 97 && c0 <= 122)) {
        i++;
        continue;
      }
      const gFirst = matchAt(i, s.endToken, false);
      if (!gFirst && !nameLike(i, s)) {
        i++;
        continue;
      }
      // the run; a gazetteer name may run past it ("Democratic People's Republic of Korea")
      let b = gFirst ? Math.max(gFirst.end, nameLike(i, s) ? runEnd(i, s) : gFirst.end) : runEnd(i, s);
      const runStart = i;
      // cut the run into pieces: gazetteer names, titles, and unknown parts between them
      type Piece = { kind: 'gaz'; a: number; b: number; target: Target } | { kind: 'title'; a: number; b: number; title: Exclude<ReturnType<typeof titleAt>, -1> } | { kind: 'unknown'; a: number; b: number };
      const pieces: Piece[] = [];
      let k = i;
      // the unknown part being read: a gazetteer name, a title or the run's end closes it (inline, not a closure per run)
      let unknownStart = -1;
      while (k < b) {
        const g = k === runStart ? gFirst : matchAt(k, s.endToken, false);
        if (g) {
          if (unknownStart >= 0 && unknownStart < k) pieces.push({ kind: 'unknown', a: unknownStart, b: k });
          unknownStart = -1;
          pieces.push({ kind: 'gaz', a: k, b: g.end, target: g.target });
          k = g.end;
          if (k > b) b = k;
          continue;
        }
        const tl = titleAt(k, b);
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
      let pendingTitle: ReturnType<typeof titleAt> = prev && prev.sentence === t.sentence ? titleAt(runStart - 1, runStart) : -1;
      let pendingCountry: string | null = possessorCountry;
      for (let p = 0; p < pieces.length; p++) {
        const piece = pieces[p];
        const next = pieces[p + 1];
        if (piece.kind === 'title') {
          // "General Motors": a title followed by an organisation is part of its name
          if (next && next.kind === 'unknown') {
            const lastN = nm(next.b - 1);
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
            push(fromTarget(piece.a, piece.b, tg, { key: `group:${tg.country}:people`, name: nameOf(piece.a, piece.b), type: 'group', rule: 'entities/group', code: tg.country, sector: null }));
            continue;
          }
          if (tg.demonym === 'adjective') {
            if (!next && piece.b === b) {
              const g = groupAfter(piece.b, s);
              if (g > 0) {
                push(groupCandidate(piece.a, g, tg.country, nameOf(piece.a, g)));
                b = g;
                continue;
              }
            }
            push(fromTarget(piece.a, piece.b, tg));
            pendingCountry = tg.country;
            continue;
          }
          // a place before an organisation word is part of the organisation ("New York Stock Exchange")
          if ((tg.type === 'place' || tg.type === 'country') && next && next.kind === 'unknown' && next.a === piece.b) {
            const lastN = nm(next.b - 1);
            const sector = ORG_WORDS.get(lastN);
            if (sector !== undefined && lastN !== 'city') {
              const name = nameOf(piece.a, next.b);
              push({ a: piece.a, b: next.b, key: `n:${normName(name)}`, name, type: 'organization', country: tg.country, code: null, sector, gender: null, rule: 'entities/org-word', strength: 6, weakSingle: false, initial: false });
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
            const givenBefore = (lastCand.type === 'person' && (lastCand.rule === 'entities/given-name' || lastCand.rule === 'entities/title-person')) || (lastCand.b - lastCand.a === 1 && GIVEN.has(nm(lastCand.a)));
            if ((shortName && lastCand.type !== 'organization') || (givenBefore && tg.type !== 'person' && tg.type !== 'organization')) {
              cands.pop();
              const name = nameOf(lastCand.a, piece.b);
              const gender = GIVEN.get(nm(lastCand.a)) ?? lastCand.gender;
              const joined = copyCandidate(lastCand);
              joined.b = piece.b;
              joined.name = name;
              joined.key = `n:${name.toLowerCase()}`;
              joined.type = 'person';
              joined.rule = lastCand.type === 'person' ? lastCand.rule : 'entities/propn-run';
              joined.strength = Math.max(lastCand.strength, 3);
              joined.gender = gender;
              push(joined);
              continue;
            }
          }
          push(fromTarget(piece.a, piece.b, tg, pendingTitle !== -1 && tg.type === 'person' ? { sector: tg.sector ?? pendingTitle.sector, gender: tg.gender ?? pendingTitle.gender } : undefined));
          pendingTitle = -1;
          continue;
        }
        // unknown: "Bank of" + "England" → one organisation
        const lastN = nm(piece.b - 1);
        if ((lastN === 'of' || lastN === 'for') && next && next.kind === 'gaz') {
          // ... and what follows in the run ("Port of Rotterdam Authority")
          const tail = pieces[p + 2];
          const end = tail && tail.kind === 'unknown' && tail.a === next.b ? tail.b : next.b;
          const name = nameOf(piece.a, end);
          push({ a: piece.a, b: end, key: `n:${normName(name)}`, name, type: 'organization', country: next.target.country, code: null, sector: ORG_WORDS.get(nm(piece.a)) ?? null, gender: null, rule: 'entities/org-word', strength: 6, weakSingle: false, initial: false });
          p += end === next.b ? 1 : 2;
          continue;
        }
        const c = classify(piece.a, piece.b, s, { title: pendingTitle, country: pendingCountry, runStart, runEnd: b });
        if (c) push(c);
        pendingTitle = -1;
      }
      i = Math.max(b, i + 1);
      // "South Korea's National Intelligence Service": the possessor's country goes to what follows
      const after = tokenAt(tokens, i);
      const lastCand = cands[cands.length - 1];
      if (after && after.sentence === t.sentence && POSSESSIVE.has(after.text) && lastCand && lastCand.b === i && lastCand.country) {
        possessor = { at: i + 1, country: lastCand.country };
      }
    }
  }
  return resolve(cands, capsSentences, input, lowerSeen, nm);
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
    // a standings row: the name followed by two or more numbers ("NEW YORK 73 58 .557")
    const row = numberAfter(c) && tokenAt(tokens, c.b + 1)?.sentence === s && tokens[c.b + 1].kind === 'number';
    const scoreLine = numberAfter(c) && ((perSentence.get(s) ?? 0) >= 2 || row);
    if (!scoreLine && !(verbBeside && c.type === 'place')) continue;
    // one unknown word followed by one number is as often a player's score ("Jayasuriya 44") as a team's
    if (scoreLine && !row && c.type === 'other' && c.b - c.a === 1) continue;
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

/** Whether a candidate names a country (a country, a place in it, or a demonym). */
const hasCountry = (c: Candidate | undefined): boolean => !!c && !!c.country && (c.type === 'country' || c.type === 'place' || c.rule === 'entities/demonym');
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
      if (c.country || tokenAt(tokens, c.b)?.text !== ',') continue;
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

/** Joins short names to full ones, finds known names in capitalised sentences, and forms the entities. */
function resolve(cands: Candidate[], capsSentences: Sentence[], input: EntityInput, lowerSeen: { has(w: string): boolean }, nm: (k: number) => string): Entity[] {
  const { text, tokens } = input;
  markTeams(cands, tokens);
  personCountries(cands, tokens);
  // strongest type per key
  const best = new Map<string, Candidate>();
  for (const c of cands) {
    const o = best.get(c.key);
    if (!o || c.strength > o.strength) best.set(c.key, c);
  }
  // surnames and acronyms of multi-word persons and organisations; on a clash the stronger evidence wins
  const surname = new Map<string, { key: string; strength: number } | null>();
  const initials = new Map<string, string | null>();
  const claim = (n: string, key: string, strength: number) => {
    const prev = surname.get(n);
    if (prev === undefined || (prev && (prev.key === key || strength > prev.strength))) surname.set(n, { key, strength });
    else if (prev && strength === prev.strength) surname.set(n, null);
  };
  for (const c of cands) {
    if (c.weakSingle || c.b - c.a < 2) continue;
    const e = best.get(c.key)!;
    if (e.type !== 'person' && e.type !== 'organization') continue;
    const words: string[] = [];
    for (let k = c.a; k < c.b; k++) if (hasLetters(tokens[k].text) && !CASE_CONNECTORS.has(nm(k))) words.push(nm(k));
    if (words.length < 2) continue;
    if (e.type === 'person') claim(words[words.length - 1], e.key, e.strength);
    else {
      let ini = '';
      for (const w of words) ini += w[0].toUpperCase();
      const prev = initials.get(ini);
      initials.set(ini, prev === undefined || prev === e.key ? e.key : null);
    }
  }
  // one word with weak evidence (no gazetteer name) that is the surname of a person named in full joins that person
  const out: Candidate[] = [];
  for (const c of cands) {
    const e = best.get(c.key)!;
    // ("Mr. Chipok" after "Paul H. Chipok": a title alone is no new person)
    if (c.b - c.a === 1 && (e.strength <= 5 || (e.rule === 'entities/title-person' && e.b - e.a === 1))) {
      const target = surname.get(nm(c.a))?.key ?? (e.rule === 'entities/acronym' ? initials.get(tokens[c.a].text) : undefined);
      if (target && target !== c.key) {
        const alias = copyCandidate(c);
        alias.key = target;
        alias.rule = 'entities/alias';
        out.push(alias);
        continue;
      }
    }
    out.push(c);
  }
  // names as the document writes them elsewhere, for the capitals sentences
  const withCaps = capsSentences.length > 0;
  const known = new Map<string, string>();
  let knownMax = 1;
  if (withCaps) {
    for (const c of out) {
      const e = best.get(c.key)!;
      if (e.type === 'other') continue;
      let str = '';
      for (let k = c.a; k < c.b; k++) str += (k > c.a && tokens[k].start > tokens[k - 1].end ? ' ' : '') + nm(k);
      known.set(str, c.key);
      knownMax = Math.max(knownMax, c.b - c.a);
    }
    for (const [n, v] of surname) if (v && !known.has(n)) known.set(n, v.key);
  }
  // known names in ALL-CAPS and Title Case sentences
  // tokens inside a mention found so far (by token index; only the capitals sentences ask)
  const covered = new Uint8Array(withCaps ? tokens.length : 0);
  if (withCaps) for (const c of out) for (let k = c.a; k < c.b; k++) covered[k] = 1;
  for (const s of capsSentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (covered[i] === 1 || !hasLetters(tokens[i].text)) continue;
      let str = '';
      let hit: { end: number; key: string } | null = null;
      for (let j = i; j < s.endToken && j < i + knownMax; j++) {
        if (covered[j] === 1) break;
        str += (j > i && tokens[j].start > tokens[j - 1].end ? ' ' : '') + nm(j);
        const key = known.get(str);
        if (key) hit = { end: j + 1, key };
      }
      if (!hit || (hit.end - i === 1 && (NOT_NAMES.has(nm(i)) || lowerSeen.has(nm(i))))) continue;
      const e = best.get(hit.key)!;
      const alias = copyCandidate(e);
      alias.a = i;
      alias.b = hit.end;
      alias.rule = 'entities/alias';
      out.push(alias);
      i = hit.end - 1;
    }
  }
  // a capitalised word that only ever opens sentences, with no evidence, is taken for a common word
  const supported = new Set<string>();
  for (const c of out) if (!c.initial || c.type !== 'other') supported.add(c.key);
  for (let k = out.length - 1; k >= 0; k--) if (out[k].initial && out[k].type === 'other' && !supported.has(out[k].key)) out.splice(k, 1);
  // form entities in order of first mention
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
    e.country ??= c.country;
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
