/**
 * The `hedges` stage: epistemic hedges ("may", "reportedly", "estimates"), weasel words ("some
 * say", "critics", "it is believed") and vague attributions ("reports indicate", "sources say"),
 * each with the clause it scopes over. One walk over the tokens against a compiled cue index;
 * the cues are data in ./cues.ts, extended by the `--lexicon` key `hedges`.
 */
import { defineStage } from '../../pipeline/stage.js';
import type { Hedge, Sentence, Token, TokenLayer, UserLexicon } from '../../types.js';
import { CUE_RULES, LEXICON_KEY, REPORTING_LEMMAS, type CueRule } from './cues.js';
import { PatternIndex, compileWord, normOf, testWord, type Match, type WordTest } from './match.js';
import { clauseScope } from './scope.js';

const KINDS = new Set<Hedge['kind']>(['epistemic', 'weasel', 'attribution']);

interface Compiled {
  rule: CueRule;
  pos: ReadonlySet<string> | null;
  notNext: ReadonlySet<string> | null;
  nextPos: ReadonlySet<string> | null;
  notNextPos: ReadonlySet<string> | null;
  notPrev: ReadonlySet<string> | null;
  notPrevPos: ReadonlySet<string> | null;
  notFollowedBy: WordTest[][];
  rootWithGenericSubject: boolean;
}

const set = (xs?: readonly string[]) => (xs && xs.length ? new Set(xs) : null);

function compile(rules: readonly CueRule[]): PatternIndex<Compiled> {
  const index = new PatternIndex<Compiled>();
  for (const rule of rules) {
    index.add(rule.words, { rule, pos: set(rule.pos), notNext: set(rule.notNext), nextPos: set(rule.nextPos), notNextPos: set(rule.notNextPos), notPrev: set(rule.notPrev), notPrevPos: set(rule.notPrevPos), notFollowedBy: (rule.notFollowedBy ?? []).map((p) => p.split(' ').map(compileWord)), rootWithGenericSubject: !!rule.rootWithGenericSubject });
  }
  return index;
}

const BUILT_IN = compile(CUE_RULES);
const userCache = new WeakMap<object, { index: PatternIndex<Compiled>; problems: string[] }>();

/**
 * Reads the user's `hedges` entries: a string ("word word", epistemic) or an object
 * `{ cue: "sources say", kind: "attribution" }`. Returns the rules and the entries it rejected.
 */
export function userCueRules(lexicon: UserLexicon): { rules: CueRule[]; problems: string[] } {
  const raw = lexicon[LEXICON_KEY];
  const rules: CueRule[] = [];
  const problems: string[] = [];
  if (raw === undefined) return { rules, problems };
  if (!Array.isArray(raw)) return { rules, problems: [`lexicon key \`${LEXICON_KEY}\` must be a list of cues`] };
  raw.forEach((entry, i) => {
    const cue = typeof entry === 'string' ? entry : entry && typeof entry === 'object' ? (entry as any).cue : undefined;
    const kind = typeof entry === 'object' && entry && (entry as any).kind !== undefined ? (entry as any).kind : 'epistemic';
    if (typeof cue !== 'string' || !cue.trim()) {
      problems.push(`lexicon \`${LEXICON_KEY}\` entry ${i + 1}: expected a cue string or { cue, kind }, got ${JSON.stringify(entry)}`);
      return;
    }
    if (!KINDS.has(kind)) {
      problems.push(`lexicon \`${LEXICON_KEY}\` entry ${i + 1} ("${cue}"): kind must be epistemic, weasel or attribution, got ${JSON.stringify(kind)}`);
      return;
    }
    rules.push({ words: cue.trim().toLowerCase().split(/\s+/), kind, rule: 'hedges/user', source: '--lexicon' });
  });
  return { rules, problems };
}

