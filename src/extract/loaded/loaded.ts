/**
 * The `loaded` stage: emotive and judgemental terms, name-calling and exaggeration, each with
 * the voice it is in (narrator, reported, quoted). Patterns over tokens rather than an endless
 * word list: emotive adjective + the noun phrase it modifies, amplifier + adjective, repeated
 * intensifiers ("very, very"), label + possessive noun, "so-called X", "axis of X", superlatives
 * "one of the world's most <emotive adj> <noun>", nouns of quality made from the adjectives
 * ("ruthlessness"), -ly adverbs of the adjectives with their verb ("violently opposed"), an
 * intensifying prefix on a political position ("arch-conservative"), stock metaphors and idioms
 * ("Trojan horse", "dragging his feet"), capitals as shouting. Word classes are data in
 * ./terms.ts, extended by the `--lexicon` key `loaded`.
 *
 * Span conventions follow the PTC annotations (Da San Martino et al. 2019), whose loaded spans
 * are noun phrases more often than single words: a label takes its modifiers ("white
 * supremacist icon"), an emotive noun its adjectives ("a hopeless hellhole") and its of-phrase
 * ("travesty of justice"), coordinated adjectives and nouns go together ("ridiculous and
 * illogical", "slander and calumny"), a manner adverb joins the word it modifies ("openly
 * mocked"), and a span never stops inside a hyphenated word ("hurricane-ravaged"). "The X
 * regime" is not flagged: PTC annotators did not treat it as name-calling (none of 49 uses in
 * either half of the corpus), nor does news usage.
 *
 * What is not flagged, for precision: a sentence repeated word for word in the document after its
 * first time (a site's poll or promo), a poll question to the reader ("do you think ...?"), a
 * capitalised label alone in mid-sentence (a party or movement's name), three or more words in
 * capitals (a heading) and capitals before a capitalised word or a colon (a promo or rubric:
 * "MUST WATCH Man ...", "RELATED:"), an adjective inside a legal or financial term of art
 * ("fraudulent accounts"), a catastrophe noun as a compound's modifier ("disaster relief"), an
 * emotive adverb set off by a comma (a disjunct: "Shockingly, ..."), an adjective-list word the
 * tagger misread as an adjective after a modal ("would utter the words").
 */
import { defineStage } from '../../pipeline/stage.js';
import type { Loaded, Offsets, Quote, Sentence, Token, TokenLayer, UserLexicon } from '../../types.js';
import { PatternIndex, hasApostrophe, normOf, type Match } from '../hedges/match.js';
import {
  AMPLIFIERS, AFFECT, CATASTROPHE, CHARACTER, EMOTIVE, EMOTIVE_NOUNS_VERBS, EMOTIVE_VERBS, EPITHETS_MORE, HYPERBOLE, IDIOMS,
  JUDGEMENT, LABEL_PREFIXES, LEXICON_KEY, MAGNITUDE, MEDICAL_SENSE, MANNER_OF_FORCE, NAME_CALLING, NON_MANNER_LY, PREFIXED_POSITIONS, PROFANITY,
  SHOUTING_POS, STRONG_AMPLIFIERS, TERM_OF_ART_NOUNS, TRICKERY, type LoadedCategory, type TermList,
} from './terms.js';
import { quotationMarks, voiceOf } from './voice.js';

const CATEGORIES = new Set<LoadedCategory>(['loaded-language', 'name-calling', 'exaggeration']);

interface Term {
  category: LoadedCategory;
  /** Adjective-like: takes the noun it modifies into the span. */
  modifier: boolean;
  rule: string;
  /** Matched by lemma, and only as a verb or participle ("condemned", "slaughtering"). */
  verb?: boolean;
}

/** Plural of a label noun ("crony" → "cronies", "thug" → "thugs"). */
const plural = (w: string) => (/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(?:s|x|ch|sh)$/.test(w) ? `${w}es` : `${w}s`);

/** Word specs of a hyphenated entry as the tokenizer splits it: "witch-hunt|witch-hunts" → witch, -, hunt|hunts. */
function hyphenSplit(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const spec of words) {
    const alts = spec.split('|').map((a) => a.split('-'));
    if (alts[0].length === 1) {
      out.push(spec);
      continue;
    }
    // alternatives differ only in their last part (plural forms)
    alts[0].slice(0, -1).forEach((part) => out.push(part, '-'));
    out.push(alts.map((a) => a[a.length - 1]).join('|'));
  }
  return out;
}

