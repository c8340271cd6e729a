/**
 * A phrase index of actor names for event coding: countries, demonyms and capitals from the
 * `world-countries` package, seats of power and international bodies (actor-lexicon.ts), and
 * whatever the user adds (`eventActors`, `actorsFiles`). Built once per lexicon; matching is a
 * lookup by the token's lower-case form, then a check of the following tokens.
 */
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { CAPITAL_ALIASES, COUNTRY_ALIASES, IGOS, SEATS, SECTOR_NOUNS } from './actor-lexicon.js';
import type { Token } from '../../types.js';

const countries = createRequire(import.meta.url)('world-countries/countries.json') as Countries;

/** What a gazetteer phrase stands for. */
export interface GazEntry {
  words: string[];
  kind: 'country' | 'demonym' | 'capital' | 'seat' | 'igo' | 'user';
  name: string;
  country: string | null;
  /** Full code when known (IGO codes, user dictionaries); otherwise built from country + sector. */
  code: string | null;
  /** CAMEO sector code the phrase implies (capitals and seats stand for the government). */
  sector: string | null;
  /** Whether the text must be capitalised (names) or may be any case (user phrases). */
  proper: boolean;
  /** Acronyms ("UN", "EU", "WHO") match only as written, never "Un" in "Kim Jong Un". */
  exact?: string;
}

/** A compiled gazetteer. */
export interface Gazetteer {
  byFirst: Map<string, GazEntry[]>;
  /** First words of phrases that match in any case (user entries); others need a capital. */
  anyCase: Set<string>;
  agents: Map<string, { words: string[]; sector: string }[]>;
  /** Whether any entry is the user's (`kind` 'user'): without one, a mention never needs the user check. */
  hasUser: boolean;
}

/**
 * A gazetteer entry with every field written out in one order: entries from the base lists and
 * from user dictionaries share one object shape, so the matchers' reads stay monomorphic.
 */
export function gazEntry(words: string[], kind: GazEntry['kind'], name: string, country: string | null, code: string | null, sector: string | null, proper: boolean, exact: string | undefined): GazEntry {
  return { words, kind, name, country, code, sector, proper, exact };
}