function indexFor(lexicon: UserLexicon): { index: PatternIndex<Compiled>; problems: string[] } {
  if (lexicon[LEXICON_KEY] === undefined) return { index: BUILT_IN, problems: [] };
  let hit = userCache.get(lexicon);
  if (!hit) {
    const { rules, problems } = userCueRules(lexicon);
    hit = { index: compile([...CUE_RULES, ...rules]), problems };
    userCache.set(lexicon, hit);
  }
  return hit;
}

function accepts(c: Compiled, tokens: readonly Token[], i: number, end: number, sentenceEnd: number, sentenceStart: number): boolean {
  if (c.pos && !c.pos.has(tokens[i].pos)) return false;
  if (c.notPrev && i > sentenceStart && c.notPrev.has(normOf(tokens[i - 1]))) return false;
  if (c.notPrevPos && i > sentenceStart && c.notPrevPos.has(tokens[i - 1].pos)) return false;
  const next = end < sentenceEnd ? tokens[end] : null;
  if (c.notNext && next && c.notNext.has(normOf(next))) return false;
  if (c.nextPos && (!next || !c.nextPos.has(next.pos))) return false;
  // a quotation mark opens the noun the cue goes with ("many 'hits'"), it does not end the phrase
  if (c.notNextPos && next && c.notNextPos.has(next.pos) && !QUOTE_MARKS.has(next.norm) && !participleModifier(tokens, end, sentenceEnd)) return false;
  if (c.rule.clauseComplement && !clauseFollows(tokens, end, sentenceEnd)) return false;
  if (c.rule.notBeforeName && nameFollows(tokens, i, end, sentenceEnd)) return false;
  if (c.rule.participle && tokens[end - 1].norm.endsWith('ing')) return false;
  if (c.rootWithGenericSubject && genericRoot(tokens, i, end, sentenceStart, sentenceEnd)) return false;
  if (c.rule.pastFormAt !== undefined && !pastForm(tokens[i + c.rule.pastFormAt])) return false;
  if (c.rule.predicate && !predicateFollows(tokens, end, sentenceEnd)) return false;
  if (c.rule.notGerund && next && next.pos === 'VERB' && next.norm.endsWith('ing')) return false;
  if (c.rule.notNormative && normativeComplement(tokens, end, sentenceEnd)) return false;
  if (c.rule.notNegated && negatedBefore(tokens, i, sentenceStart)) return false;
  if (c.rule.reportingVerb && !reportingFollows(tokens, end, sentenceEnd)) return false;
  if (c.rule.rule === 'hedges/modal' && wished(tokens, i, sentenceStart)) return false;
  if (c.rule.pastAbility && (purposeClause(tokens, i, sentenceStart) || degreeClause(tokens, i, sentenceStart))) return false;
  for (const seq of c.notFollowedBy) {
    if (end + seq.length <= sentenceEnd && sequenceAt(tokens, end, seq)) {
      // "may be lacking": a progressive is no passive, it stays epistemic
      const lastWord = tokens[end + seq.length - 1];
      if (lastWord.pos === 'VERB' && lastWord.norm.endsWith('ing')) continue;
      return false;
    }
  }
  return true;
}

/** Whether a verb of saying or thinking follows from `k`, after up to three auxiliaries, adverbs or "not". */
function reportingFollows(tokens: readonly Token[], k: number, last: number): boolean {
  for (let n = 0; n < 3 && k < last && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || tokens[k].pos === 'PART'); n++) k++;
  return k < last && tokens[k].pos === 'VERB' && REPORTING_LEMMAS.has(tokens[k].lemma);
}

/**
 * Whether the modal at `i` is in the complement of "wish" or "if only" ("he wishes he could have
 * seen it", "a clue that could have identified him"): a counterfactual, what did not happen, not
 * doubt about what did (Quirk et al. 1985, 14.25). Looks back a few tokens, not past punctuation.
 */