function addList(index: PatternIndex<Term>, list: TermList, modifier: boolean, rule: string, plurals = false): void {
  // word forms, not lemmas: "complete" must not catch "completing", "lie" not "lying"
  for (const w of list.words) {
    const words = w.split(' ');
    if (plurals) words[words.length - 1] = `${words[words.length - 1]}|${plural(words[words.length - 1])}`;
    index.add(words, { category: list.category, modifier, rule });
    // the tokenizer splits most hyphenated words ("witch - hunt"), keeps some whole ("anti-semite")
    if (w.includes('-')) index.add(hyphenSplit(words), { category: list.category, modifier, rule });
  }
}

/** Nouns of quality made from an adjective: "ruthless" → "ruthlessness", "hostile" → "hostility", "crazy" → "craziness". */
export function qualityNouns(adj: string): string[] {
  if (/(?:ing|ed)$/.test(adj)) return [];
  const stem = adj.endsWith('y') ? `${adj.slice(0, -1)}i` : adj;
  const out = [`${stem}ness`];
  if (/(?:al|id|ile|ane|ar|ic)$/.test(adj) || /ous$/.test(adj)) out.push(adj.endsWith('e') ? `${adj.slice(0, -1)}ity` : adj.endsWith('ous') ? `${adj.slice(0, -3)}ity` : `${adj}ity`);
  if (/(?:ic|al)$/.test(adj)) out.push(`${adj}ity`);
  return out;
}

function compile(extra: readonly { words: string; category: LoadedCategory }[]): PatternIndex<Term> {
  const index = new PatternIndex<Term>();
  addList(index, NAME_CALLING, false, 'loaded/label', true);
  addList(index, EMOTIVE, true, 'loaded/emotive');
  addList(index, HYPERBOLE, true, 'loaded/hyperbole');
  addList(index, EMOTIVE_NOUNS_VERBS, false, 'loaded/emotive');
  addList(index, EPITHETS_MORE, false, 'loaded/label', true);
  addList(index, JUDGEMENT, true, 'loaded/judgement');
  addList(index, MAGNITUDE, true, 'loaded/magnitude');
  addList(index, CATASTROPHE, false, 'loaded/catastrophe', true);
  addList(index, PROFANITY, false, 'loaded/profanity');
  addList(index, AFFECT, true, 'loaded/affect');
  addList(index, IDIOMS, false, 'loaded/idiom', true);
  addList(index, CHARACTER, true, 'loaded/judgement');
  addList(index, TRICKERY, false, 'loaded/emotive', true);
  // nouns of quality made from the emotive and judgement adjectives ("ruthlessness", "absurdity")
  for (const list of [EMOTIVE, JUDGEMENT]) {
    for (const w of list.words) if (!w.includes(' ')) for (const n of qualityNouns(w)) index.add([n], { category: 'loaded-language', modifier: false, rule: 'loaded/emotive-noun' });
  }
  // an intensifying prefix on a political position: "arch-conservative", "ultra - liberal"
  for (const p of LABEL_PREFIXES) {
    for (const w of PREFIXED_POSITIONS.words) {
      const words = [`${p}-${w}`];
      const term = { category: PREFIXED_POSITIONS.category, modifier: true, rule: 'loaded/prefix-label' };
      index.add(words, term);
      index.add(hyphenSplit(words), term);
    }
  }
  // verbs by lemma ("condemned", "slaughtering"), kept to verb and participle uses
  for (const w of EMOTIVE_VERBS.words) index.add([`~${w}`], { category: EMOTIVE_VERBS.category, modifier: false, rule: 'loaded/emotive-verb', verb: true });
  for (const e of extra) index.add(e.words.split(/\s+/).map((x) => `${x}|~${x}`), { category: e.category, modifier: false, rule: 'loaded/user' });
  // the structural patterns' trigger words: `matchAt` reads them off the same lookup
  for (const w of TRIGGERS) index.mark(w);
  return index;
}

const AMPLIFIER = new Set(AMPLIFIERS);
const STRONG_AMPLIFIER = new Set(STRONG_AMPLIFIERS);
const NOT_MANNER = new Set(NON_MANNER_LY);
const SHOUTING = new Set(SHOUTING_POS);
const EMOTIVE_WORDS = new Set(EMOTIVE.words);
/** Adjectives whose -ly adverb is loaded ("shamefully", "violently", "corruptly"). */
const ADVERB_BASES = new Set([EMOTIVE, JUDGEMENT, AFFECT, HYPERBOLE, MANNER_OF_FORCE].flatMap((l) => l.words));

