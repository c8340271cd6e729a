/**
 * Token-level helpers for the quotes extractor: noun phrases to the left and right of a cue, the
 * subject of a clause, and country names and demonyms (from the world-countries package, which
 * lists each country's common name and English demonyms).
 */
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import type { Token } from '../../types.js';
import { agentSingular } from '../../nlp/morphology.js';

const countries = createRequire(import.meta.url)('world-countries/countries.json') as Countries;

/** A half-open token range [a, b). */
export interface TokRange {
  a: number;
  b: number;
}

const POSSESSIVE_PRON = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const SUBJECT_PRON = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
const NP_STOP = new Set(['that', 'which', 'who', 'whom', 'whose', 'and', 'or', 'but', 'than', 'as', 'if', 'what', 'when', 'where', 'why', 'how', 'whether', 'while', 'because', 'since', 'after', 'before', 'although', 'though', 'unless', 'until']);

/**
 * Words that may stand between a speaker and a cue ("has also said", "would not confirm"):
 * auxiliaries, negation and adverbs of time/manner.
 */
export const BETWEEN = new Set([
  'also', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'should',
  'did', 'does', 'do', 'not', "n't", 'never', 'repeatedly', 'publicly', 'previously', 'later', 'then', 'again',
  'recently', 'reportedly', 'once', 'often', 'still', 'already', 'privately', 'flatly', 'strongly', 'just', 'even',
  'further', 'first', 'initially', 'simply', 'openly', 'now', 'long', 'widely', 'quickly', 'been', 'being',
  'firmly', 'clearly', 'separately', 'earlier', 'frequently', 'consistently', 'falsely', 'correctly',
]);

/** Whether a lower-case word is a plural person noun by its agentive ending ("protesters", "activists"). */
export function agentPlural(norm: string): boolean {
  return norm.length >= 6 && agentSingular(norm) !== null;
}