function wished(tokens: readonly Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first && k >= i - 8; k--) {
    const t = tokens[k];
    if (t.pos === 'PUNCT') return false;
    // wink tags "wishes" before a pronoun as a noun at times ("Haig wishes he could")
    if (t.lemma === 'wish' && (t.pos === 'VERB' || tokens[k + 1].pos === 'PRON' || tokens[k + 1].norm === 'that')) return true;
    if (t.norm === 'only' && k > first && tokens[k - 1].norm === 'if') return true;
  }
  return false;
}

const NEGATORS = new Set(['no', 'little', 'without', 'beyond', 'not']);

/** Whether the word at `i` follows a negator, maybe with an adjective between ("no reasonable doubt"). */
function negatedBefore(tokens: readonly Token[], i: number, first: number): boolean {
  if (i - 1 < first) return false;
  if (NEGATORS.has(tokens[i - 1].norm)) return true;
  return tokens[i - 1].pos === 'ADJ' && i - 2 >= first && NEGATORS.has(tokens[i - 2].norm);
}

/** Whether a verb is in a past form (participle or preterite), not its base or present form ("cited", not "cite"). */
function pastForm(t: Token): boolean {
  const n = t.norm;
  const l = t.lemma;
  return n !== l && n !== `${l}s` && n !== `${l}es`;
}

/**
 * Whether a predicate follows the verb at `k` (after at most two adverbs): "to", a clause, an
 * adjective that does not modify a noun ("appears calm", not "appears several times"), or a
 * participle ("appeared visibly shaken").
 */
function predicateFollows(tokens: readonly Token[], k: number, last: number): boolean {
  for (let n = 0; n < 2 && k < last && tokens[k].pos === 'ADV'; n++) k++;
  if (k >= last) return false;
  const t = tokens[k];
  if (t.pos === 'PART' || t.pos === 'SCONJ') return true;
  if (t.pos === 'ADJ') return !ORDER_WORDS.has(t.norm) && (k + 1 >= last || (tokens[k + 1].pos !== 'NOUN' && tokens[k + 1].pos !== 'PROPN'));
  return t.pos === 'VERB' && !t.norm.endsWith('ing');
}

/** Adjectives of order and manner used as adverbials after a verb of showing up ("appeared first", "appears live"). */
const ORDER_WORDS = new Set(['first', 'last', 'second', 'third', 'next', 'early', 'late', 'live', 'together', 'alone', 'briefly']);

/** Words that make a clause say what ought to be: deontic modals and entitlement (see `notNormative`). */
const NORMATIVE = new Set(['should', 'must', 'ought', 'deserve', 'deserves', 'entitled']);

/** Whether the complement clause from token `k` (up to 20 tokens, to a strong stop) says what ought to be. */
function normativeComplement(tokens: readonly Token[], k: number, last: number): boolean {
  const stop = Math.min(last, k + 20);
  for (let j = k; j < stop; j++) {
    const n = tokens[j].norm;
    if (n === ';' || n === ':' || n === '.') return false;
    // "must have gone" is the epistemic must (an inference), not an obligation
    if (NORMATIVE.has(n) && !(n === 'must' && j + 1 < last && tokens[j + 1].norm === 'have')) return true;
    // "have the right to", "rights to"
    if ((n === 'right' || n === 'rights') && j + 1 < stop && tokens[j + 1].norm === 'to' && tokens[j - 1].pos !== 'ADJ' && tokens[j - 1].pos !== 'ADV') return true;
  }
  return false;
}

/** Whether the modal at `i` ends a clause of degree, "as big as the land could", "as soon as they could" (bounded look back). */
function degreeClause(tokens: readonly Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first + 2 && k >= i - 5; k--) {
    if (tokens[k].norm !== 'as') continue;
    const p = tokens[k - 1].pos;
    return (p === 'ADJ' || p === 'ADV') && tokens[k - 2].norm === 'as';
  }
  return false;
}