/** The adjective an -ly adverb is made from: "shamefully" → "shameful", "angrily" → "angry". */
export function adverbBase(adverb: string): string[] {
  if (!adverb.endsWith('ly') || adverb.length < 5) return [];
  const stem = adverb.slice(0, -2);
  const out = [stem];
  if (stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`);
  if (/[ai]bl$/.test(stem)) out.push(`${stem}e`);
  if (stem.endsWith('ical')) out.push(stem.slice(0, -2));
  return out;
}

/** Sentences this long or longer are skipped when they repeat an earlier one word for word. */
const MIN_REPEAT_TOKENS = 5;

/** Intensifiers whose repetition is emphasis (Quirk et al. 1985, repetition of intensifiers for emphasis: "very, very", "far, far"). */
const REDUPLICATED = new Set(['very', 'so', 'much', 'far', 'too', 'really', 'never']);
/** Verbs asking for an opinion in a poll question ("do you think", "would you rate"). */
const OPINION_VERBS = new Set(['think', 'consider', 'believe', 'agree', 'rate', 'vote', 'support', 'approve', 'prefer', 'trust']);
const TERM_OF_ART_HEADS = new Set(TERM_OF_ART_NOUNS);
const MEDICAL_HEADS = new Map(Object.entries(MEDICAL_SENSE).map(([adj, heads]) => [adj, new Set(heads)]));
const CAPITALISED = /^[A-Z][a-z]/;
const CAPS = /^[A-Z][A-Z'’-]+$/;
const LOWER = /[a-z]/;
/** A participle's ending: an adjective-list word the tagger reads as a verb counts only as one ("rigged", "botched", not "utter"). */
const PARTICIPLE = /(?:ed|ing|en)$/;
const userCache = new WeakMap<object, { index: PatternIndex<Term>; problems: string[] }>();
/** The words that start a structural pattern (`structuralAt`): one set lookup rules out most tokens. */
const TRIGGERS = new Set(['most', 'so-called', 'so', 'axis', ...REDUPLICATED, ...AMPLIFIER]);
/**
 * No word this stage compares a token's norm with has an apostrophe, so a norm with a
 * typographic apostrophe misses both raw and made plain (`normOf`): the raw norm will do.
 */
const RAW_NORM_LOOKS_UP = ![...TRIGGERS, ...EMOTIVE_WORDS].some(hasApostrophe);
const BUILT_IN = compile([]);

/** Reads the user's `loaded` entries: "term" or { term, category }. */
export function userTerms(lexicon: UserLexicon): { terms: { words: string; category: LoadedCategory }[]; problems: string[] } {
  const raw = lexicon[LEXICON_KEY];
  const terms: { words: string; category: LoadedCategory }[] = [];
  const problems: string[] = [];
  if (raw === undefined) return { terms, problems };
  if (!Array.isArray(raw)) return { terms, problems: [`lexicon key \`${LEXICON_KEY}\` must be a list of terms`] };
  raw.forEach((entry, i) => {
    const term = typeof entry === 'string' ? entry : entry && typeof entry === 'object' ? (entry as any).term : undefined;
    const category = entry && typeof entry === 'object' && (entry as any).category !== undefined ? (entry as any).category : 'loaded-language';
    if (typeof term !== 'string' || !term.trim()) {
      problems.push(`lexicon \`${LEXICON_KEY}\` entry ${i + 1}: expected a term string or { term, category }, got ${JSON.stringify(entry)}`);
    } else if (!CATEGORIES.has(category)) {
      problems.push(`lexicon \`${LEXICON_KEY}\` entry ${i + 1} ("${term}"): category must be loaded-language, name-calling or exaggeration, got ${JSON.stringify(category)}`);
    } else terms.push({ words: term.trim().toLowerCase(), category });
  });
  return { terms, problems };
}

function indexFor(lexicon: UserLexicon): { index: PatternIndex<Term>; problems: string[] } {
  if (lexicon[LEXICON_KEY] === undefined) return { index: BUILT_IN, problems: [] };
  let hit = userCache.get(lexicon);
  if (!hit) {
    const { terms, problems } = userTerms(lexicon);
    hit = { index: compile(terms), problems };
    userCache.set(lexicon, hit);
  }
  return hit;
}

const isNoun = (t: Token | undefined) => !!t && t.pos === 'NOUN';
const isPossessive = (t: Token | undefined) => !!t && (t.norm === "'s" || t.norm === '’s' || t.norm === "'" || t.norm === '’');

/**
 * Extends over the rest of a noun phrase starting at `k` (up to three adjectives, names and
 * common nouns: "reckless Senate campaign", "malevolent smear campaign"), ending on its last common
 * noun; returns the new end index (`k` when no common noun follows).
 */
function nounRun(tokens: readonly Token[], k: number, end: number): number {
  let j = k;
  let last = k;
  // modifiers come before the head: after a common noun only a compound's next noun follows
  // ("alliance last year" is two phrases)
  while (j < end && j < k + 3 && (isNoun(tokens[j]) || (last === k && (tokens[j].pos === 'ADJ' || tokens[j].pos === 'PROPN' || (tokens[j].norm === '-' && j > k))))) {
    j++;
    if (isNoun(tokens[j - 1])) last = j;
  }
  return last;
}

