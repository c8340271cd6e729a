/**
 * The gazetteer: every name the entity rules know before reading a document (countries, their
 * official names, alternative spellings, demonyms and capitals from `world-countries`; curated
 * places and actors from `data/`; the user's `actors`), compiled once into a lookup keyed by the
 * text of consecutive tokens.
 */
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import type { EntityType } from '../../types.js';
import { ACTOR_LISTS, type ActorEntry } from './data/actors.js';
import { PLACE_LISTS } from './data/places.js';

// The package's ESM entry re-exports JSON without an import attribute, which Node rejects; the JSON itself is the data.
const countries = createRequire(import.meta.url)('world-countries/countries.json') as Countries;

/** What a gazetteer name stands for. */
export interface Target {
  /** Entities with the same key are the same entity. */
  key: string;
  name: string;
  type: EntityType;
  country: string | null;
  code: string | null;
  sector: string | null;
  gender: 'male' | 'female' | null;
  /** The rule a mention found through this name carries. */
  rule: string;
  /** Demonym forms name the country's people, not the country itself. */
  demonym?: 'adjective' | 'plural';
  /** An all-capitals short form ("AP", "WHO") that must match in exactly that case. */
  acronym?: boolean;
}

/** A compiled gazetteer: names → targets, plus every prefix of a name for early stopping. */
export interface Gazetteer {
  names: Map<string, Target>;
  prefixes: Set<string>;
  /** Most tokens a name spans (bounds the lookahead). */
  maxTokens: number;
}

/** Normalises a name for keys: lower case, ’ → ', one space (the gazetteer stores names with ’ as well). */
export function normName(s: string): string {
  const lower = s.toLowerCase();
  // the regexes only when something is to change (a quote mark, white space other than single inner spaces)
  const n = lower.length;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 96) return normSlow(lower);
    if (isSpaceCode(c) && (c !== 32 || i === 0 || i === n - 1 || isSpaceCode(lower.charCodeAt(i + 1)))) return normSlow(lower);
  }
  return lower;
}

