/**
 * Compiles the quotes lexicon (`lexicon-data.ts`) into lookup tables once, and merges user
 * additions from `--lexicon` under the keys `reportingVerbs`, `beliefVerbs`, `judgementVerbs`
 * (reporting verbs whose bare object is only judged: "praised X"), `relayCues`,
 * `partialQuoteCues`, `unnamedSpeakers` (lists of lower-case words; verbs as lemmas, their
 * inflected forms are generated). Bad entries become diagnostics, never exceptions.
 */
import type { UserLexicon } from '../../types.js';
import {
  ADDRESSEE_VERBS,
  BELIEF_VERBS,
  DOUBLING,
  EVIDENCE_VERBS,
  IRREGULAR_FORMS,
  CONTENT_OBJECT_VERBS,
  JUDGED_OBJECT_VERBS,
  PARTIAL_CUES,
  PHRASE_CUES,
  RELAY_CUES,
  REPORTING_VERBS,
  STATEMENT_NOUNS,
  UNNAMED_SPEAKERS,
  type SourcedList,
} from './lexicon-data.js';

/** Grammatical shape of a cue form, used to tell "X said" from "saying" from "to say". */
export type FormShape = 'base' | 's' | 'ed' | 'ing';

/** What a cue word form means. */
export interface CueForm {
  lemma: string;
  cls: 'speech' | 'belief';
  shape: FormShape;
  addressee: boolean;
  /**
   * What a bare noun-phrase object after the cue is: the information itself ('content': "estimates
   * 4,700 casualties"), only what is judged or (dis)avowed ('judged': "praised the troops"), or
   * left to the content search ('open': "said the plan ..." is usually a zero-that clause).
   */
  object: ObjectRole;
}

/** See `CueForm.object`. */
export type ObjectRole = 'content' | 'judged' | 'open';

/** The compiled lexicon the extractor uses. */
export interface QuotesLexicon {
  forms: Map<string, CueForm>;
  relay: Set<string>;
  partial: Set<string>;
  statementNouns: Set<string>;
  unnamed: Set<string>;
  /** Multi-word cues by their first word, so the token walk does one lookup per token. */
  phrases: ReadonlyMap<string, readonly PhraseCue[]>;
  /** Every word that can start a cue (verb form, relay word, first word of a phrase) and what it starts: one lookup per token. */
  starts: ReadonlyMap<string, StartEntry>;
  /** The entries of `starts` by `StartEntry.id` (a per-token table of ids then stands for the lookups). */
  startList: readonly StartEntry[];
  /**
   * Prefilter on `starts` (hashing every token's string is the walk's main cost): by the first two
   * letters, a bit per word length (`lengthBit`), so "the" and "that" pass no further than "think".
   */
  prefix: Uint32Array;
  /**
   * The same by the last two letters (`suffixKey`): both together let through 140k of a million
   * news tokens where `prefix` alone lets through 247k (59k are in `starts`).
   */
  suffix: Uint32Array;
}

/** A multi-word cue ("according to", "point out"). */
export interface PhraseCue {
  words: readonly string[];
  kind: 'according' | 'phrasal';
}

/** What a word can start: its cue form, whether it is a relay word, the phrases it opens (one object shape). */
export interface StartEntry {
  /** Index in `QuotesLexicon.startList`. */
  id: number;
  form: CueForm | undefined;
  relay: boolean;
  phrases: readonly PhraseCue[] | undefined;
}

/** The prefilter slot of a word: its first two UTF-16 units folded to a byte each. */
export function prefixKey(word: string): number {
  return ((word.charCodeAt(0) & 0xff) << 8) | (word.charCodeAt(1) & 0xff);
}

/** The second prefilter slot of a word: its last two UTF-16 units folded to a byte each. */
export function suffixKey(word: string): number {
  return ((word.charCodeAt(word.length - 1) & 0xff) << 8) | (word.charCodeAt(word.length - 2) & 0xff);
}

/** The prefilter bit of a word length (lengths from 31 on share one bit). */
export function lengthBit(length: number): number {
  return 1 << (length < 31 ? length : 31);
}

/** Whether a word may be in `starts` (false: it surely is not; true: look it up). */
export function mayStart(lex: QuotesLexicon, word: string): boolean {
  return (lex.prefix[prefixKey(word)] & lengthBit(word.length)) !== 0;
}

/** A problem with a user lexicon entry. */
export interface LexiconProblem {
  key: string;
  message: string;
}