/** Whether the word tests `seq` match the tokens from `k` on (the caller checks the length). */
function sequenceAt(tokens: readonly Token[], k: number, seq: readonly WordTest[]): boolean {
  for (let j = 0; j < seq.length; j++) if (!testWord(tokens[k + j], seq[j])) return false;
  return true;
}

// "also" is additive, not modal: "may also contain" lists one more thing that can be the case
/**
 * Whether token `k` is a participle used as a modifier before a noun ("several recurring
 * characters", "some escaped prisoners"): the quantifier still quantifies the noun.
 */
function participleModifier(tokens: readonly Token[], k: number, last: number): boolean {
  const t = tokens[k];
  if (!t || t.pos !== 'VERB' || !/(?:ing|ed)$/.test(t.norm) || k + 1 >= last) return false;
  const after = tokens[k + 1].pos;
  return after === 'NOUN' || after === 'PROPN' || after === 'ADJ';
}

const NAMING_LEMMAS = new Set(['call', 'know', 'refer', 'term', 'dub', 'name', 'nickname', 'title']);
const NAME_LINKS = new Set(['as', 'to', 'either', 'simply', 'just']);

/** Whether a verb of naming in the cue [i, end) is followed by a name ("called 'Rooter'"). */
function nameFollows(tokens: readonly Token[], i: number, end: number, last: number): boolean {
  let verb = false;
  for (let k = i; k < end; k++) if (NAMING_LEMMAS.has(tokens[k].lemma)) verb = true;
  if (!verb) return false;
  let k = end;
  while (k < last && NAME_LINKS.has(tokens[k].norm)) k++;
  if (k >= last) return false;
  return tokens[k].pos === 'PROPN' || QUOTE_MARKS.has(tokens[k].norm);
}

const QUOTE_MARKS = new Set(['"', "'", '“', '”', '‘', '’']);
const NP_WORDS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);

/**
 * Whether a clause starts at token `k`: "that ...", or a zero-that clause, a short noun phrase
 * followed by a finite verb ("indicate the dam was damaged"), rather than a plain object.
 */
function clauseFollows(tokens: readonly Token[], k: number, last: number): boolean {
  if (k >= last) return false;
  const n = normOf(tokens[k]);
  if (n === 'that' || n === 'whether' || n === 'if') return true;
  let j = k;
  while (j < last && j < k + 5 && NP_WORDS.has(tokens[j].pos)) j++;
  if (j === k || j >= last) return false;
  const t = tokens[j];
  return t.pos === 'AUX' || (t.pos === 'VERB' && !t.norm.endsWith('ing') && !NOT_FINITE_BEFORE.has(normOf(tokens[j - 1])));
}

const EPISTEMIC_NEXT = new Set(['have', 'be', 'well', 'not', "n't", 'even']);
const SPECIFIC = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', "'s", '’s']);
const INDEFINITE = new Set(['a', 'an', 'any', 'each', 'every']);