/** The first match that is an adjective-like term (`modifier`), if any. */
function firstModifier(matches: readonly Match<Term>[]): Match<Term> | undefined {
  for (let k = 0; k < matches.length; k++) if (matches[k].entry.modifier) return matches[k];
  return undefined;
}

/** Whether an adverb is the -ly form of an emotive adjective ("shamefully"). */
function emotiveAdverb(norm: string): boolean {
  // `adverbBase` has nothing for a word without -ly: skip its allocations for most adverbs
  if (norm.length < 5 || !norm.endsWith('ly') || NOT_MANNER.has(norm)) return false;
  for (const b of adverbBase(norm)) if (ADVERB_BASES.has(b)) return true;
  return false;
}

/** Whether a token's text starts with A-Z (`CAPS` needs it: a cheap test before the regex). */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

interface Hit {
  from: number;
  to: number;
  category: LoadedCategory;
  rule: string;
}

/**
 * Tries the structural patterns and the word classes at token `i`. Runs for every token, so it
 * only tests each pattern's cheap trigger; the work of a pattern that fires is in its own
 * function (a small hot function compiles fast and is not deoptimised by rare branches).
 */
function matchAt(tokens: readonly Token[], i: number, first: number, end: number, index: PatternIndex<Term>): Hit | null {
  const t = tokens[i];
  // the raw norm looks up as `normOf` would (see RAW_NORM_LOOKS_UP), without a string search per token
  const norm = RAW_NORM_LOOKS_UP ? t.norm : normOf(t);
  // one lookup for the trigger words and the word classes (no trigger has an apostrophe, so the
  // index's key finds one exactly when `norm` is one)
  const key = index.keyOf(t);
  const entry = index.firstWord(key);
  if (entry !== undefined && entry.marked) {
    const hit = structuralAt(tokens, norm, i, first, end, index);
    if (hit !== undefined) return hit;
  }
  // an -ly adverb of an emotive adjective ("shamefully", "corruptly elected") takes its verb;
  // set off by a comma it comments on the clause ("Shockingly, he ..."), a disjunct (Quirk et
  // al. 1985 §8.127), and says how the writer takes the fact rather than loading a word
  if (t.pos === 'ADV' && emotiveAdverb(norm) && tokens[i + 1]?.norm !== ',') return emotiveAdverbAt(tokens, i, end);
  // capitals as shouting in a mixed-case sentence ("there is NO evidence", "WAY too late")
  if (startsUpper(t.text) && SHOUTING.has(t.pos) && CAPS.test(t.text) && mixedCase(tokens, first, end)) return shoutingAt(tokens, i, first, end);
  const matches = index.matchFrom(entry, key, tokens, i, end);
  return matches.length ? termAt(tokens, matches, i, first, end) : null;
}

/**
 * The patterns keyed by a function word at `i` (superlative, so-called, reduplication, axis of,
 * amplifier), in that order: a hit, null when the amplifier rule rejects the token, undefined
 * when none applies (the caller goes on to the word classes).
 */
function structuralAt(tokens: readonly Token[], norm: string, i: number, first: number, end: number, index: PatternIndex<Term>): Hit | null | undefined {
  // "one of the world's most oppressive regimes": a superlative of an emotive adjective.
  if (norm === 'most' && i + 1 < end && tokens[i + 1].pos === 'ADJ') {
    const hit = superlativeAt(tokens, i, first, end, index);
    if (hit) return hit;
  }
  if (norm === 'so-called' || (norm === 'so' && tokens[i + 1]?.norm === '-' && tokens[i + 2]?.norm === 'called')) {
    const hit = soCalledAt(tokens, norm, i, end);
    if (hit) return hit;
  }
  // a repeated intensifier is emphasis: "very, very anxious", "never, ever", "far, far worse"
  if (REDUPLICATED.has(norm) && i + 2 < end && (tokens[i + 1].norm === ',' || tokens[i + 1].norm === 'and') && (tokens[i + 2].norm === norm || (norm === 'never' && tokens[i + 2].norm === 'ever'))) {
    return reduplicationAt(tokens, i, end);
  }
  if (norm === 'axis' && tokens[i + 1]?.norm === 'of' && i + 2 < end && (tokens[i + 2].pos === 'NOUN' || tokens[i + 2].pos === 'ADJ')) {
    return axisOfAt(tokens, i, end);
  }
  // Amplifier + adjective: "utterly absurd", "deeply disturbing".
  if (AMPLIFIER.has(norm) && i + 1 < end && (tokens[i + 1].pos === 'ADJ' || (tokens[i + 1].pos === 'VERB' && /(?:ing|ed)$/.test(tokens[i + 1].norm)))) {
    // before a verb an amplifier made from an emotive adjective reads as manner ("violently
    // opposed", "furiously denied"): the -ly adverb rule decides
    return amplifiedAt(tokens, norm, i, end, index) ?? (tokens[i + 1].pos === 'VERB' ? undefined : null);
  }
  return undefined;
}