/** Regular inflections of an English verb lemma (with the doubling and e-drop rules). */
export function inflect(lemma: string): string[] {
  if (IRREGULAR_FORMS[lemma] && IRREGULAR_FORMS[lemma].length >= 4) return [...IRREGULAR_FORMS[lemma]];
  const extra = IRREGULAR_FORMS[lemma] ?? [];
  const double = DOUBLING.includes(lemma);
  const last = lemma[lemma.length - 1];
  const s = /(?:s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  let ed: string;
  let ing: string;
  if (lemma.endsWith('e')) {
    ed = `${lemma}d`;
    ing = lemma.endsWith('ee') ? `${lemma}ing` : `${lemma.slice(0, -1)}ing`;
  } else if (/[^aeiou]y$/.test(lemma)) {
    ed = `${lemma.slice(0, -1)}ied`;
    ing = `${lemma}ing`;
  } else if (double) {
    ed = `${lemma}${last}ed`;
    ing = `${lemma}${last}ing`;
  } else {
    ed = `${lemma}ed`;
    ing = `${lemma}ing`;
  }
  return [...new Set([lemma, s, ed, ing, ...extra])];
}

function shapeOf(form: string, lemma: string): FormShape {
  if (form === lemma) return 'base';
  if (form.endsWith('ing')) return 'ing';
  if (form.endsWith('s') && !form.endsWith('ss')) return 's';
  return 'ed';
}

function entriesOf(lists: readonly SourcedList[]): string[] {
  return lists.flatMap((l) => l.entries);
}

function addVerbs(forms: Map<string, CueForm>, lemmas: readonly string[], cls: 'speech' | 'belief', addressee: Set<string>, objects: ReadonlyMap<string, ObjectRole>): void {
  for (const lemma of lemmas) {
    for (const form of inflect(lemma)) {
      // speech wins over belief for shared forms (a form keeps its first, stronger reading)
      if (forms.has(form) && forms.get(form)!.cls === 'speech') continue;
      forms.set(form, { lemma, cls, shape: shapeOf(form, lemma), addressee: addressee.has(lemma), object: objects.get(lemma) ?? 'open' });
    }
  }
}

/** Validates one user list: returns the good words and reports the bad ones. */
function userList(lexicon: UserLexicon, key: string, problems: LexiconProblem[]): string[] {
  const raw = lexicon[key];
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ key, message: `lexicon key "${key}" must be a list of words` });
    return [];
  }
  const out: string[] = [];
  for (const entry of raw) {
    if (typeof entry === 'string' && /^[a-z][a-z' -]*$/i.test(entry.trim())) out.push(entry.trim().toLowerCase());
    else problems.push({ key, message: `lexicon "${key}": entry ${JSON.stringify(entry)} is not a word (letters, spaces, hyphens); ignored` });
  }
  return out;
}

function compile(lexicon: UserLexicon | null): { lex: QuotesLexicon; problems: LexiconProblem[] } {
  const problems: LexiconProblem[] = [];
  const addressee = new Set(ADDRESSEE_VERBS.entries);
  const forms = new Map<string, CueForm>();
  const user = (key: string) => (lexicon ? userList(lexicon, key, problems) : []);
  const userSpeech = user('reportingVerbs');
  const userBelief = user('beliefVerbs');
  const userJudged = user('judgementVerbs').filter((w) => !w.includes(' '));
  const objects = new Map<string, ObjectRole>();
  for (const w of entriesOf(CONTENT_OBJECT_VERBS)) objects.set(w, 'content');
  for (const w of [...entriesOf(JUDGED_OBJECT_VERBS), ...userJudged]) objects.set(w, 'judged');
  const judged = [...entriesOf(JUDGED_OBJECT_VERBS), ...userJudged];
  addVerbs(forms, [...entriesOf(REPORTING_VERBS), ...entriesOf(EVIDENCE_VERBS), ...judged, ...userSpeech.filter((w) => !w.includes(' '))], 'speech', addressee, objects);
  addVerbs(forms, [...entriesOf(BELIEF_VERBS), ...userBelief.filter((w) => !w.includes(' '))], 'belief', addressee, objects);
  const phrases: { words: readonly string[]; kind: 'according' | 'phrasal' }[] = PHRASE_CUES.map((p) => ({ words: p.words, kind: p.kind }));
  // multi-word user entries ("weigh in") are matched as phrases
  for (const w of [...userSpeech, ...userBelief]) if (w.includes(' ')) phrases.push({ words: w.split(/\s+/), kind: 'phrasal' });
  const byFirst = new Map<string, { words: readonly string[]; kind: 'according' | 'phrasal' }[]>();
  for (const p of phrases) {
    const list = byFirst.get(p.words[0]) ?? [];
    list.push(p);
    byFirst.set(p.words[0], list);
  }
  const relayWords = new Set([...RELAY_CUES.entries, ...user('relayCues')]);
  const starts = new Map<string, StartEntry>();
  const startList: StartEntry[] = [];
  for (const w of [...forms.keys(), ...byFirst.keys(), ...relayWords]) {
    if (starts.has(w)) continue;
    const entry: StartEntry = { id: startList.length, form: forms.get(w), relay: relayWords.has(w), phrases: byFirst.get(w) };
    starts.set(w, entry);
    startList.push(entry);
  }
  const prefix = new Uint32Array(65536);
  const suffix = new Uint32Array(65536);
  for (const w of starts.keys()) {
    prefix[prefixKey(w)] |= lengthBit(w.length);
    suffix[suffixKey(w)] |= lengthBit(w.length);
  }
  return {
    lex: {
      forms,
      // validated again: a bad relay entry is reported twice, as it always was (this round changes no output)
      relay: new Set([...RELAY_CUES.entries, ...user('relayCues')]),
      partial: new Set([...PARTIAL_CUES.entries, ...user('partialQuoteCues')]),
      statementNouns: new Set(STATEMENT_NOUNS.entries),
      unnamed: new Set([...UNNAMED_SPEAKERS.entries, ...user('unnamedSpeakers')]),
      phrases: byFirst,
      starts,
      startList,
      prefix,
      suffix,
    },
    problems,
  };
}

const builtIn = compile(null);
const cache = new WeakMap<UserLexicon, { lex: QuotesLexicon; problems: LexiconProblem[] }>();
export const KEYS = ['reportingVerbs', 'beliefVerbs', 'judgementVerbs', 'relayCues', 'partialQuoteCues', 'unnamedSpeakers'];

/** The compiled lexicon for a user lexicon (the built-in one when it adds nothing for quotes). */
export function quotesLexicon(lexicon: UserLexicon | undefined): { lex: QuotesLexicon; problems: LexiconProblem[] } {
  if (!lexicon || !KEYS.some((k) => k in lexicon)) return builtIn;
  let hit = cache.get(lexicon);
  if (!hit) cache.set(lexicon, (hit = compile(lexicon)));
  return hit;
}