/** Whether a modal at `i` has a generic subject and a dynamic verb (see `rootWithGenericSubject`). */
function genericRoot(tokens: readonly Token[], i: number, end: number, first: number, last: number): boolean {
  let v = end;
  while (v < last && tokens[v].pos === 'ADV' && !EPISTEMIC_NEXT.has(tokens[v].norm)) v++;
  if (v >= last || EPISTEMIC_NEXT.has(tokens[v].norm) || tokens[v].pos !== 'VERB') return false;
  // "the allocation may vary": with a verb of variation `may` says "in some cases" (Coates 1983's
  // existential possibility), whatever the subject
  if (VARIATION.has(tokens[v].lemma)) return true;
  let k = i - 1;
  while (k >= first && (tokens[k].pos === 'ADV' || tokens[k].norm === ',')) k--;
  if (k < first) return false;
  if (purposeClause(tokens, i, first)) return true;
  // "..., and may cause": the modal shares the subject of a generic present ("spreads", "is")
  if (tokens[k].pos === 'CCONJ') return genericConjunct(tokens, k, first);
  // "strategies that may lead": the relative pronoun stands for its antecedent
  if (RELATIVE_SUBJECT.has(tokens[k].norm) && k - 1 >= first) {
    k--;
    while (k >= first && tokens[k].norm === ',') k--;
    if (k < first) return false;
  }
  // "Treating the symptoms may make ...": a gerund subject names an activity in general
  if (tokens[first].pos === 'VERB' && tokens[first].norm.endsWith('ing') && !tokens.slice(first + 1, i).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return true;
  if (tokens[k].pos !== 'NOUN') return false;
  // walk the noun phrase back to its determiner, if any
  let d = k;
  while (d - 1 >= first && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(tokens[d - 1].pos) && tokens[d - 1].norm !== ',') d--;
  const det = d - 1 >= first ? tokens[d - 1].norm : '';
  if (SPECIFIC.has(det)) return false;
  if (INDEFINITE.has(det)) return true;
  const head = tokens[k];
  return head.lemma !== head.norm && head.norm.endsWith('s');
}

/**
 * "so that we may serve", "in order that they may learn": `may` in a clause of purpose is the
 * old subjunctive of wish and purpose (Quirk et al. 1985, A Comprehensive Grammar, 15.48), not doubt.
 */
function purposeClause(tokens: readonly Token[], i: number, first: number): boolean {
  for (let k = i - 1; k > first; k--) {
    const n = tokens[k].norm;
    if (n === ';' || n === ':' || n === '.') return false;
    if (n === 'lest') return true;
    if (n === 'that' && (tokens[k - 1].norm === 'so' || (tokens[k - 1].norm === 'order' && k - 2 >= first && tokens[k - 2].norm === 'in'))) return true;
    // ", that we may serve": a that-clause set off by a comma is adverbial (purpose), a
    // complement clause ("fears that it may") is not set off
    if (n === 'that' && tokens[k - 1].norm === ',' && k + 2 === i && tokens[k + 1].pos === 'PRON') return true;
  }
  return false;
}

const RELATIVE_SUBJECT = new Set(['that', 'which', 'who']);
/** Verbs of variation: after `may` they say the thing differs from case to case (see `genericRoot`). */
const VARIATION = new Set(['vary', 'differ', 'range', 'fluctuate']);
/** Forms that tie a clause to a past, perfect or future occasion rather than to what generally holds. */
const EPISODIC_AUX = new Set(['was', 'were', 'had', 'has', 'have', 'did', 'will', 'would', 'shall', "'ll", 'wo', 'been']);
const PRESENT_BE = new Set(['is', 'are', 'am']);
const NOT_FINITE_BEFORE = new Set(['to', 'may', 'might', 'can', 'could', 'should', 'must', 'will', 'would', 'shall', 'do', 'does', 'did']);

/**
 * Whether the clause before a coordinator at `cc` is a generic present ("PVY is transmissible
 * by aphids but may also remain dormant", "the terms vary, and may consist of ..."): then the
 * modal that shares its subject lists what can happen (Coates 1983: existential `may`), while
 * after a past, perfect or future ("has sent troops and may send more") it is a conjecture.
 */
function genericConjunct(tokens: readonly Token[], cc: number, first: number): boolean {
  let present = false;
  for (let k = cc - 1; k >= first; k--) {
    const t = tokens[k];
    const n = normOf(t);
    if (n === ';' || n === ':') break;
    if (t.pos === 'AUX' || t.pos === 'VERB') {
      if (EPISODIC_AUX.has(n)) return false;
      if (PRESENT_BE.has(n)) {
        const next = tokens[k + 1];
        if (next && next.pos === 'VERB' && next.norm.endsWith('ing')) return false; // "are planning": an ongoing event
        present = true;
      } else if (t.pos === 'VERB' && (k === first || !NOT_FINITE_BEFORE.has(normOf(tokens[k - 1])))) {
        const l = t.lemma;
        if (n === l || n === `${l}s` || n === `${l}es` || (l.endsWith('y') && n === `${l.slice(0, -1)}ies`)) present = true;
      }
    }
  }
  return present;
}

/** Finds hedges, weasels and vague attributions in tokenised text. */
export function findHedges(text: string, layer: TokenLayer, lexicon: UserLexicon = {}, report?: (code: string, message: string) => void): Hedge[] {
  const { index, problems } = indexFor(lexicon);
  if (report) for (const p of problems) report('W_LEXICON_ENTRY', p);
  const { tokens, sentences } = layer;
  const found: Omit<Hedge, 'id'>[] = [];
  // the hot loop stays small (most tokens start no cue); a token with matches goes to `takeMatches`
  for (const s of sentences) {
    let last: LastByKind | null = null;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const matches: Match<Compiled>[] = index.matchAt(tokens, i, s.endToken);
      if (matches.length) last = takeMatches(text, tokens, s, i, matches, last ?? {}, found);
    }
  }
  found.sort(byStartLongestFirst);
  return found.map(withId);
}