/** "one of the world's most <emotive adjective>": a superlative image, or null when unframed. */
function superlativeAt(tokens: readonly Token[], i: number, first: number, end: number, index: PatternIndex<Term>): Hit | null {
  const adj = firstModifier(index.matchAt(tokens, i + 1, end));
  if (!adj) return null;
  let from = i;
  let framed = false;
  if (from - 1 >= first && isPossessive(tokens[from - 1]) && from - 2 >= first) {
    from -= 2;
    framed = true;
  }
  if (from - 1 >= first && tokens[from - 1].norm === 'the') from -= 1;
  if (from - 2 >= first && tokens[from - 1].norm === 'of' && tokens[from - 2].norm === 'one') {
    from -= 2;
    framed = true;
  }
  // "the most dangerous" compares; "one of the world's most ..." builds a superlative image
  if (framed) return { from, to: nounRun(tokens, i + 2, end), category: 'exaggeration', rule: 'loaded/superlative' };
  return null;
}

/** "so-called" before a common noun, or null. */
function soCalledAt(tokens: readonly Token[], norm: string, i: number, end: number): Hit | null {
  const k = norm === 'so' ? i + 3 : i + 1;
  let j = k;
  while (j < end && j < k + 3 && !isNoun(tokens[j]) && tokens[j].pos !== 'PROPN' && tokens[j].kind !== 'punctuation') j++;
  // before a name, "so-called" only introduces it ("the so-called Geneva Group")
  if (j < end && isNoun(tokens[j])) return { from: i, to: j + 1, category: 'name-calling', rule: 'loaded/so-called' };
  return null;
}

/** A repeated intensifier at `i` ("very, very"), with the adjective or adverb after it. */
function reduplicationAt(tokens: readonly Token[], i: number, end: number): Hit {
  const next = tokens[i + 3];
  const to = i + 3 < end && (next.pos === 'ADJ' || next.pos === 'ADV') ? i + 4 : i + 3;
  return { from: i, to, category: 'exaggeration', rule: 'loaded/reduplication' };
}

/** "axis of X" with the noun phrase after "of". */
function axisOfAt(tokens: readonly Token[], i: number, end: number): Hit {
  return { from: i, to: nounRun(tokens, i + 2, end) > i + 2 ? nounRun(tokens, i + 2, end) : i + 3, category: 'name-calling', rule: 'loaded/axis-of' };
}

/** An amplifier at `i` before an adjective: with an emotive one, or alone when it is a strong amplifier. */
function amplifiedAt(tokens: readonly Token[], norm: string, i: number, end: number, index: PatternIndex<Term>): Hit | null {
  const inner = firstModifier(index.matchAt(tokens, i + 1, end));
  if (!inner && !STRONG_AMPLIFIER.has(norm)) return null;
  const to = inner ? nounRun(tokens, inner.end, end) : i + 2;
  return { from: i, to, category: inner ? inner.entry.category : 'exaggeration', rule: 'loaded/amplified' };
}

/** An emotive -ly adverb at `i` with the verb or adjective it modifies. */
function emotiveAdverbAt(tokens: readonly Token[], i: number, end: number): Hit {
  const next = tokens[i + 1];
  const to = i + 1 < end && (next.pos === 'VERB' || next.pos === 'ADJ') ? i + 2 : i + 1;
  return { from: i, to, category: 'loaded-language', rule: 'loaded/emotive-adverb' };
}

/** Capitals at `i` as shouting, or null for a heading, a label or "OK". */
function shoutingAt(tokens: readonly Token[], i: number, first: number, end: number): Hit | null {
  const t = tokens[i];
  let to = i + 1;
  while (to < end && CAPS.test(tokens[to].text)) to++;
  // three or more words in capitals are a heading or a label ("MUST WATCH", "THE FULL TEXT"),
  // not emphasis; "OK" is the standard spelling
  if (to - i > 2 || t.norm === 'ok' || (i > first && CAPS.test(tokens[i - 1].text))) return null;
  // capitals before a capitalised word are a label or a promo ("MUST WATCH Man who ..."), not emphasis in running text
  if (to < end && tokens[to].kind === 'word' && startsUpper(tokens[to].text) && to - i > 1) return null;
  // a party and state designation ("Rep. Speier (D-CA)", "R-TX") is a code, not emphasis
  if (i - 2 >= first && tokens[i - 1].norm === '-' && /^[A-Z]$/.test(tokens[i - 2].text)) return null;
  // capitals before a colon are a rubric ("RELATED: ...", "UPDATE: ...")
  if (to < end && tokens[to].norm === ':') return null;
  return { from: i, to, category: 'loaded-language', rule: 'loaded/shouting' };
}