const LATIN = /^[A-Za-z][A-Za-z .'’-]*$/;

function words(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/\s+|(?=')/)
    .filter(Boolean);
}

function plural(w: string): string | null {
  if (/(s|sh|ese|ch|i)$/.test(w)) return w.endsWith('i') ? `${w}s` : null;
  return `${w}s`;
}

function baseEntries(): GazEntry[] {
  const out: GazEntry[] = [];
  const seen = new Set<string>();
  // a phrase shared by several countries ("French": France and its territories) names the
  // independent UN member, which comes first
  const add = (phrase: string, e: Omit<GazEntry, 'words' | 'proper'>, proper = true) => {
    if (!phrase || !LATIN.test(phrase)) return;
    const w = words(phrase);
    const key = `${e.kind === 'capital' ? 'c' : 'n'}:${w.join(' ')}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(gazEntry(w, e.kind, e.name, e.country, e.code, e.sector, proper, /^[A-Z.]{2,6}$/.test(phrase) ? phrase : undefined));
  };
  const nameOf = new Map<string, string>();
  const ranked = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent) || Number(b.unMember) - Number(a.unMember));
  for (const c of ranked) {
    nameOf.set(c.cca3, c.name.common);
    const country = { kind: 'country' as const, name: c.name.common, country: c.cca3, code: null, sector: null };
    add(c.name.common, country);
    add(c.name.official, country);
    for (const alt of c.altSpellings ?? []) if (alt.length > 3 && !alt.includes(',')) add(alt, country);
    const dem = c.demonyms?.eng;
    for (const d of new Set([dem?.m, dem?.f].filter(Boolean) as string[])) {
      add(d, { kind: 'demonym', name: c.name.common, country: c.cca3, code: null, sector: null });
      const parts = d.split(' ');
      const p = plural(parts[parts.length - 1]);
      if (p) add([...parts.slice(0, -1), p].join(' '), { kind: 'demonym', name: c.name.common, country: c.cca3, code: null, sector: null });
    }
    for (const cap of c.capital ?? []) add(cap, { kind: 'capital', name: cap, country: c.cca3, code: null, sector: 'GOV' });
  }
  for (const [alias, iso] of Object.entries(COUNTRY_ALIASES)) {
    add(alias, { kind: 'country', name: nameOf.get(iso) ?? alias, country: iso, code: null, sector: null });
  }
  for (const [alias, iso] of Object.entries(CAPITAL_ALIASES)) {
    add(alias, { kind: 'capital', name: alias, country: iso, code: null, sector: 'GOV' });
  }
  for (const [seat, v] of Object.entries(SEATS)) {
    add(seat, { kind: 'seat', name: nameOf.get(v.country) ?? seat, country: v.country, code: null, sector: v.sector });
  }
  for (const igo of IGOS) {
    for (const n of igo.names) add(n, { kind: 'igo', name: igo.canonical, country: null, code: igo.code, sector: null });
  }
  return out;
}

/** Builds a gazetteer from the base entries plus user entries. */
export function buildGazetteer(extra: readonly GazEntry[] = [], extraAgents: readonly { words: string[]; sector: string }[] = []): Gazetteer {
  const byFirst = new Map<string, GazEntry[]>();
  const anyCase = new Set<string>();
  let hasUser = false;
  for (const e of [...extra, ...baseEntries()]) {
    if (e.kind === 'user') hasUser = true;
    if (!e.words.length) continue;
    if (!e.proper) anyCase.add(e.words[0]);
    const list = byFirst.get(e.words[0]) ?? [];
    list.push(e);
    byFirst.set(e.words[0], list);
  }
  // longest phrase first; user entries (added first) win ties because sort is stable
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const agents = new Map<string, { words: string[]; sector: string }[]>();
  const addAgent = (w: string[], sector: string) => {
    const list = agents.get(w[0]) ?? [];
    list.push({ words: w, sector });
    agents.set(w[0], list);
  };
  for (const a of extraAgents) addAgent(a.words, a.sector);
  for (const [noun, code] of Object.entries(SECTOR_NOUNS)) addAgent(noun.split(' '), code);
  for (const list of agents.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, anyCase, agents, hasUser };
}

/** Lower-case form of a token for matching (curly apostrophes straightened). */
export const normOf = (t: Token) => (t.norm.includes('’') ? t.norm.replace(/’/g, "'") : t.norm);

/** Singular-ish form of a token: its lemma, or the form without a plural "s". */
export function stemOf(t: Token): string {
  const norm = t.norm;
  let lemma = t.lemma;
  if (lemma !== norm) {
    lemma = lemma.toLowerCase();
    if (lemma !== norm) return lemma;
  }
  const n = lemma.length;
  if (n < 4 || lemma.charCodeAt(n - 1) !== 115 /* s */) return lemma;
  if (lemma.endsWith('ies') && n > 4) return lemma.slice(0, -3) + 'y';
  if (lemma.endsWith('ss') || lemma.endsWith('us') || lemma.endsWith('is')) return lemma;
  return lemma.slice(0, -1);
}

/**
 * The `normOf` and `stemOf` forms of a document's tokens: the matchers look a token up many times
 * (as a trigger, an object word, a gazetteer or agent word), so each form is built once, the first
 * time it is asked for (punctuation and function words are mostly never asked for).
 */
export class TokenKeys {
  private readonly tokens: readonly Token[];
  private readonly norms: (string | undefined)[];
  private readonly stems: (string | undefined)[];

  constructor(tokens: readonly Token[]) {
    this.tokens = tokens;
    this.norms = new Array<string | undefined>(tokens.length);
    this.stems = new Array<string | undefined>(tokens.length);
  }

  /** `normOf(tokens[i])`. */
  norm(i: number): string {
    return (this.norms[i] ??= normOf(this.tokens[i]));
  }

  /** `stemOf(tokens[i])`. */
  stem(i: number): string {
    return (this.stems[i] ??= stemOf(this.tokens[i]));
  }
}

const keysCache = new WeakMap<readonly Token[], TokenKeys>();

/** The match keys of a document's tokens (one per tokens array). */
export function tokenKeys(tokens: readonly Token[]): TokenKeys {
  let keys = keysCache.get(tokens);
  if (!keys) keysCache.set(tokens, (keys = new TokenKeys(tokens)));
  return keys;
}

/** The longest gazetteer phrase starting at token `i` (tokens up to `end`), or null. */
export function matchAt(gaz: Gazetteer, tokens: readonly Token[], keys: TokenKeys, i: number, end: number): { entry: GazEntry; end: number } | null {
  const c = tokens[i].text.charCodeAt(0);
  // the same test as /^[A-ZÀ-Ý]/ on the first UTF-16 unit
  const capital = (c >= 65 && c <= 90) || (c >= 192 && c <= 221);
  // (no user phrase matches in any case in most lexicons: then no look-up, no string hashed)
  if (!capital && (gaz.anyCase.size === 0 || !gaz.anyCase.has(tokens[i].norm))) return null;
  const list = gaz.byFirst.get(keys.norm(i));
  if (!list) return null;
  for (const e of list) {
    if (i + e.words.length > end) continue;
    let ok = true;
    for (let k = 1; k < e.words.length && ok; k++) ok = keys.norm(i + k) === e.words[k];
    if (!ok) continue;
    if (e.proper && !capital) continue;
    if (e.exact && tokens[i].text !== e.exact) continue;
    return { entry: e, end: i + e.words.length };
  }
  return null;
}

/** Whether two words differ by one edit (insertion, deletion, substitution or swap). */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (sameFrom(a, i + 1, b, i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(a, i + 2, b, i + 2);
  }
  return a.length > b.length ? sameFrom(a, i + 1, b, i) : sameFrom(a, i, b, i + 1);
}

/** `a.slice(ai) === b.slice(bi)`, compared in place (no strings built). */
function sameFrom(a: string, ai: number, b: string, bi: number): boolean {
  const na = a.length - Math.min(ai, a.length);
  if (na !== b.length - Math.min(bi, b.length)) return false;
  for (let k = 0; k < na; k++) if (a.charCodeAt(ai + k) !== b.charCodeAt(bi + k)) return false;
  return true;
}

/**
 * The one-word countries and demonyms of five letters or more, by first letter, in gazetteer
 * order: the words and their lengths in flat lists beside the entries, so a scan compares
 * numbers and only reads the words that are one letter longer or shorter at most.
 */
interface FuzzyList {
  lengths: number[];
  words: string[];
  entries: GazEntry[];
}

const fuzzyCache = new WeakMap<Gazetteer, { byLetter: Map<string, FuzzyList>; seen: Map<string, GazEntry | null> }>();

/**
 * A one-word country, demonym or capital one typing error away from `word` ("Isreal",
 * "Ethopia", "Quatar"), for names the exact lookup missed; words under five letters never match.
 */
export function fuzzyCountry(gaz: Gazetteer, word: string): GazEntry | null {
  if (word.length < 5 || gaz.byFirst.has(word)) return null;
  let f = fuzzyCache.get(gaz);
  if (!f) {
    const byLetter = new Map<string, FuzzyList>();
    for (const e of [...gaz.byFirst.values()].flat()) {
      if (e.words.length !== 1 || e.words[0].length < 5 || (e.kind !== 'country' && e.kind !== 'demonym')) continue;
      const w = e.words[0];
      let list = byLetter.get(w[0]);
      if (!list) byLetter.set(w[0], (list = { lengths: [], words: [], entries: [] }));
      list.lengths.push(w.length);
      list.words.push(w);
      list.entries.push(e);
    }
    f = { byLetter, seen: new Map() };
    fuzzyCache.set(gaz, f);
  }
  const cached = f.seen.get(word);
  if (cached !== undefined) return cached;
  let hit: GazEntry | null = null;
  const list = f.byLetter.get(word[0]);
  if (list) {
    const n = word.length;
    const { lengths, words, entries } = list;
    for (let k = 0; k < lengths.length; k++) {
      const d = lengths[k] - n;
      if (d > 1 || d < -1 || !oneEdit(words[k], word)) continue;
      const e = entries[k];
      if (hit && hit.country !== e.country) {
        hit = null;
        break;
      }
      hit = e;
    }
  }
  // large enough for a corpus' proper names: clearing it meant scanning the same words again
  if (f.seen.size > 50000) f.seen.clear();
  f.seen.set(word, hit);
  return hit;
}

/** The longest agent (sector noun) phrase starting at token `i`, or null. */
export function agentAt(gaz: Gazetteer, keys: TokenKeys, i: number, end: number): { sector: string; end: number } | null {
  const list = gaz.agents.get(keys.stem(i)) ?? gaz.agents.get(keys.norm(i));
  if (!list) return null;
  for (const a of list) {
    if (i + a.words.length > end) continue;
    let ok = true;
    for (let k = 1; k < a.words.length && ok; k++) ok = keys.stem(i + k) === a.words[k] || keys.norm(i + k) === a.words[k];
    if (ok) return { sector: a.sector, end: i + a.words.length };
  }
  return null;
}

let countryNames: Map<string, string> | null = null;

/** The common name of a country by its ISO 3166-1 alpha-3 code (`world-countries`), or null. */
export function countryName(cca3: string): string | null {
  if (!countryNames) {
    countryNames = new Map();
    for (const c of countries) countryNames.set(c.cca3, c.name.common);
  }
  return countryNames.get(cca3) ?? null;
}