/** The last hedge of each kind in a sentence, and the token it ends at. */
type LastByKind = Record<string, { hedge: Omit<Hedge, 'id'>; end: number }>;

/** Hedges by start, the longer first. */
function byStartLongestFirst(a: Omit<Hedge, 'id'>, b: Omit<Hedge, 'id'>): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Turns the cue matches at token `i` of sentence `s` into hedges: the longest accepted match of
 * each kind, merged with an overlapping earlier cue of the same kind. Returns `last`, updated.
 */
function takeMatches(text: string, tokens: readonly Token[], s: Sentence, i: number, matches: readonly Match<Compiled>[], last: LastByKind, found: Omit<Hedge, 'id'>[]): LastByKind {
  const byKind = new Map<string, { c: Compiled; end: number }>();
  for (const m of matches) {
    if (!accepts(m.entry, tokens, i, m.end, s.endToken, s.firstToken)) continue;
    const prev = byKind.get(m.entry.rule.kind);
    if (!prev || m.end > prev.end) byKind.set(m.entry.rule.kind, { c: m.entry, end: m.end });
  }
  for (const [kind, m] of byKind) {
    const before = last[kind];
    if (before && before.end >= m.end) continue; // inside a longer cue of the same kind
    if (before && before.end > i) {
      // overlapping cues of one kind ("is often referred" + "often referred to") are one cue
      const h = before.hedge;
      h.end = tokens[m.end - 1].end;
      h.text = text.slice(h.start, h.end);
      h.scope = { start: Math.min(h.scope.start, h.start), end: Math.max(h.scope.end, h.end) };
      before.end = m.end;
      continue;
    }
    // "intelligence reports estimate": the modifier names the vague source too
    const from = m.c.rule.rule === 'hedges/vague-source' && i > s.firstToken && (tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'ADJ') ? i - 1 : i;
    const start = tokens[from].start;
    const end = tokens[m.end - 1].end;
    const hedge = { start, end, text: text.slice(start, end), kind: m.c.rule.kind, scope: clauseScope(tokens, s.firstToken, s.endToken, from, m.end), rule: m.c.rule.rule };
    found.push(hedge);
    last[kind] = { hedge, end: m.end };
  }
  return last;
}

/** A hedge with its id (the fields written out, in output order: a spread is slow in V8). */
function withId(h: Omit<Hedge, 'id'>, k: number): Hedge {
  return { id: `h${k + 1}`, start: h.start, end: h.end, text: h.text, kind: h.kind, scope: h.scope, rule: h.rule };
}

/** The `hedges` stage. */
export const hedges = defineStage({
  name: 'hedges',
  requires: ['structure', 'tokens'],
  lexiconKeys: [LEXICON_KEY],
  produces: 'hedges',
  run: ({ source, layers, lexicon, report }) => findHedges(source.text, layers.tokens, lexicon, report),
});