/** The hit of the word-class matches at token `i`, if they make one. */
function termAt(tokens: readonly Token[], matches: readonly Match<Term>[], i: number, first: number, end: number): Hit | null {
  const t = tokens[i];
  let best: Match<Term> | null = null;
  for (const m of matches) {
    if (m.entry.verb && t.pos !== 'VERB' && t.pos !== 'ADJ') continue;
    // the longest match; of equal ones, the adjective reading for an adjective ("radical" plans vs "radicals")
    if (!best || m.end > best.end || (m.end === best.end && t.pos === 'ADJ' && m.entry.modifier && !best.entry.modifier)) best = m;
  }
  if (!best) return null;
  const { entry } = best;
  if (entry.modifier) {
    if (verbReading(tokens, i, first, end)) return null;
    // an emotive adjective counts as one; as a noun or verb ("a savage", "evil") it is a label
    // or stays alone; before nouns it takes them ("desperate bid", "unholy alliance")
    if (t.pos === 'ADJ' || (t.pos === 'VERB' && PARTICIPLE.test(t.norm)) || best.end > i + 1 || entry.rule === 'loaded/prefix-label' || (t.pos === 'PROPN' && titleCase(tokens, first, end))) {
      const to = nounRun(tokens, best.end, end);
      // a term of art of law or finance describes, it does not judge: "fraudulent accounts",
      // "corrupt payments", "reckless driving", "hostile takeover"
      if (to > best.end && TERM_OF_ART_HEADS.has(tokens[to - 1].lemma)) return null;
      // "a sick child", "a virulent strain": the plain medical sense (MEDICAL_SENSE)
      if (to > best.end && MEDICAL_HEADS.get(t.norm)?.has(tokens[to - 1].lemma)) return null;
      return { from: i, to, category: entry.category, rule: entry.rule };
    }
    if (t.pos === 'NOUN' && entry.category === 'loaded-language') return { from: i, to: best.end, category: entry.category, rule: entry.rule };
    return null;
  }
  // a catastrophe noun before another noun classifies it ("disaster relief", "horror film",
  // "chaos theory"): a compound's modifier names a kind, it does not judge
  if (entry.rule === 'loaded/catastrophe' && best.end === i + 1 && i + 1 < end && isNoun(tokens[i + 1])) return null;
  if (entry.category === 'name-calling') return { from: i, to: withPossessive(tokens, best.end, end), category: entry.category, rule: entry.rule };
  return { from: i, to: best.end, category: entry.category, rule: entry.rule };
}

/**
 * Whether an adjective-list word at `i` is a verb the tagger misread: after a modal or "to"
 * and before its object ("would utter the words", "to savage the plan").
 */
function verbReading(tokens: readonly Token[], i: number, first: number, end: number): boolean {
  if (i === first || i + 1 >= end) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1].pos;
  return (prev.pos === 'AUX' || prev.norm === 'to') && prev.lemma !== 'be' && prev.lemma !== 'become' && (next === 'DET' || next === 'PRON');
}

/**
 * A poll question to the reader ("Whom do you consider the most corrupt ...?", "Do you think
 * the plan is a disaster?"): it asks for the reader's judgement and makes none itself.
 */
function pollQuestion(tokens: readonly Token[], first: number, end: number): boolean {
  let last = end - 1;
  while (last > first && tokens[last].kind === 'punctuation' && tokens[last].norm !== '?') last--;
  if (tokens[last].norm !== '?') return false;
  for (let k = first; k + 1 < last; k++) if (tokens[k].norm === 'you' && OPINION_VERBS.has(tokens[k + 1].lemma)) return true;
  return false;
}

/** Whether most words of the sentence start with a capital (a headline in title case, where the tagger calls adjectives PROPN). */
function titleCase(tokens: readonly Token[], first: number, end: number): boolean {
  let words = 0;
  let caps = 0;
  for (let k = first; k < end; k++) {
    if (tokens[k].kind !== 'word') continue;
    words++;
    if (/^[A-Z]/.test(tokens[k].text)) caps++;
  }
  return words > 1 && caps * 4 >= words * 3;
}

/** Whether most words of the sentence have lower-case letters (it is no all-caps headline). */
function mixedCase(tokens: readonly Token[], first: number, end: number): boolean {
  let words = 0;
  let lower = 0;
  for (let k = first; k < end; k++) {
    if (tokens[k].kind !== 'word') continue;
    words++;
    if (LOWER.test(tokens[k].text)) lower++;
  }
  return lower * 2 > words;
}