/** normName's general case, for names with quote marks or irregular white space. */
function normSlow(lower: string): string {
  return lower.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Whether a UTF-16 code unit is white space as `\s` defines it. */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * One-word alternative spellings in `world-countries` that are also English words or personal names
 * ("Island" for Iceland in "Staten Island", "Mann" for the Isle of Man, "Dominique" for Dominica):
 * in English prose they are those words. Found by reading the package's one-word spellings against
 * an English dictionary and the given-name list.
 */
const AMBIGUOUS_SPELLINGS = new Set(['Island', 'Mann', 'Mannin', 'Dominique', 'Lao', 'Guiana']);

/** Alternative spellings in `world-countries` that are codes or non-Latin scripts are not names in English prose. */
function usableSpelling(s: string): boolean {
  if (/^[A-Z]{2}$/.test(s) || AMBIGUOUS_SPELLINGS.has(s)) return false;
  if (/[^\u0000-\u024F\u1E00-\u1EFF’' .,()-]/.test(s)) return false;
  if (/,/.test(s)) return false; // "Korea, Republic of": catalogue order, not prose
  return true;
}

/**
 * Short forms and older names used in English news that `world-countries` lacks. Source: AP
 * Stylebook country entries and Wikipedia "List of alternative country names".
 */
const COUNTRY_ALIASES: Record<string, string[]> = {
  USA: ['U.S.', 'US', 'U.S.A.', 'America', 'United States', 'the States'],
  GBR: ['U.K.', 'UK', 'Britain'],
  TUR: ['Turkey'],
  CZE: ['Czech Republic'],
  KOR: ['ROK', 'Korea'],
  PRK: ['DPRK', 'D.P.R.K.'],
  CHN: ['PRC', 'Mainland China'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  RUS: ['Russian Federation'],
  NLD: ['Holland'],
  MKD: ['Macedonia'],
  SWZ: ['Swaziland'],
  CPV: ['Cape Verde'],
  TLS: ['East Timor'],
  COD: ['Congo-Kinshasa'],
  COG: ['Republic of Congo'],
  VAT: ['Holy See'],
  BIH: ['Bosnia'],
  SUR: ['Surinam'],
  TTO: ['Trinidad'],
};

/**
 * Short names that `world-countries` gives to a country other than the one English news means. Source: AP
 * Stylebook, "Congo": bare "Congo" is the Democratic Republic of Congo, the smaller neighbour "Republic of Congo".
 */
const SHARED_SHORT_NAMES: Record<string, string> = { Congo: 'COD' };

/** The countries of the United Kingdom and their demonyms. Source: Wikipedia, "Countries of the United Kingdom". */
const UK_NATIONS: [string, string][] = [['England', 'English'], ['Scotland', 'Scottish'], ['Wales', 'Welsh'], ['Northern Ireland', 'Northern Irish']];

/**
 * Former states that news and archives still name, with their ISO 3166-3 codes. Source: ISO 3166-3
 * "Code for formerly used names of countries" (Wikipedia, "ISO 3166-3").
 */
const FORMER_COUNTRIES: { name: string; code: string; aliases: string[]; demonyms: string[] }[] = [
  { name: 'Soviet Union', code: 'SUN', aliases: ['USSR', 'U.S.S.R.'], demonyms: ['Soviet'] },
  { name: 'Yugoslavia', code: 'YUG', aliases: [], demonyms: ['Yugoslav'] },
  { name: 'Czechoslovakia', code: 'CSK', aliases: [], demonyms: ['Czechoslovak'] },
  { name: 'East Germany', code: 'DDR', aliases: ['German Democratic Republic', 'GDR'], demonyms: ['East German'] },
  { name: 'Zaire', code: 'ZAR', aliases: [], demonyms: ['Zairean'] },
];

/** Demonyms that `world-countries` lacks or spells differently. Source: Wikipedia "List of adjectival and demonymic forms for countries and nations". */
const DEMONYM_ALIASES: Record<string, string[]> = {
  GBR: ['Briton'],
  USA: ['U.S.'],
  NLD: ['Netherlands'],
  PRK: ['North Korean'],
  KOR: ['South Korean'],
  CZE: ['Czech'],
  BIH: ['Bosnian'],
  PHL: ['Filipino'],
  PSE: ['Palestinian'],
  ISR: ['Israeli'],
  AFG: ['Afghan'],
  TUR: ['Turkish', 'Turk'],
  SAU: ['Saudi'],
  DEU: ['German'],
};

/**
 * Capitals under the name English news uses where `world-countries` differs ("Washington D.C.")
 * or an older spelling survives ("Kiev"): spelling → canonical name. Source: AP Stylebook datelines.
 */
const CAPITAL_SPELLINGS: Record<string, string> = {
  'Washington D.C.': 'Washington', 'Washington, D.C.': 'Washington', 'Washington DC': 'Washington', Washington: 'Washington',
  Kiev: 'Kyiv', Peking: 'Beijing', 'Nur-Sultan': 'Astana', Naypyitaw: 'Naypyidaw',
};

/** Spellings by country, added to the capitals `world-countries` lists. */
const EXTRA_CAPITALS: Record<string, string[]> = {
  USA: ['Washington', 'Washington, D.C.', 'Washington DC'], UKR: ['Kiev'], CHN: ['Peking'], KAZ: ['Nur-Sultan'], MMR: ['Naypyitaw'], ISR: ['Jerusalem'],
};

/** Capitals that are more often something else in English text (given names, other places); the city gazetteer skips them too. */
export const AMBIGUOUS_CAPITALS = new Set(['victoria', 'city of victoria', 'hamilton', 'douglas', 'stanley', 'jamestown', 'kingston', 'the valley', 'plymouth', 'georgetown', 'san josé', 'avarua', 'road town']);

/** Plural of a demonym ("North Korean" → "North Koreans"); forms in -ese, -ss, -sh, -ch stay the same. */
function demonymPlural(d: string): string | null {
  if (/(ese|ss|sh|ch|s|i)$/i.test(d) || /ish$/i.test(d)) return /i$/i.test(d) ? `${d}s` : null;
  return `${d}s`;
}

const TWO_WORD_FUNCTION = new Set(['us', 'it', 'who', 'am', 'is', 'as', 'at', 'an', 'on', 'in', 'or', 'no', 'so', 'to', 'be', 'he', 'we', 'me', 'my', 'do', 'go', 'up']);

/** Characters a token may end before or after (space and punctuation): ' ', '-', "'", '’', '.', '&', '/', ',', '(', ')'. */
function isBoundary(c: number): boolean {
  return c === 32 || c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 47 || c === 44 || c === 40 || c === 41;
}

class Builder {
  readonly names = new Map<string, Target>();
  readonly prefixes = new Set<string>();
  maxTokens = 1;
  constructor(private readonly priority = new Map<string, number>()) {}

  /** Adds a name; an earlier name of higher or equal rank is kept (countries beat places beat actors of the same spelling). */
  add(name: string, target: Target, rank: number, override = false): void {
    const n = normName(name);
    if (!n) return;
    // (the length first: most names are longer, and then no string is built)
    const acronym = name.length <= 6 && /^[A-Z][A-Z.&-]{0,5}$/.test(name.replace(/\s/g, ''));
    const t = shaped(target, acronym ? true : target.acronym);
    if (acronym && TWO_WORD_FUNCTION.has(n) && n !== 'us') return;
    const key = acronym ? `=${name}` : n;
    const old = this.priority.get(key);
    if (old !== undefined && old < rank && !override) return;
    // tokens keep the text's apostrophe, so a name with one is stored with both forms
    const keys = key.includes("'") ? [key, key.replace(/'/g, '’')] : [key];
    for (const k of keys) {
      this.priority.set(k, rank);
      this.names.set(k, t);
      // prefixes end where a token may end: before a space or punctuation, or after punctuation
      for (let i = 1; i <= k.length; i++) {
        if (i === k.length || isBoundary(k.charCodeAt(i)) || isBoundary(k.charCodeAt(i - 1))) this.prefixes.add(k.slice(0, i));
      }
    }
    // as many words as the key splits into at white space, apostrophes, full stops and hyphens
    let parts = 1;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (c === 39 || c === 46 || c === 45 || isSpaceCode(c)) parts++;
    }
    this.maxTokens = Math.max(this.maxTokens, parts * 2 + 1);
  }
}

/**
 * The target as a literal with every field, in one order: all targets share one object shape, so that the
 * entity walk reading them stays monomorphic (optional fields would make a shape per combination).
 */
function shaped(t: Target, acronym: boolean | undefined): Target {
  return {
    key: t.key, name: t.name, type: t.type, country: t.country, code: t.code, sector: t.sector, gender: t.gender, rule: t.rule,
    demonym: t.demonym, acronym,
  };
}

/** The country's target for a demonym form (a literal, not a spread: spreads take V8's slow path). */
function demonymOf(t: Target, demonym: 'adjective' | 'plural'): Target {
  return { key: t.key, name: t.name, type: t.type, country: t.country, code: t.code, sector: t.sector, gender: t.gender, rule: 'entities/demonym', demonym };
}

function targetOf(a: ActorEntry, rule: string): Target {
  return {
    key: `actor:${normName(a.name)}`,
    name: a.name,
    type: a.type,
    country: a.country ?? null,
    code: a.code ?? (a.type === 'country' ? a.country ?? null : null),
    sector: a.sector ?? null,
    gender: a.gender ?? null,
    rule,
  };
}

/** Adds actors (curated or user) to a builder. */
function addActors(b: Builder, actors: readonly ActorEntry[], rule: string, rank: number, override: boolean): void {
  for (const a of actors) {
    const t = targetOf(a, rule);
    // "the Kremlin" is found as "Kremlin", so that the mention is the same with or without the article
    for (const n of [a.name, ...(a.aliases ?? [])]) b.add(n.replace(/^the\s+/i, ''), t, rank, override);
  }
}

function buildBase(): Builder {
  const b = new Builder();
  // Rank 0 (strongest): country names and spellings; 1: demonyms; 2: capitals; 3: places; 4: curated actors.
  for (const c of countries) {
    const iso = c.cca3;
    const country: Target = { key: `country:${iso}`, name: c.name.common, type: 'country', country: iso, code: iso, sector: null, gender: null, rule: 'entities/gazetteer-country' };
    b.add(c.name.common, country, 0);
    b.add(c.name.official, country, 0);
    for (const s of c.altSpellings) if (usableSpelling(s)) b.add(s, country, 0);
    for (const s of COUNTRY_ALIASES[iso] ?? []) b.add(s, country, 0);
    const dems = new Set<string>([...(DEMONYM_ALIASES[iso] ?? [])]);
    const eng = (c as any).demonyms?.eng as { m?: string; f?: string } | undefined;
    if (eng?.m) dems.add(eng.m);
    if (eng?.f) dems.add(eng.f);
    for (const d of dems) {
      b.add(d, demonymOf(country, 'adjective'), 1);
      const p = demonymPlural(d);
      if (p) b.add(p, demonymOf(country, 'plural'), 1);
    }
    if (c.independent) {
      for (const cap of [...(c.capital ?? []), ...(EXTRA_CAPITALS[iso] ?? [])]) {
        if (AMBIGUOUS_CAPITALS.has(normName(cap))) continue;
        const canonical = CAPITAL_SPELLINGS[cap] ?? cap;
        b.add(cap, { key: `capital:${iso}:${normName(canonical)}`, name: canonical, type: 'place', country: iso, code: `${iso}GOV`, sector: 'government', gender: null, rule: 'entities/capital' }, 2);
      }
    }
  }
  // a short name two countries share goes to the one the AP Stylebook gives it, whatever order the package lists them in
  for (const [spelling, iso] of Object.entries(SHARED_SHORT_NAMES)) {
    const c = countries.find((x) => x.cca3 === iso);
    if (c) b.add(spelling, { key: `country:${iso}`, name: c.name.common, type: 'country', country: iso, code: iso, sector: null, gender: null, rule: 'entities/gazetteer-country' }, 0, true);
  }
  // The countries of the United Kingdom are countries in their own right in news and sport (national sides).
  for (const [name, demonym] of UK_NATIONS) {
    const t: Target = { key: `country:GBR:${normName(name)}`, name, type: 'country', country: 'GBR', code: 'GBR', sector: null, gender: null, rule: 'entities/gazetteer-country' };
    b.add(name, t, 0);
    b.add(demonym, demonymOf(t, 'adjective'), 1);
  }
  for (const f of FORMER_COUNTRIES) {
    const t: Target = { key: `country:${f.code}`, name: f.name, type: 'country', country: f.code, code: f.code, sector: null, gender: null, rule: 'entities/gazetteer-country' };
    for (const n of [f.name, ...f.aliases]) b.add(n, t, 0);
    for (const d of f.demonyms) b.add(d, demonymOf(t, 'adjective'), 1);
  }
  for (const list of PLACE_LISTS) {
    for (const entry of list.places) {
      const [name, ...aliases] = entry.split('|');
      const t: Target = { key: `place:${normName(name)}`, name, type: 'place', country: list.country, code: null, sector: null, gender: null, rule: 'entities/gazetteer-place' };
      b.add(name, t, 3);
      for (const a of aliases) b.add(a, t, 3);
    }
  }
  for (const list of ACTOR_LISTS) addActors(b, list.actors, 'entities/actor', 4, false);
  return b;
}

let base: Builder | null = null;
const withUser = new WeakMap<readonly ActorEntry[], Gazetteer>();

/** The built-in gazetteer, built on first use. */
export function builtinGazetteer(): Gazetteer {
  base ??= buildBase();
  return base;
}

/** The gazetteer extended with user actors (which win over built-in names); cached per list. */
export function gazetteerWith(user: readonly ActorEntry[]): Gazetteer {
  if (user.length === 0) return builtinGazetteer();
  const hit = withUser.get(user);
  if (hit) return hit;
  const b0 = builtinGazetteer() as Builder;
  const b = new Builder(new Map((b0 as any).priority));
  for (const [k, v] of b0.names) b.names.set(k, v);
  for (const p of b0.prefixes) b.prefixes.add(p);
  b.maxTokens = b0.maxTokens;
  addActors(b, user, 'entities/user-actor', -1, true);
  withUser.set(user, b);
  return b;
}