/** Whether the token starts with a capital letter. */
export function capitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Whether the token is a possessive marker ('s, ’s, or a bare apostrophe after a plural). */
export function isPossessive(t: Token): boolean {
  return t.norm === "'s" || t.norm === '’s' || t.norm === "'" || t.norm === '’';
}

/** Closed word classes never belong to a name, even capitalised at a sentence start ("In", "But"). */
const CLOSED = new Set(['ADP', 'SCONJ', 'CCONJ', 'DET', 'PRON', 'PART', 'AUX']);

function npInternal(t: Token): boolean {
  if (NP_STOP.has(t.norm)) return false;
  if (CLOSED.has(t.pos) && !isPossessive(t)) return false;
  if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM') return true;
  if (isPossessive(t)) return true;
  if (t.kind === 'word' && capitalised(t)) return true;
  // "a CNN/ORC poll", "the ABC/Washington Post survey": a slash joins two names (wink splits it off)
  return t.text === '-' || t.text === '&' || t.text === '.' || t.text === '/';
}

/** `heads`: common nouns that head speaker phrases even when the tagger calls them adjectives ("one general"). */
function isHead(t: Token, heads: ReadonlySet<string>): boolean {
  if (NP_STOP.has(t.norm)) return false;
  if (heads.has(t.norm) && t.pos !== 'VERB') return true;
  return t.pos === 'NOUN' || t.pos === 'PROPN' || (t.kind === 'word' && capitalised(t) && !CLOSED.has(t.pos));
}

/** Whether a token is a subject pronoun (he, she, they, it, I, we, you). */
export function isSubjectPronoun(t: Token): boolean {
  return t.pos === 'PRON' && SUBJECT_PRON.has(t.norm);
}

/**
 * The noun phrase that ends at token `j` (its head), going left no further than `lo`; `blocked`
 * marks tokens inside quotes. Returns null when `j` is not a noun, name or subject pronoun.
 */
export function npLeft(tokens: readonly Token[], j: number, lo: number, blocked: (i: number) => boolean, heads: ReadonlySet<string>): TokRange | null {
  if (j < lo || blocked(j)) return null;
  const t = tokens[j];
  if (isSubjectPronoun(t)) return { a: j, b: j + 1 };
  if (!isHead(t, heads)) return null;
  let k = j;
  while (k - 1 >= lo && j - k < 9 && !blocked(k - 1)) {
    const p = tokens[k - 1];
    if (p.pos === 'DET' || POSSESSIVE_PRON.has(p.norm)) {
      if (!NP_STOP.has(p.norm)) k--;
      break;
    }
    if (!npInternal(p)) break;
    // "an assertion Kyiv": a lower-case noun does not join a name to its left
    if (capitalised(tokens[k]) && tokens[k].pos === 'PROPN' && !capitalised(p) && p.pos === 'NOUN') break;
    k--;
  }
  // a phrase does not start with a possessive marker or punctuation
  while (k < j && (isPossessive(tokens[k]) || tokens[k].kind === 'punctuation')) k++;
  // "$20 million experts say": the number is the end of a sum of money, not part of the phrase
  if (k - 1 >= lo && CURRENCY.has(tokens[k - 1].text)) while (k < j && tokens[k].pos === 'NUM') k++;
  return { a: k, b: j + 1 };
}

const CURRENCY = new Set(['$', '€', '£', '¥', '₹', 'US$', 'C$', 'A$']);

/**
 * The noun phrase that starts at token `j` (a determiner, modifiers, names, possessives), up to
 * `hi`. Returns null when no noun, name or pronoun heads it.
 */
export function npRight(tokens: readonly Token[], j: number, hi: number, blocked: (i: number) => boolean, heads: ReadonlySet<string>): TokRange | null {
  if (j >= hi || blocked(j)) return null;
  const t = tokens[j];
  if (isSubjectPronoun(t)) return { a: j, b: j + 1 };
  let k = j;
  if (t.pos === 'DET' || POSSESSIVE_PRON.has(t.norm) || t.norm === 'one' || t.norm === 'another') {
    if (NP_STOP.has(t.norm)) return null;
    k++;
  }
  let lastHead = -1;
  while (k < hi && k - j < 10 && !blocked(k)) {
    const p = tokens[k];
    if (!npInternal(p)) break;
    // a sentence-like capitalised word after a full stop token ends the phrase
    if (p.text === '.' && !(k + 1 < hi && capitalised(tokens[k + 1]))) break;
    if (isHead(p, heads)) lastHead = k;
    k++;
  }
  if (lastHead < 0) return null;
  return { a: j, b: lastHead + 1 };
}

/** Country names and demonyms → ISO alpha-3 (lower-cased keys; multi-word keys joined by spaces). */
export const COUNTRY_WORDS: ReadonlyMap<string, { cca3: string; demonym: string | null }> = (() => {
  const m = new Map<string, { cca3: string; demonym: string | null }>();
  for (const c of countries) {
    const dem = c.demonyms?.eng?.m ?? null;
    if (c.name?.common) m.set(String(c.name.common).toLowerCase(), { cca3: c.cca3, demonym: dem });
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d && !m.has(d.toLowerCase())) m.set(String(d).toLowerCase(), { cca3: c.cca3, demonym: dem });
  }
  // the common short forms news uses for the states themselves
  m.set('u.s.', { cca3: 'USA', demonym: 'American' });
  m.set('us', { cca3: 'USA', demonym: 'American' });
  m.set('uk', { cca3: 'GBR', demonym: 'British' });
  m.set('britain', { cca3: 'GBR', demonym: 'British' });
  m.set('dprk', { cca3: 'PRK', demonym: 'North Korean' });
  return m;
})();

/**
 * Every key of COUNTRY_WORDS and each of its word-boundary beginnings ("south", "south korea"): a
 * word outside this set starts no key, so `countryIn` builds no keys from it.
 */
const COUNTRY_STARTS: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  for (const key of COUNTRY_WORDS.keys()) {
    s.add(key);
    for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) s.add(key.slice(0, i));
  }
  return s;
})();

/** The country a token range names or qualifies (longest match, up to three words), or null. */
export function countryIn(tokens: readonly Token[], r: TokRange): { cca3: string; demonym: string | null; at: number; len: number } | null {
  for (let i = r.a; i < r.b; i++) {
    if (!capitalised(tokens[i]) || !COUNTRY_STARTS.has(tokens[i].norm)) continue;
    for (let n = Math.min(3, r.b - i); n >= 1; n--) {
      let key = tokens[i].norm;
      for (let k = 1; k < n; k++) key += ` ${tokens[i + k].norm}`;
      const hit = COUNTRY_WORDS.get(key);
      if (hit) return { cca3: hit.cca3, demonym: hit.demonym, at: i, len: n };
    }
  }
  return null;
}