/** A label followed by a possessive takes the possessed noun: "the dictator's ambitions". */
function withPossessive(tokens: readonly Token[], k: number, end: number): number {
  if (k + 1 < end && isPossessive(tokens[k]) && isNoun(tokens[k + 1])) return nounRun(tokens, k + 1, end);
  return k;
}

const CONJ = new Set(['and', 'or', ',']);
const isAdjLike = (t: Token | undefined) => !!t && (t.pos === 'ADJ' || (t.pos === 'VERB' && /(?:ing|ed)$/.test(t.norm)));

/**
 * Widens a hit (token range, starting at `i`) to the span conventions of the PTC annotations;
 * never back past `floor` (the sentence start or the previous hit).
 */
function extend(tokens: readonly Token[], hit: Hit, i: number, floor: number, end: number): void {
  const head = tokens[i];
  if (hit.from === i && (hit.rule === 'loaded/label' || (head.pos === 'NOUN' && hit.to === i + 1 && hit.category !== 'name-calling'))) {
    // a label with its modifiers ("white supremacist", "BDS provocateurs"), an emotive noun
    // with its adjectives ("a hopeless hellhole")
    const labels = hit.rule === 'loaded/label';
    let f = i;
    while (f - 1 >= floor && f > i - (labels ? 3 : 2) && (tokens[f - 1].pos === 'ADJ' || (labels && (tokens[f - 1].pos === 'PROPN' || tokens[f - 1].pos === 'NOUN')))) f--;
    hit.from = f;
  }
  // coordinated adjectives share the evaluation: "ridiculous and illogical", "dark and menacing plans",
  // "petty, spiteful, cruel remarks"
  while (isAdjLike(tokens[hit.from]) && hit.from - 2 >= floor && CONJ.has(tokens[hit.from - 1].norm) && tokens[hit.from - 2].pos === 'ADJ') hit.from -= 2;
  let j = hit.to;
  while (isAdjLike(tokens[j - 1]) && j + 1 < end && CONJ.has(tokens[j].norm) && tokens[j + 1].pos === 'ADJ') {
    hit.to = Math.max(j + 2, nounRun(tokens, j + 2, end));
    j = hit.to;
  }
  // coordinated nouns share it too: "slander and calumny", "filth and degenerate behavior"
  // (a loaded noun alone, not a label: after a noun phrase the conjunct is as likely a new
  // clause, and the noun after a label need not name a person: "vermin and time")
  if (hit.to - hit.from === 1 && hit.category !== 'name-calling' && isNoun(tokens[hit.from]) && hit.to + 1 < end && (tokens[hit.to].norm === 'and' || tokens[hit.to].norm === 'or')) {
    const e = nounRun(tokens, hit.to + 1, end);
    if (e > hit.to + 1) hit.to = e;
  }
  if (isNoun(tokens[hit.from]) && hit.from - 2 >= floor && (tokens[hit.from - 1].norm === 'and' || tokens[hit.from - 1].norm === 'or') && isNoun(tokens[hit.from - 2])) {
    hit.from -= 2;
    if (hit.from - 1 >= floor && tokens[hit.from - 1].pos === 'ADJ') hit.from--;
  }
  // a loaded noun takes its of-phrase: "travesty of justice", "firestorm of outrage"
  if (isNoun(tokens[hit.to - 1]) && hit.to + 1 < end && tokens[hit.to].norm === 'of') {
    let k = hit.to + 1;
    if (tokens[k].pos === 'DET') k++;
    const e = nounRun(tokens, k, end);
    if (e > k) hit.to = e;
  }
  // a manner adverb joins the word it modifies ("harshly denounced", "openly racist")
  const before = tokens[hit.from - 1];
  if (hit.from - 1 >= floor && before.pos === 'ADV' && before.norm.endsWith('ly') && !NOT_MANNER.has(before.norm)) hit.from--;
}

/** Widens [start, end) to whole hyphenated words: "hurricane-ravaged", never "ravaged" alone. */
function wholeWords(text: string, start: number, end: number): Offsets {
  const word = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
  while (start > 0 && (word(text[start - 1]) || (text[start - 1] === '-' && word(text[start - 2])))) start--;
  while (end < text.length && (word(text[end]) || (text[end] === '-' && word(text[end + 1])))) end++;
  return { start, end };
}

const byStart = (a: Quote, b: Quote) => a.start - b.start;

/**
 * Widens a hit at token `i` of sentence `s` (never back past `floor`) and adds it to `out`
 * (the sentence's hits start at `before`) with its voice; false when it is dropped.
 */
