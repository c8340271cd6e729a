/**
 * Compiles the figures lexicon (built-in lists plus the user's `--lexicon` additions) into lookup
 * tables once: built-ins at module load, each user lexicon object once (WeakMap), so the stage's
 * walk only does Set and Map lookups.
 */
import type { UserLexicon } from '../../types.js';
import {
  ATTRIBUTION_VERBS,
  HEDGING_ATTRIBUTION_VERBS,
  KIND_COMPOUND_NOUNS,
  MEASURE_UNITS,
  NUMBER_LABELS,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  SOURCE_NOUNS,
  UNIT_SYMBOLS,
  USER_KEYS,
  VAGUE_SOURCE_HEADS,
  verbForms,
  type QualifierEntry,
} from './lexicon.js';

/** A qualifier phrase split into lower-cased tokens the way wink splits them. */
export interface QualifierPattern {
  words: string[];
  qualifier: QualifierEntry['qualifier'];
}

/** The lookup tables the stage uses. */
export interface CompiledLexicon {
  /** Qualifiers before a number, by their last word, longest first. */
  before: Map<string, QualifierPattern[]>;
  /** Qualifiers after a number, by their first word, longest first. */
  after: Map<string, QualifierPattern[]>;
  vagueHeads: Set<string>;
  /** Head nouns that can state a figure (a person, group, document or data noun). */
  sourceNouns: Set<string>;
  labels: Set<string>;
  /** Singular units of measure that a number can modify another noun with ("a three hour recording"). */
  measures: Set<string>;
  /** Unit symbols written glued to a number ("9mm"). */
  symbols: Set<string>;
  /** Nouns whose "N-noun" compound names a kind ("four-way"), not a count. */
  kinds: Set<string>;
  /** Inflected attribution verb form → lemma. */
  verbs: Map<string, string>;
  hedging: Set<string>;
  /** Problems in the user's entries, reported on every run. */
  problems: { code: string; message: string }[];
}

const QUALIFIER_KINDS = new Set(['approximate', 'upper-bound', 'lower-bound']);

/** Splits a phrase into the tokens wink makes of it ("5,000-plus" style hyphens become tokens). */
export function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().trim().split(/\s+|(?=[-+])|(?<=[-+])/).filter(Boolean);
}

function index(entries: readonly QualifierEntry[], key: 'first' | 'last'): Map<string, QualifierPattern[]> {
  const map = new Map<string, QualifierPattern[]>();
  for (const e of entries) {
    const words = phraseWords(e.phrase);
    if (!words.length) continue;
    const k = key === 'first' ? words[0] : words[words.length - 1];
    const list = map.get(k) ?? [];
    list.push({ words, qualifier: e.qualifier });
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(k, list);
  }
  return map;
}

function build(user: UserLexicon): CompiledLexicon {
  const problems: CompiledLexicon['problems'] = [];
  const strings = (key: string): string[] => {
    const raw = user[key];
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      problems.push({ code: 'E_LEXICON_ENTRY', message: `lexicon key "${key}" must be a list of words; it was ignored` });
      return [];
    }
    const out: string[] = [];
    raw.forEach((x, i) => {
      if (typeof x === 'string' && x.trim()) out.push(x.trim().toLowerCase());
      else problems.push({ code: 'E_LEXICON_ENTRY', message: `lexicon "${key}"[${i}] must be a non-empty string; it was ignored` });
    });
    return out;
  };
  const qualifiers: QualifierEntry[] = [];
  const rawQ = user[USER_KEYS.qualifiers];
  if (rawQ !== undefined && !Array.isArray(rawQ)) {
    problems.push({ code: 'E_LEXICON_ENTRY', message: `lexicon key "${USER_KEYS.qualifiers}" must be a list of {phrase, qualifier}; it was ignored` });
  } else if (Array.isArray(rawQ)) {
    rawQ.forEach((x, i) => {
      const e = x as { phrase?: unknown; qualifier?: unknown };
      if (e && typeof e === 'object' && typeof e.phrase === 'string' && e.phrase.trim() && typeof e.qualifier === 'string' && QUALIFIER_KINDS.has(e.qualifier)) {
        qualifiers.push({ phrase: e.phrase, qualifier: e.qualifier as QualifierEntry['qualifier'] });
      } else {
        problems.push({
          code: 'E_LEXICON_ENTRY',
          message: `lexicon "${USER_KEYS.qualifiers}"[${i}] must be {phrase: string, qualifier: approximate | upper-bound | lower-bound}; it was ignored`,
        });
      }
    });
  }
  const verbs = new Map<string, string>();
  for (const lemma of [...ATTRIBUTION_VERBS, ...strings(USER_KEYS.verbs)]) for (const f of verbForms(lemma)) verbs.set(f, lemma);
  return {
    before: index([...QUALIFIERS_BEFORE, ...qualifiers], 'last'),
    after: index(QUALIFIERS_AFTER, 'first'),
    vagueHeads: new Set([...VAGUE_SOURCE_HEADS, ...strings(USER_KEYS.vagueSources)]),
    sourceNouns: new Set([...SOURCE_NOUNS, ...VAGUE_SOURCE_HEADS, ...strings(USER_KEYS.sourceNouns)]),
    labels: new Set([...NUMBER_LABELS, ...strings(USER_KEYS.labels)]),
    measures: new Set([...MEASURE_UNITS, ...strings(USER_KEYS.measures)]),
    symbols: new Set([...UNIT_SYMBOLS, ...strings(USER_KEYS.symbols)]),
    kinds: new Set([...KIND_COMPOUND_NOUNS, ...strings(USER_KEYS.kinds)]),
    verbs,
    hedging: new Set(HEDGING_ATTRIBUTION_VERBS),
    problems,
  };
}

const BUILT_IN = build({});
const cache = new WeakMap<UserLexicon, CompiledLexicon>();

/** The compiled lexicon for a user lexicon (the built-in one when it adds nothing to figures). */
export function compileLexicon(user: UserLexicon): CompiledLexicon {
  if (!Object.values(USER_KEYS).some((k) => user[k] !== undefined)) return BUILT_IN;
  let c = cache.get(user);
  if (!c) {
    c = build(user);
    cache.set(user, c);
  }
  return c;
}