function addHit(text: string, tokens: readonly Token[], s: Sentence, i: number, hit: Hit, floor: number, before: number, out: Loaded[], sortedQuotes: readonly Quote[], marked: readonly Offsets[]): boolean {
  extend(tokens, hit, i, floor, s.endToken);
  // a capitalised label alone in mid-sentence names a party, movement or faith ("a Communist
  // deputy", "the Zionist Federation"): membership, not name-calling (a title-case headline aside)
  if (hit.rule === 'loaded/label' && hit.to - hit.from === 1 && hit.from > s.firstToken && CAPITALISED.test(tokens[hit.from].text) && !titleCase(tokens, s.firstToken, s.endToken)) return false;
  const { start, end } = wholeWords(text, tokens[hit.from].start, tokens[hit.to - 1].end);
  // a superlative reaching back over an earlier, shorter hit replaces it
  while (out.length > before && out[out.length - 1].start >= start) out.pop();
  const v = voiceOf({ start, end }, sortedQuotes, marked);
  // "investigated for fraudulently promoting pills", "accused of brutal repression": the words
  // state the charge someone brings, which the narrator reports rather than makes
  const voice = v.voice === 'narrator' && chargeBefore(tokens, s, hit.from) ? 'reported' : v.voice;
  out.push({ id: '', start, end, text: text.slice(start, end), category: hit.category, voice, quote: v.quote, rule: hit.rule });
  return true;
}

/**
 * Verbs of accusation and legal action with the preposition that introduces the charge (PLOVER
 * ACCUSE and COERCE/INVESTIGATE verbs, CAMEO 112 "accuse", 09 "investigate", 17 "arrest, detain,
 * charge with legal action"): "accused of", "charged with", "convicted of", "investigated for".
 */
const CHARGE_VERBS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  accuse: ['of'], charge: ['with'], indict: ['on', 'for'], convict: ['of'], investigate: ['for', 'over'],
  sue: ['for', 'over'], arrest: ['for', 'on'], prosecute: ['for'], suspect: ['of'], fine: ['for'],
  jail: ['for'], sentence: ['for'], probe: ['for', 'over'], punish: ['for'], sanction: ['for'],
}));

/** Whether the token before `from` is the preposition of a charge verb a few tokens earlier in the sentence. */
function chargeBefore(tokens: readonly Token[], s: Sentence, from: number): boolean {
  const prep = from - 1;
  if (prep <= s.firstToken) return false;
  const p = tokens[prep].norm;
  if (p !== 'of' && p !== 'for' && p !== 'with' && p !== 'on' && p !== 'over') return false;
  for (let k = prep - 1; k >= Math.max(s.firstToken, prep - 6); k--) {
    const t = tokens[k];
    if (t.pos !== 'VERB') continue;
    const preps = CHARGE_VERBS.get(t.lemma);
    return !!preps && preps.includes(p);
  }
  return false;
}

/** Finds loaded terms in tokenised text, with their voice from the quotes layer. */
export function findLoaded(
  text: string,
  layer: TokenLayer,
  quotes: readonly Quote[] = [],
  blocks: readonly Offsets[] = [],
  lexicon: UserLexicon = {},
  report?: (code: string, message: string) => void,
): Loaded[] {
  const { index, problems } = indexFor(lexicon);
  if (report) for (const p of problems) report('W_LEXICON_ENTRY', p);
  const { tokens, sentences } = layer;
  const marked = quotationMarks(text, blocks);
  const sortedQuotes = [...quotes].sort(byStart);
  const out: Loaded[] = [];
  let lastTo = 0;
  // a sentence repeated verbatim (a site's poll or promo inserted several times) is reported once
  const seen = new Set<string>();
  for (const s of sentences) {
    const before = out.length;
    for (let i = s.firstToken; i < s.endToken; i++) {
      // the hot loop stays small: a hit (rare) is handled in `addHit`
      const hit = matchAt(tokens, i, s.firstToken, s.endToken, index);
      if (!hit || !addHit(text, tokens, s, i, hit, Math.max(s.firstToken, lastTo), before, out, sortedQuotes, marked)) continue;
      lastTo = hit.to;
      i = hit.to - 1;
    }
    // checked only where there are hits: a sentence without any needs no check
    if (out.length === before) continue;
    if (pollQuestion(tokens, s.firstToken, s.endToken)) {
      out.length = before;
    } else if (s.endToken - s.firstToken >= MIN_REPEAT_TOKENS) {
      const key = text.slice(s.start, s.end);
      if (seen.has(key)) out.length = before;
      else seen.add(key);
    }
  }
  for (let k = 0; k < out.length; k++) out[k].id = `l${k + 1}`;
  return out;
}

/** The `loaded` stage. */
export const loaded = defineStage({
  name: 'loaded',
  requires: ['structure', 'tokens', 'quotes'],
  lexiconKeys: [LEXICON_KEY],
  produces: 'loaded',
  run: ({ source, layers, lexicon, report }) => findLoaded(source.text, layers.tokens, layers.quotes, layers.structure.blocks, lexicon, report),
});
