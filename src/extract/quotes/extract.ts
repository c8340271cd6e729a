/**
 * The quotes extractor: direct, partial and reported statements and attributed beliefs, each with
 * its speaker, cue and relay, from the tokens and sentences (and entity mentions when present).
 *
 * Order of work, one pass each:
 *  1. quotation marks → segments (`marks.ts`), problems → diagnostics;
 *  2. direct quotes attributed by an adjacent cue ("“A,” X said", "X said: “A”", "“A,” said X"),
 *     merging interrupted and paragraph-spanning quotes; their cue tokens are consumed;
 *  3. one walk over the remaining tokens for cue words (reporting, belief, relay, "according to"),
 *     each finding its speaker (left, inverted right, appositive, clause subject) and its content
 *     (the reported clause after the cue, or the clause before "..., X said"); the grammar of the
 *     cue's complement decides (`complementAt`): a clause is reported, a bare object only after
 *     verbs whose object is the information itself ("estimates 900 casualties"), never after
 *     judgement verbs ("praised the troops") or thoughts ("saw the guard"); a passive question
 *     ("when asked whether ...") reports its question with the by-phrase asker or nobody; in a Title
 *     Case headline only finite cues count (capitals mark neither names nor verbs there);
 *  4. quoted segments still unattributed: inside a reported clause → partial quote of that speaker;
 *     whole-sentence quotes next to an attributed one → the same speaker (a paragraph that is only a
 *     quote, right after the speaker's quote, is another part of the same statement); other quoted
 *     phrases without a cue are scare quotes or titles and are left alone;
 *  5. speakers resolved in text order: entity mentions, pronouns to the latest compatible speaker
 *     ("they" also to a later plural group or organisation subject, or "A and B"), unnamed
 *     descriptions with their group's country.
 *
 * The approach follows the rule-based attribution systems of Krestel et al. (LREC 2008) and
 * BBC's Citron (cue + source + content), and PARC 3.0's notion of content (Pareti 2016).
 */
import type { Entity, Offsets, Quote, SectionKind, Sentence, Speaker, Structure, Token, TokenLayer, Via } from '../../types.js';
import { mentionIndex, type MentionRef } from '../entities/mentions.js';
import { lengthBit, quotesLexicon, type CueForm, type PhraseCue, type QuotesLexicon } from './lexicon.js';
import { findSegments, type Segment } from './marks.js';
import { CONTENT_NOUNS, CUE_WORD_COMPOUNDS, PARTITIVE_NOUNS, PRONOUNS, RAISING_BELIEF_VERBS, RELATIONAL_ROLE_NOUNS } from './lexicon-data.js';
import { hasAgentSuffix } from '../../nlp/morphology.js';
import { agentPlural, BETWEEN, capitalised, countryIn, isPossessive, isSubjectPronoun, npLeft, npRight, type TokRange } from './words.js';

/** What the extractor needs. */
export interface QuotesInput {
  text: string;
  structure: Structure;
  tokens: TokenLayer;
  entities: readonly Entity[];
  lexicon?: Record<string, unknown>;
  report(code: string, message: string, start?: number | null, end?: number | null): void;
}

type Kind = Quote['kind'];

/** An attribution before its speaker is resolved. */
interface Draft {
  parts: Offsets[];
  kind: Kind;
  cue: TokRange | null;
  speaker: TokRange | null;
  via: TokRange | null;
  rule: string;
  /** For continued quotes: the draft whose speaker this one shares. */
  sameAs?: Draft;
  sentence: number;
  /** Where the attribution's own words start (speaker or cue), for cutting earlier contents. */
  anchor: number;
  /** The content runs forward from the cue (so a later attribution in the sentence may cut it). */
  forward: boolean;
  /** Ends at the next comma (the cue sits in a relative clause). */
  relative: boolean;
  segs: Segment[];
  resolved?: Speaker | null;
  /** The relative pronoun that speaks here ("X, who said ..."): the speaker's span. */
  relPronoun?: number;
  relayTarget?: TokRange | null;
}

/** What `speakerOf` found for a cue (one object shape). */
interface SpeakerFind {
  speaker: TokRange | null;
  /** The speaker follows the cue ("..., said Smith"). */
  inverted: boolean;
  /** The cue sits in a relative clause ("officials who say"). */
  relative: boolean;
  relPronoun: number | undefined;
  /** Where an appositive construction before the cue starts, or -1. */
  appositiveStart: number;
  /** The noun phrase right after the cue (the inverted speaker's candidate). */
  invR: TokRange | null;
}

const END_PUNCT = new Set(['.', '!', '?', '…']);
/** Verbs that invert with their speaker after a statement ("..., said Smith"; Krestel08 quotation inversion). */
const INVERTING = new Set([
  'say', 'add', 'ask', 'write', 'note', 'explain', 'warn', 'argue', 'reply', 'respond', 'insist', 'recall', 'continue',
  'tweet', 'claim', 'conclude', 'observe', 'remark', 'predict', 'complain', 'admit', 'acknowledge', 'concede', 'state',
  'answer', 'counter', 'caution', 'suggest', 'report', 'declare', 'announce', 'tell', 'quip', 'joke', 'muse', 'exclaim',
]);
/** Tokens allowed between the parts of an interrupted quote (cue, speaker, and an aside). */
const MAX_INTERRUPTION = 30;
const PASSIVE_BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re']);
const RELAY_LEADS = new Set(['as', 'saying', 'to', 'that', 'said', ':', ',']);
const DASHES = new Set(['―', '—', '–', '-', '--']);
/** How far before a quoted phrase a partial-quote cue may stand ("called the plan “...”"). */
const PARTIAL_CUE_WINDOW = 6;
const NO_PHRASES: readonly { words: readonly string[]; kind: 'according' | 'phrasal' }[] = [];
/** Subordinators that open the writer's counterpoint after a comma (Quirk et al. 1985 §15.19-15.21, concessive and contrastive clauses). */
const CONCESSIVE = new Set(['although', 'though', 'whereas', 'while']);
const PARTICLES = new Set(['up', 'off', 'down', 'away', 'back', 'over', 'around', 'in']);
const POSTMODIFIERS = new Set(['of', 'for', 'at', 'from', 'with']);
/**
 * Prepositions that tie a role to the body it speaks for ("a spokesman for the Bank of England",
 * "an official at the State Department", "a lawyer with the firm", "an adviser to the campaign";
 * "close to" is read besides):
 * the role speaks as an unnamed member of that body (Pareti16: the source span is the whole
 * phrase; AP Stylebook "anonymous sources": describe the source's affiliation).
 */
const AFFILIATION_PREPS = new Set(['for', 'at', 'with', 'from', 'to']);
/** Prepositions after a person's name that tie the person to a body ("X of the Sierra Club", "X at Reuters"). */
const BODY_PREPS = new Set(['of', 'for', 'at', 'with', 'from']);
/** Nouns of time: "On Monday said" is no speaker (the phrase before the cue is an adverbial). */
const TIME_NOUNS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'time', 'times', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'weekend', 'hour', 'hours', 'minute', 'minutes', 'moment', 'decade', 'interview', 'statement',
  'speech', 'debate', 'rally', 'conference', 'hearing', 'event', 'ago', 'earlier', 'later',
]);
/**
 * Whether a token's text is a quotation mark: " “ ” ‘ ’ ' '' « » „ (tested on its characters: a Set
 * lookup would hash a fresh string per punctuation token).
 */
function isQuoteChar(text: string): boolean {
  if (text.length === 2) return text === "''";
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb || c === 0x201e;
}
const CONNECTORS = new Set([',', 'while', 'and', 'but', 'with', 'as', 'whereas', ';', '—', '–', '-', 'who', 'which', 'even', 'though', 'although', ':', 'so']);
const CLAUSE_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);
const INTRO_POS = new Set(['ADV', 'SCONJ', 'ADP', 'CCONJ', 'VERB', 'INTJ']);
const POSSESSIVE_PRON = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const NON_SPEAKER_HEADS = new Set(['this', 'that', 'there', 'what', 'which', 'who', 'it']);
/** What grammar follows a cue (see `complementAt`). */
type Complement = 'clause' | 'infinitive' | 'small' | 'object' | 'other' | 'none';
/** A cue's complement and, for objects, where the object and its predicate end (a token index). */
interface ComplementFind {
  kind: Complement;
  end: number;
  /** The object's head token, or -1. */
  head: number;
  /** The verb of an infinitive predicate on the object ("want the public to believe"), or -1. */
  toVerb: number;
  /** A small clause's predicate: "as X", "to do", "for/of doing" (a fact: 'fact'), a quote or a second noun phrase. */
  pred: 'as' | 'to' | 'fact' | 'quote' | 'np' | null;
}
/** Verbs of knowing after "want X to ...": the aim is someone else's belief. */
/** Nouns whose "that" opens the content ("denied the claim that ..."). */
const SPEECH_NOUN_SET: ReadonlySet<string> = new Set(CONTENT_NOUNS.entries);
const PARTITIVE: ReadonlySet<string> = new Set(PARTITIVE_NOUNS.entries);
const RAISING: ReadonlySet<string> = new Set(RAISING_BELIEF_VERBS.entries);
const RELATIONAL: ReadonlySet<string> = new Set(RELATIONAL_ROLE_NOUNS.entries);

/** Whether a common noun names a person or a body by its role ("mayor", "head", "officials"), not a thing ("the text", "the results"). */
function roleNoun(norm: string, unnamed: ReadonlySet<string>): boolean {
  if (unnamed.has(norm) || RELATIONAL.has(norm) || agentPlural(norm)) return true;
  // "-ment" nouns are things ("the statement", "an argument"), though they end in "-ent"
  if (norm.length < 5 || PARTITIVE.has(norm) || norm.endsWith('ment')) return false;
  return hasAgentSuffix(norm);
}
const KNOW_VERBS = new Set(['believe', 'think', 'buy', 'assume']);
const RELATIVES = new Set(['who', 'which', 'whom', 'whose', 'that']);
/** Words that open a content clause or an embedded question (Quirk et al. 1985, ch. 15: nominal clauses). */
/** Words before a passive "asked" with no "be": "when asked whether", "after being asked if". */
const ASKED_LEADS = new Set(['when', 'after', 'once', 'if', 'being', 'before', 'while', 'unless', 'until']);
/** Words that open an embedded question. */
const QUESTION_WORDS = new Set(['whether', 'if', 'how', 'what', 'why', 'when', 'where', 'who', 'which', 'whom', 'whose']);
/** Collective nouns that take "they" without a plural ending. */
const GROUP_NOUNS = new Set(['police', 'media', 'press', 'staff', 'people', 'military', 'government', 'administration', 'campaign']);
const CLAUSE_ENDS = new Set([',', ';', ':', '—', '–', '(']);
const COMPLEMENTIZERS = new Set(['that', 'if', 'whether', 'what', 'why', 'how', 'when', 'where', 'who', 'which', 'whom', 'whose']);

/**
 * A draft with every field present in one order: drafts made at different places share one hidden
 * class, which keeps V8 from deoptimising the extractor over and over (measured: 5x slower). One
 * literal here, not a copy of each caller's literal: reading fields off literals of many shapes was
 * itself a megamorphic hot spot.
 */
function newDraft(
  parts: Offsets[],
  kind: Kind,
  cue: TokRange | null,
  speaker: TokRange | null,
  via: TokRange | null,
  rule: string,
  sentence: number,
  anchor: number,
  forward: boolean,
  relative: boolean,
  segs: Segment[],
  relayTarget?: TokRange | null,
  relPronoun?: number,
): Draft {
  return {
    parts,
    kind,
    cue,
    speaker,
    via,
    rule,
    sameAs: undefined,
    sentence,
    anchor,
    forward,
    relative,
    segs,
    resolved: undefined,
    relPronoun,
    relayTarget,
  };
}

/** Whether a word starts with a lower-case ASCII letter: /^[a-z]/ without a regex. */
function lowerInitial(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/** Whether a word ends in a plural "s" (not "ss"): /[^s]s$/ without a regex. */
function pluralS(w: string): boolean {
  const len = w.length;
  return len >= 2 && w.charCodeAt(len - 1) === 0x73 && w.charCodeAt(len - 2) !== 0x73;
}

/** The content offsets of quoted segments, one object per segment. */
function partsOf(segs: readonly Segment[]): Offsets[] {
  const out: Offsets[] = [];
  for (let k = 0; k < segs.length; k++) out.push({ start: segs[k].start, end: segs[k].end });
  return out;
}

/** One sentence object shape for the merged sentence list (see `newDraft`). */
function sentenceCopy(s: Sentence, end: number, endToken: number): Sentence {
  return { index: s.index, start: s.start, end, section: s.section, block: s.block, firstToken: s.firstToken, endToken };
}

/**
 * The sentences with wink's false breaks mended, and each token's index into them. wink ends
 * sentences at some abbreviations ("Sen. David Perdue (R-Ga.) | said he ..."): a sentence that
 * starts with a lower-case word continues the previous one in the same block.
 */
function mergedSentences(layer: TokenLayer, sentIdx: Int32Array): { sentences: Sentence[]; sentIdx: Int32Array } {
  const tokens = layer.tokens;
  const sentences: Sentence[] = [];
  for (const s of layer.sentences) {
    const prev = sentences[sentences.length - 1];
    const first = tokens[s.firstToken];
    if (prev && prev.block === s.block && first && first.kind === 'word' && lowerInitial(first.text)) {
      sentences[sentences.length - 1] = sentenceCopy(prev, s.end, s.endToken);
    } else sentences.push(sentenceCopy(s, s.end, s.endToken));
    for (let t = s.firstToken; t < s.endToken; t++) sentIdx[t] = sentences.length - 1;
  }
  return { sentences, sentIdx };
}

/** Per-token tables from `tokenTables`, one walk over the tokens. */
interface TokenTables {
  /** The quoted segment a token lies in, or -1. */
  segOf: Int32Array;
  /** 1 for a quotation mark. */
  isMark: Uint8Array;
  /** 1 inside a quote or on a mark: no cue, speaker or phrase there. */
  blockedAt: Uint8Array;
  /** 1 for a token the cue walk must look at: an unquoted cue form or relay word, or the start of a whole phrase cue. */
  cand: Uint8Array;
  /** 1 + the `StartEntry` id of the token's word, or 0 when it starts no cue: `cueForm` without hashing the word again. */
  startOf: Int32Array;
}

/**
 * Scratch memory for the per-token tables, reused from document to document: typed arrays over a
 * few dozen bytes live outside V8's heap, and allocating seven of them per document showed up in
 * the profile. Each document gets exact-length views (`subarray`), so a read past the end is
 * still undefined. Safe because extraction never nests and nothing keeps a view.
 */
const scratch = { size: 0, i32: new Int32Array(0), u8: new Uint8Array(0) };
const I32_TABLES = 3;
const U8_TABLES = 4;

/** Zero-filled views of the scratch memory for a document of n tokens: I32_TABLES Int32 tables, U8_TABLES Uint8 tables. */
function scratchViews(n: number): { i32: Int32Array[]; u8: Uint8Array[] } {
  if (n > scratch.size) {
    scratch.size = Math.max(n, scratch.size * 2, 1024);
    scratch.i32 = new Int32Array(scratch.size * I32_TABLES);
    scratch.u8 = new Uint8Array(scratch.size * U8_TABLES);
  }
  const size = scratch.size;
  const i32: Int32Array[] = [];
  const u8: Uint8Array[] = [];
  for (let k = 0; k < I32_TABLES; k++) i32.push(scratch.i32.subarray(k * size, k * size + n).fill(0));
  for (let k = 0; k < U8_TABLES; k++) u8.push(scratch.u8.subarray(k * size, k * size + n).fill(0));
  return { i32, u8 };
}

/**
 * The per-token tables, in one walk (each token object is read once: on a cold pass, loading the
 * tokens is most of the cost of a walk). A phrase's first word ("in", "as") is a candidate only
 * when the whole phrase follows ("in the words of"): the cue walk then meets 35k candidates in a
 * million news tokens instead of 59k; it re-checks the phrase within its sentence.
 */
function tokenTables(tokens: readonly Token[], segments: readonly Segment[], lex: QuotesLexicon, segOf: Int32Array, u8: Uint8Array[], startOf: Int32Array): TokenTables {
  const n = tokens.length;
  const [isMark, blockedAt, cand] = u8;
  segOf.fill(-1);
  const prefix = lex.prefix;
  const suffix = lex.suffix;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    let blocked = 0;
    if (t.kind === 'punctuation' && isQuoteChar(t.text)) {
      isMark[i] = 1;
      blocked = 1;
    }
    const start = t.start;
    while (s < segments.length && segments[s].end <= start) s++;
    if (s < segments.length && start >= segments[s].start && t.end <= segments[s].end) {
      segOf[i] = s;
      blocked = 1;
    }
    blockedAt[i] = blocked;
    const w = t.norm;
    // the prefilters of `mayStart`, written out: most tokens end here without hashing their string
    // (a unit past either end counts as 0, as NaN & 0xff does in `prefixKey`, but reading one would
    // deoptimise this loop: charCodeAt is compiled for in-bounds reads)
    const len = w.length;
    const bit = lengthBit(len);
    const first = len > 0 ? w.charCodeAt(0) & 0xff : 0;
    const second = len > 1 ? w.charCodeAt(1) & 0xff : 0;
    if ((prefix[(first << 8) | second] & bit) === 0) continue;
    const last = len > 0 ? w.charCodeAt(len - 1) & 0xff : 0;
    const before = len > 1 ? w.charCodeAt(len - 2) & 0xff : 0;
    if ((suffix[(last << 8) | before] & bit) === 0) continue;
    const entry = lex.starts.get(w);
    if (entry === undefined) continue;
    startOf[i] = entry.id + 1;
    if (blocked === 0 && (entry.form !== undefined || entry.relay || phraseFollows(tokens, i, n, entry.phrases))) {
      // "the think tank": the cue word modifies a noun here
      const compound = COMPOUNDS.get(w);
      if (compound !== undefined && i + 1 < n && compound.has(tokens[i + 1].norm)) continue;
      cand[i] = 1;
    }
  }
  return { segOf, isMark, blockedAt, cand, startOf };
}

/** First word of a cue-word compound → the words that complete it ("think" → tank, tanks). */
const COMPOUNDS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const m = new Map<string, Set<string>>();
  for (const e of CUE_WORD_COMPOUNDS.entries) {
    const [a, b] = e.split(' ');
    let set = m.get(a);
    if (!set) m.set(a, (set = new Set()));
    set.add(b);
  }
  return m;
})();

/** Whether one of the phrase cues starting with token i's word is complete before token `hi`. */
function phraseFollows(tokens: readonly Token[], i: number, hi: number, list: readonly PhraseCue[] | undefined): boolean {
  if (list === undefined) return false;
  for (let p = 0; p < list.length; p++) {
    const words = list[p].words;
    if (i + words.length > hi) continue;
    let ok = true;
    for (let w = 1; w < words.length && ok; w++) if (tokens[i + w].norm !== words[w]) ok = false;
    if (ok) return true;
  }
  return false;
}

/** Segments grouped into chains (a paragraph-spanning quote is one chain), with each segment's chain. */
function chainSegments(segments: readonly Segment[]): { chainOf: Int32Array; chains: Segment[][] } {
  const chainOf = new Int32Array(segments.length).fill(-1);
  const chains: Segment[][] = [];
  for (let s = 0; s < segments.length; s++) {
    const c = segments[s].continues;
    if (c >= 0 && chainOf[c] >= 0) {
      chainOf[s] = chainOf[c];
      chains[chainOf[s]].push(segments[s]);
    } else {
      chainOf[s] = chains.length;
      chains.push([segments[s]]);
    }
  }
  return { chainOf, chains };
}

/**
 * Extracts the quotes of one document (sorted by start, ids q1..). The loop bodies are separate
 * functions (attributeChain, walkSentence, cueAt, speakerOf, ...): as one function of a thousand
 * lines, V8's optimiser spent seconds of CPU compiling it, again after every deoptimisation
 * (measured with --trace-opt), more than the extraction itself.
 */
export function extractQuotes(input: QuotesInput): Quote[] {
  const { text, structure, tokens: layer, entities, report } = input;
  const { lex, problems } = quotesLexicon(input.lexicon);
  for (const p of problems) report('E_LEXICON_ENTRY', p.message);
  const tokens = layer.tokens;
  const n = tokens.length;
  if (n === 0) return [];
  const views = scratchViews(n);
  const { sentences, sentIdx } = mergedSentences(layer, views.i32[0]);

  // 1. segments
  const { segments, problems: markProblems } = findSegments(text, structure.blocks);
  for (const p of markProblems) report(p.code, p.message, p.start, p.end);
  const { segOf, isMark, blockedAt, cand, startOf } = tokenTables(tokens, segments, lex, views.i32[1], views.u8, views.i32[2]);
  const blocked = (i: number) => blockedAt[i] === 1;
  const tokenAt = (offset: number): number => {
    // first token whose start >= offset
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const sentenceOf = (i: number): Sentence => sentences[sentIdx[Math.min(i, n - 1)]];
  const isPunct = (i: number) => tokens[i].kind === 'punctuation' || isMark[i] === 1;
  const consumed = views.u8[3];
  const drafts: Draft[] = [];

  // every form is in `starts`, whose entry `tokenTables` noted per token
  const startList = lex.startList;
  const cueForm = (i: number): CueForm | undefined => {
    const id = startOf[i];
    return id > 0 ? startList[id - 1].form : undefined;
  };

  /** The subject of the clause a participle or coordinated cue belongs to. */
  const clauseSubject = (lo: number, before: number): TokRange | null => {
    let k = lo;
    while (k < before && isPunct(k)) k++;
    // "WASHINGTON (AP) — A report said ...": a dateline is no subject
    if (k === sentenceOf(k).firstToken) k = datelineEnd(k, before);
    if (k < before && INTRO_POS.has(tokens[k].pos)) {
      // "Meanwhile, X ...", "On Monday, X ...", "But X ...": skip the introduction
      if (tokens[k].pos === 'CCONJ') k++;
      else {
        for (let c = k; c < Math.min(before, k + 12); c++) {
          if (tokens[c].text === ',') {
            k = c + 1;
            break;
          }
        }
      }
    }
    while (k < before && (isPunct(k) || tokens[k].pos === 'CCONJ')) k++;
    const np = npRight(tokens, k, before, blocked, lex.unnamed);
    if (!np) return null;
    const head = tokens[np.b - 1];
    if (NON_SPEAKER_HEADS.has(head.norm)) return null;
    return np;
  };

  /**
   * After a dateline at token k ("WASHINGTON (AP) —", "WASHINGTON, Dec. 8 (UPI) —", "KYIV, Ukraine —";
   * AP Stylebook "datelines": the city in capitals, then the agency and a dash): the token after its
   * dash, else k. Only at a sentence start where a subject is sought.
   */
  const datelineEnd = (k: number, before: number): number => {
    const t = tokens[k];
    if (t.text.length < 2 || t.pos === 'VERB' || t.text !== t.text.toUpperCase() || t.text === t.text.toLowerCase()) return k;
    for (let c = k + 1; c < Math.min(before, k + 10); c++) {
      const w = tokens[c];
      if (DASHES.has(w.text) && (w.text !== '-' || tokens[c - 1].end < w.start)) return c + 1;
      if (w.pos === 'VERB' || w.pos === 'AUX') return k;
    }
    return k;
  };

  /** Skips adverbs leftwards ("is widely expected"): returns the first non-adverb index (at least lo). */
  const skipAdverbsLeft = (j: number, lo: number) => {
    while (j > lo && tokens[j].pos === 'ADV') j--;
    return j;
  };

  /** Skips words between a speaker and its cue, leftwards. */
  const skipBetweenLeft = (j: number, lo: number) => {
    // a parenthesis after a name: "Sen. David Perdue (R-Ga.) said"
    if (j - 1 >= lo && tokens[j].text === ')') {
      let c = j - 1;
      while (c > Math.max(lo, j - 8) && tokens[c].text !== '(') c--;
      if (tokens[c].text === '(' && c - 1 >= lo) j = c - 1;
    }
    while (j >= lo && !blocked(j) && (BETWEEN.has(tokens[j].norm) || (tokens[j].pos === 'ADV' && tokens[j].norm.endsWith('ly')))) j--;
    return j;
  };
  const skipBetweenRight = (j: number, hi: number) => {
    while (j < hi && !blocked(j) && (BETWEEN.has(tokens[j].norm) || (tokens[j].pos === 'ADV' && tokens[j].norm.endsWith('ly')))) j++;
    return j;
  };

  /** Whether the phrase ending at token j is the subject of a relative clause ("which officials estimate"). */
  const relativeSubject = (j: number, lo: number): boolean => {
    const np = npLeft(tokens, j, lo, blocked, lex.unnamed);
    return !!np && np.a - 1 >= lo && (tokens[np.a - 1].norm === 'which' || tokens[np.a - 1].norm === 'that');
  };

  /** Whether token i stands in a title or heading written in Title Case (most words capitalised). */
  const titleCase = (i: number): boolean => {
    const sent = sentenceOf(i);
    if (sent.section !== 'title' && sent.section !== 'heading') return false;
    let words = 0;
    let caps = 0;
    for (let k = sent.firstToken; k < sent.endToken; k++) {
      if (tokens[k].kind !== 'word' || tokens[k].text.length < 4) continue;
      words++;
      if (capitalised(tokens[k])) caps++;
    }
    return words >= 3 && caps >= 0.8 * words;
  };

  /** Whether token i, a cue form, reads as a verb here (not "the estimate", "intelligence reports"). */
  const verbish = (i: number, form: CueForm, lo: number, hi: number): boolean => {
    const t = tokens[i];
    const prev = i > lo ? tokens[i - 1] : null;
    const next = i + 1 < hi ? tokens[i + 1] : null;
    if (prev && ((prev.pos === 'DET' && prev.norm !== 'that') || POSSESSIVE_PRON.has(prev.norm) || isPossessive(prev))) return false;
    if (prev && prev.norm === 'to' && form.shape === 'base') return false;
    if (prev && prev.text === '-') return false;
    if (next && next.norm === 'of' && form.shape !== 'ed' && form.shape !== 'ing') return false;
    // a capitalised form inside a sentence is a name ("the United States"), a particle makes another verb ("showed up")
    // (in a Title Case headline every word is capitalised: "Sanders Says He Will Stay")
    if (i > lo && capitalised(t) && !isMark[i - 1] && !titleCase(i)) return false;
    // ... but "said in a statement", "wrote in an op-ed": "in" + a noun phrase is a prepositional phrase, not a particle
    const afterNext = i + 2 < hi ? tokens[i + 2] : null;
    const ppAfter = next !== null && next.norm === 'in' && !!afterNext && (afterNext.pos === 'DET' || afterNext.pos === 'PROPN' || POSSESSIVE_PRON.has(afterNext.norm));
    if (next && PARTICLES.has(next.norm) && form.lemma !== 'point' && !ppAfter) return false;
    if (form.shape === 'ing') return !(prev && (prev.pos === 'ADJ' || prev.pos === 'NUM') && !lex.unnamed.has(prev.norm));
    // a homograph the tagger calls a noun, followed by what follows nouns ("swing states like Ohio",
    // "the show on Sirius", "state senator", "tweet-date"): the noun, not the verb
    if (t.pos === 'NOUN' && (form.shape === 's' || form.shape === 'base') && next && !isSubjectPronoun(prev ?? t)) {
      const nn = next.norm;
      if ((next.pos === 'ADP' && nn !== 'that' && nn !== 'to' && nn !== 'about') || next.pos === 'CCONJ' || nn === 'whose' || nn === 'where' || nn === 'who' || nn === 'which') return false;
      // "in 50 states.", "swing states," (but "..., Frank notes." ends a statement)
      if ((nn === ',' || nn === '.' || nn === ';') && prev && (prev.pos === 'ADJ' || prev.pos === 'NUM') && !capitalised(prev)) return false;
      if (form.shape === 'base' && (next.pos === 'NOUN' || next.pos === 'PROPN') && prev && (prev.pos === 'ADJ' || prev.pos === 'PROPN' || prev.pos === 'NUM')) return false;
      if (next.text === '-' && next.start === t.end) return false;
    }
    // "intelligence reports estimate ...": the first of two cue forms is part of the subject
    const nextForm = next ? cueForm(i + 1) : undefined;
    if (next && form.shape !== 'ed' && nextForm !== undefined && nextForm.shape !== 'ing') return false;
    // "state media declares": a noun-tagged form before noun + verb is a compound noun
    const next2 = i + 2 < hi ? tokens[i + 2] : null;
    if (t.pos !== 'VERB' && next && next2 && (next.pos === 'NOUN' || next.pos === 'PROPN') && (next2.pos === 'VERB' || next2.pos === 'AUX')) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (!prev) return false;
    if (form.shape === 'ed') return prev.pos !== 'ADP';
    const plural0 = prev.pos === 'NOUN' && pluralS(prev.norm);
    // "the estimate is": a noun before a verb; but "(which) reports estimate includes" is a gapped clause
    if (next && (next.pos === 'VERB' || next.pos === 'AUX') && !(form.shape === 'base' && plural0 && relativeSubject(i - 1, lo))) return false;
    const prevOk = prev.pos === 'NOUN' || prev.pos === 'PROPN' || isSubjectPronoun(prev) || BETWEEN.has(prev.norm) || prev.pos === 'ADV' || capitalised(prev);
    if (!prevOk) return false;
    const plural = prev.pos === 'NOUN' && pluralS(prev.norm) && prev.norm !== 'news';
    if (form.shape === 's' && (plural || prev.norm === 'they' || prev.norm === 'we')) return false;
    if (form.shape === 'base' && !BETWEEN.has(prev.norm) && (prev.norm === 'he' || prev.norm === 'she' || prev.norm === 'it' || (prev.pos === 'NOUN' && !plural && prev.norm !== 'people' && prev.norm !== 'police'))) return false;
    return true;
  };

  const offsets = (a: number, b: number): Offsets => ({ start: tokens[a].start, end: tokens[b - 1].end });

  /** Content token range [a, b) → offsets, trimming punctuation, "that" and connectors at the edges. */
  const contentRange = (a: number, b: number): Offsets | null => {
    while (a < b && isPunct(a) && !isMark[a]) a++;
    while (a < b && tokens[a].norm === 'that' && a + 1 < b && (CLAUSE_START.has(tokens[a + 1].pos) || isMark[a + 1] || tokens[a].pos === 'SCONJ')) a++;
    while (a < b && (tokens[a].text === ',' || tokens[a].text === ':' || tokens[a].text === '—')) a++;
    let closeMark = false;
    while (b > a) {
      const last = b - 1;
      if (segOf[last] >= 0) break;
      if (isMark[last]) {
        if (last - 1 >= a && segOf[last - 1] >= 0) {
          closeMark = true;
          break;
        }
        b--;
        continue;
      }
      if (END_PUNCT.has(tokens[last].text) || [',', ':', ';', '—', '–', '(', '['].includes(tokens[last].text)) {
        b--;
        continue;
      }
      break;
    }
    // an opening mark at the start belongs to a quote the content begins with
    const openMark = a < b && isMark[a] === 1;
    if (b - a < 1) return null;
    let start = openMark ? tokens[a].end : tokens[a].start;
    let end = closeMark ? tokens[b - 1].start : tokens[b - 1].end;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /[\s,]/.test(text[end - 1])) end--;
    return end > start ? { start, end } : null;
  };

  // 2. direct quotes attributed by an adjacent cue --------------------------------------------
  const { chains } = chainSegments(segments);
  const chainDraft: (Draft | null)[] = chains.map(() => null);

  /** "“A,” X said" / "“A,” said X" after a closing mark at token k (first token after it). */
  const cueAfter = (k: number, block: number, fullStop: boolean): { cue: TokRange | null; speaker: TokRange; next: number } | null => {
    // "“...” ― Name": an epigraph-style signature
    if (k < n && DASHES.has(tokens[k].text) && sentenceOf(k).block === block) {
      const sp = npRight(tokens, k + 1, sentenceOf(k).endToken, blocked, lex.unnamed);
      if (sp && capitalised(tokens[sp.b - 1]) && (sp.b >= n || sentenceOf(sp.b).block !== block || END_PUNCT.has(tokens[sp.b].text) || tokens[sp.b].text === ',' || isMark[sp.b] === 1)) return { cue: null, speaker: sp, next: sp.b };
    }
    const r = cueAfterAny(k, block);
    // after a quote that ends its sentence, only a short "X said." closes it
    if (r && fullStop && r.next < n && !END_PUNCT.has(tokens[r.next].text)) return null;
    return r;
  };
  const cueAfterAny = (k: number, block: number): { cue: TokRange; speaker: TokRange; next: number } | null => {
    if (k >= n || sentenceOf(k).block !== block) return null;
    // the tagger may end a sentence at an abbreviation ("(D-Wis.) said"): look to the end of the next one
    let hi = sentenceOf(k).endToken;
    if (hi < n && sentenceOf(hi).block === block && hi - k < 12) hi = sentenceOf(hi).endToken;
    while (k < hi && tokens[k].text === ',') k++;
    if (k >= hi || blocked(k)) return null;
    // cue first: "said X"
    const k1 = skipBetweenRight(k, hi);
    const f1 = k1 < hi ? cueForm(k1) : undefined;
    if (f1 && f1.cls === 'speech' && !blocked(k1)) {
      const sp0 = npRight(tokens, k1 + 1, hi, blocked, lex.unnamed);
      const sp = sp0 && affiliateRight(sp0, hi);
      if (sp) return { cue: { a: k1, b: k1 + 1 }, speaker: sp, next: sp.b };
    }
    const sp0 = npRight(tokens, k, hi, blocked, lex.unnamed);
    const sp = sp0 && affiliateRight(sp0, hi);
    if (sp) {
      let j = withModifiers(sp.b, hi);
      // appositive after the speaker: "X, a senator from Y, said"
      if (j < hi && tokens[j].text === ',') {
        let c = j + 1;
        while (c < Math.min(hi, j + 14) && tokens[c].text !== ',' && !blocked(c)) c++;
        if (c < hi && tokens[c].text === ',' && cueForm(skipBetweenRight(c + 1, hi))) j = c + 1;
      }
      j = skipBetweenRight(j, hi);
      const f = j < hi ? cueForm(j) : undefined;
      if (f && (f.cls === 'speech' || f.lemma === 'think' || f.lemma === 'feel') && !blocked(j)) return { cue: { a: j, b: j + 1 }, speaker: sp, next: j + 1 };
    }
    return null;
  };

  /** Whether a quoted segment starts in tokens [a, hi). */
  const segAhead = (a: number, hi: number): boolean => {
    for (let k = a; k < hi; k++) if (segOf[k] >= 0) return true;
    return false;
  };
  /** Whether a subject ("the army", "28 percent of voters") and its verb start at token a. */
  const subjectVerbAt = (a: number, hi: number): boolean => {
    const subj = npRight(tokens, a, hi, blocked, lex.unnamed);
    if (!subj) return false;
    let v = subj.b;
    if (v < hi && tokens[v].norm === 'of') v = npRight(tokens, v + 1, hi, blocked, lex.unnamed)?.b ?? hi;
    while (v < hi && tokens[v].pos === 'ADV') v++;
    return v < hi && (tokens[v].pos === 'VERB' || tokens[v].pos === 'AUX');
  };
  /** Whether tokens [a, hi) hold a verb (a clause, not just an adverbial). */
  const hasVerb = (a: number, hi: number): boolean => {
    for (let k = a; k < hi; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return true;
    return false;
  };

  /** Extends a speaker phrase by "of/for/at/from/with + phrase" ("Mr. Morgan of the Sierra Club"); returns the new end. */
  const withModifiers = (b: number, hi: number): number => {
    // a parenthesis after a name: "Rep. Gwen Moore (D-Wis.) said"
    if (b < hi && tokens[b].text === '(') {
      let c = b + 1;
      while (c < Math.min(hi, b + 8) && tokens[c].text !== ')') c++;
      if (c < hi && tokens[c].text === ')') b = c + 1;
    }
    while (b < hi && POSTMODIFIERS.has(tokens[b].norm) && !blocked(b)) {
      const more = npRight(tokens, b + 1, hi, blocked, lex.unnamed);
      if (!more) break;
      b = more.b;
    }
    return b;
  };

  /** Whether token k is a common role noun that can speak for a body ("spokesman", "officials"), not a title ("Secretary"). */
  const affiliatedRole = (k: number): boolean => {
    const t = tokens[k];
    const first = sentenceOf(k).firstToken === k;
    // (wink tags a capitalised plural at the sentence start a proper noun: "Officials at the Pentagon")
    if (!(t.pos === 'NOUN' || (first && t.pos === 'PROPN')) || TIME_NOUNS.has(t.norm) || !roleNoun(t.norm, lex.unnamed)) return false;
    const c = t.text.charCodeAt(0);
    return (c >= 97 && c <= 122) || first;
  };

  /**
   * "a spokesman for the Bank of England said": the phrase `np` before the cue is the object of an
   * affiliation ("for", "at", "with", "from", "close to") after a role noun; the whole phrase
   * speaks (the resolver reads the role as its head and the body as its entity). Null otherwise.
   */
  const affiliateLeft = (np: TokRange, lo: number): TokRange | null => {
    let p = np.a - 1;
    // "a spokesman for presidential candidate Hillary Clinton": a lower-case title before the name
    if (p > lo && tokens[p].pos === 'NOUN' && tokens[np.a].pos === 'PROPN' && !blocked(p)) {
      const title = npLeft(tokens, p, lo, blocked, lex.unnamed);
      if (title) p = title.a - 1;
    }
    if (p - 1 < lo || blocked(p) || TIME_NOUNS.has(tokens[np.b - 1].norm)) return null;
    if (tokens[p].norm === 'to' && tokens[p - 1].norm === 'close') p--;
    else if (!AFFILIATION_PREPS.has(tokens[p].norm)) return null;
    if (p - 1 < lo) return null;
    const head = npLeft(tokens, p - 1, lo, blocked, lex.unnamed);
    return head && affiliatedRole(head.b - 1) ? { a: head.a, b: np.b } : null;
  };

  /** "said a spokeswoman for the Interior Ministry": a role phrase extended by its affiliation (see `affiliateLeft`), else `sp`. */
  const affiliateRight = (sp: TokRange, hi: number): TokRange => {
    const b = sp.b;
    if (b + 1 >= hi || blocked(b) || !affiliatedRole(b - 1)) return sp;
    let from = -1;
    if (AFFILIATION_PREPS.has(tokens[b].norm)) from = b + 1;
    else if (tokens[b].norm === 'close' && tokens[b + 1].norm === 'to') from = b + 2;
    if (from < 0) return sp;
    const obj = npRight(tokens, from, hi, blocked, lex.unnamed);
    if (!obj || TIME_NOUNS.has(tokens[obj.b - 1].norm)) return sp;
    return { a: sp.a, b: withModifiers(obj.b, hi) };
  };

  /**
   * "A man in Dover said", "Dan Lee at the National Review agreed": when the phrase before the cue
   * follows in/near/at/from, it tells where the speaker is or works, not who speaks; the head before
   * the preposition speaks if it can (an unnamed-speaker noun, a plural agent, a name). Null otherwise.
   */
  const locatedHead = (sp: TokRange, lo: number): TokRange | null => {
    if (sp.a - 2 < lo || tokens[sp.a - 1].pos !== 'ADP') return null;
    const prep = tokens[sp.a - 1].norm;
    if (prep !== 'in' && prep !== 'near' && prep !== 'at' && prep !== 'from') return null;
    const head = npLeft(tokens, sp.a - 2, lo, blocked, lex.unnamed);
    const ht = head ? tokens[head.b - 1] : null;
    if (!head || !ht || TIME_NOUNS.has(ht.norm)) return null;
    const hn = ht.norm;
    const speaks = lex.unnamed.has(hn) || (agentPlural(hn) && (!capitalised(ht) || sentenceOf(head.a).firstToken === head.b - 1)) || ht.pos === 'PROPN';
    return speaks ? { a: head.a, b: head.b } : null;
  };

  /** "X said: “A”", "X said, “A”", "X said that “A”", "X: ‘A’" before an opening mark at token k (the mark). */
  const cueBefore = (k: number): { cue: TokRange | null; speaker: TokRange | null; via: TokRange | null; rule: string } | null => {
    const sent = sentenceOf(k);
    const lo = sent.firstToken;
    let j = k - 1;
    if (j < lo) return null;
    let colon = false;
    while (j >= lo && (tokens[j].text === ',' || tokens[j].text === ':' || (tokens[j].norm === 'that' && tokens[j].pos !== 'DET'))) {
      if (tokens[j].text === ':') colon = true;
      j--;
    }
    if (j < lo || blocked(j)) return null;
    const f = cueForm(j);
    // "so-called “...”" is a scare quote, not a cue
    if (f && j - 1 >= lo && tokens[j - 1].text === '-') return null;
    // "called the show “...”": after an article or a possessive the cue word is a noun (with a colon
    // the noun introduces the quote: "my answer: “...”")
    if (f && !colon && j === k - 1 && j - 1 >= lo && (tokens[j - 1].norm === 'the' || tokens[j - 1].norm === 'a' || tokens[j - 1].norm === 'an' || POSSESSIVE_PRON.has(tokens[j - 1].norm))) return null;
    if (f && f.cls === 'speech') {
      const left = skipBetweenLeft(j - 1, lo);
      let sp = left >= lo ? npLeft(tokens, left, lo, blocked, lex.unnamed) : null;
      // "a spokesman for the Bank of England said:": the role with its body speaks
      if (sp) sp = affiliateLeft(sp.a - 2 >= lo && tokens[sp.a - 1].norm === 'of' ? ofHead(sp, lo) : sp, lo) ?? locatedHead(sp, lo) ?? sp;
      if (!sp && left >= lo && tokens[left].text === ',') sp = appositive(left, lo);
      if (!sp || f.shape === 'ing') sp = sp && f.shape !== 'ing' ? sp : clauseSubject(lo, j) ?? sp;
      if (!sp) return null;
      return { cue: { a: j, b: j + 1 }, speaker: sp, via: null, rule: 'quotes/cue-before' };
    }
    // inverted with the speaker before the mark: "said Smith: “A”" (not "called the plan “A”")
    const np = npLeft(tokens, j, lo, blocked, lex.unnamed);
    if (np && j < k - 1 && np.a - 1 >= lo && cueForm(np.a - 1)?.cls === 'speech') return { cue: { a: np.a - 1, b: np.a }, speaker: np, via: null, rule: 'quotes/cue-before' };
    // headline style "Name: ‘A’"
    if (colon && np && np.a === lo) return { cue: null, speaker: np, via: null, rule: 'quotes/colon' };
    return null;
  };

  /**
   * The phrase a relative clause or an appositive hangs on, from the phrase `np` right before it:
   * "the mayor of the city, who ..." → "the mayor of the city" (not "the city"), and "Keith Vaz,
   * chairman of the committee, who ..." → "Keith Vaz" (a capitalised name before a lower-case role
   * with "of", not after a preposition: "In London, the mayor of the city" names no one).
   */
  const roleHead = (np: TokRange, lo: number): TokRange => {
    let r = np;
    // "ROLE of X": the role is the head
    while (r.a - 2 >= lo && tokens[r.a - 1].norm === 'of' && !blocked(r.a - 1)) {
      const role = npLeft(tokens, r.a - 2, lo, blocked, lex.unnamed);
      if (!role || tokens[role.b - 1].pos !== 'NOUN' || capitalised(tokens[role.b - 1])) break;
      r = { a: role.a, b: r.b };
    }
    if (r === np) return np;
    // "NAME, ROLE of X": the name
    if (r.a - 2 >= lo && tokens[r.a - 1].text === ',') {
      const name = npLeft(tokens, r.a - 2, lo, blocked, lex.unnamed);
      if (name && tokens[name.b - 1].pos === 'PROPN' && capitalised(tokens[name.b - 1]) && !(name.a - 1 >= lo && tokens[name.a - 1].pos === 'ADP')) return name;
    }
    return r;
  };

  /**
   * The speaker of an "X of Y" subject, from `np` (the Y next to the cue): a role's head ("the
   * mayor of Leeds" → "the mayor", "the wife of the mayor of Leeds" → "the wife"), or the whole name
   * when X is a capitalised part of it ("the Bank of England"); a partitive or a time ("a group of
   * protesters", "the week of") or a thing ("the text of the law") leaves Y. Quirk et al. 1985 §17.37-17.38.
   */
  const ofHead = (np: TokRange, lo: number): TokRange => {
    let r = np;
    while (r.a - 2 >= lo && tokens[r.a - 1].norm === 'of' && !blocked(r.a - 1)) {
      const x = npLeft(tokens, r.a - 2, lo, blocked, lex.unnamed);
      if (!x) break;
      const h = tokens[x.b - 1];
      if (TIME_NOUNS.has(h.norm) || PARTITIVE.has(h.norm)) break;
      // a capital that only starts the sentence ("Members of Congress said") names nothing
      if (capitalised(h) && sentenceOf(x.b - 1).firstToken !== x.b - 1) r = { a: x.a, b: r.b };
      else if ((h.pos === 'NOUN' || h.pos === 'PROPN') && roleNoun(h.norm, lex.unnamed)) r = x;
      else break;
    }
    return r;
  };

  /** "A Gallup poll last month": the phrase before a trailing "last/this/next/past + time" when a noun heads it, else `r`. */
  const timeTail = (r: TokRange): TokRange => {
    for (let m = r.a + 1; m < r.b - 1; m++) {
      const w = tokens[m].norm;
      if (w !== 'last' && w !== 'this' && w !== 'next' && w !== 'past' && w !== 'earlier') continue;
      const h = tokens[m - 1];
      // ("Late last month": an adverb of time the tagger took for a noun)
      return (h.pos === 'NOUN' || h.pos === 'PROPN') && !TIME_NOUNS.has(h.norm) && h.norm !== 'late' && h.norm !== 'early' ? { a: r.a, b: m } : r;
    }
    return r;
  };

  /**
   * "Center for American Progress", "the Committee for a Responsible Federal Budget", "Americans for
   * Prosperity": "for" between two capitalised phrases is inside one organisation's name (the
   * tagger ends the phrase at the preposition); returns the joined phrase, else `np` itself.
   */
  const nameWithFor = (np: TokRange, lo: number): TokRange => {
    const p = np.a - 1;
    if (p - 1 < lo || tokens[p].norm !== 'for' || blocked(p)) return np;
    const first = tokens[np.a].norm === 'a' || tokens[np.a].norm === 'the' ? np.a + 1 : np.a;
    if (first >= np.b || !capitalised(tokens[first])) return np;
    const h = tokens[p - 1];
    // a capital that only starts the sentence names nothing by itself ("Officials for the city")
    if (!capitalised(h) || (h.pos !== 'PROPN' && sentenceOf(p - 1).firstToken === p - 1)) return np;
    const x = npLeft(tokens, p - 1, lo, blocked, lex.unnamed);
    return x ? { a: x.a, b: np.b } : np;
  };

  /** The speaker of "X, <appositive>, said": the phrase before the previous comma. */
  let apposFrom = -1; // where the last appositive construction starts ("its director, Marco Feld,")
  const appositive = (comma: number, lo: number): TokRange | null => {
    for (let c = comma - 1; c >= Math.max(lo, comma - 16); c--) {
      if (blocked(c)) return null;
      if (tokens[c].text === ',') {
        let sp = npLeft(tokens, c - 1, lo, blocked, lex.unnamed);
        // "X, who ..., said": the clause hangs on X, which may be a role ("the mayor of the city")
        if (sp && c + 1 < comma && (tokens[c + 1].norm === 'who' || tokens[c + 1].norm === 'which')) sp = roleHead(sp, lo);
        apposFrom = sp ? sp.a : c + 1;
        // "its director, Marco Feld, said": the name between the commas says more than the role
        const inner = npLeft(tokens, comma - 1, c + 1, blocked, lex.unnamed);
        if (sp && inner && inner.a === c + 1 && !capitalised(tokens[sp.b - 1]) && capitalised(tokens[inner.b - 1]) && tokens[inner.b - 1].pos === 'PROPN') return inner;
        return sp;
      }
    }
    return null;
  };

  /** Attributes chain `c` by an adjacent cue; returns the last chain index it took (an interrupted quote takes two). */
  const attributeChain = (c: number): number => {
    const own = c; // the chain's index (c moves on when an interrupted quote takes the next chain)
    const chain = chains[c];
    const first = chain[0];
    if (first.single && first.block >= 0 && structure.blocks[first.block].kind === 'body') return c;
    const last = chain[chain.length - 1];
    let found: Draft | null = null;
    if (last.close >= 0) {
      // a quote that ends its sentence with a full stop (not a question or an exclamation); segments are never empty
      const endChar = text.charCodeAt(last.end - 1);
      const after = cueAfter(tokenAt(last.closeEnd), last.block, endChar === 0x2e || endChar === 0x2026);
      if (after && (!after.cue || consumed[after.cue.a] !== 1)) {
        found = mkDraft(chain, quotedKind(chain), after.cue, after.speaker, null, after.cue ? 'quotes/cue-after' : 'quotes/signature');
        // interrupted: "“A,” he said, “B.”", "“A,” he said. “B.”", "“A,” he said of X, referring to Y, “B.”"
        const nextSeg = c + 1 < chains.length ? chains[c + 1][0] : null;
        let between = nextSeg && nextSeg.block === last.block;
        if (nextSeg && between) {
          const to = tokenAt(nextSeg.open);
          if (to - after.next > MAX_INTERRUPTION) between = false;
          for (let k = after.next; between && k < to; k++) {
            // another speaker's cue in between starts another statement
            const f = cueForm(k);
            if (f && f.cls === 'speech' && f.shape !== 'ing' && !blocked(k) && verbish(k, f, sentenceOf(k).firstToken, sentenceOf(k).endToken)) between = false;
          }
        }
        // the resumed part ends its sentence ("..., he said, “B.”"); a phrase inside a new sentence is not a resumption
        if (nextSeg && between) {
          const nextLast = chains[c + 1][chains[c + 1].length - 1];
          const ti = tokenAt(nextLast.closeEnd);
          if (nextLast.close >= 0 && ti < n && tokens[ti].sentence === tokens[Math.max(0, ti - 1)].sentence && !END_PUNCT.has(tokens[ti].text) && tokens[ti].text !== ',' && sentenceOf(ti).block === nextLast.block) between = false;
        }
        if (nextSeg && between) {
          const nb = cueAfter(tokenAt(chains[c + 1][chains[c + 1].length - 1].closeEnd), nextSeg.block, false);
          if (!nb || chains[c + 1][chains[c + 1].length - 1].close < 0) {
            found.segs.push(...chains[c + 1]);
            found.parts = partsOf(found.segs);
            chainDraft[c + 1] = found;
            c++;
          }
        }
      }
    }
    if (!found) {
      const before = cueBefore(tokenAt(first.open));
      if (before && (!before.cue || consumed[before.cue.a] !== 1)) found = mkDraft(chain, quotedKind(chain), before.cue, before.speaker, null, before.rule);
    }
    if (found) {
      chainDraft[own] = found;
      if (found.cue) for (let i = found.cue.a; i < found.cue.b; i++) consumed[i] = 1;
      drafts.push(found);
    }
    return c;
  };
  for (let c = 0; c < chains.length; c++) c = attributeChain(c);

  /** A quote that starts in lower case is a fragment of a sentence: partial; else a direct quote. */
  function quotedKind(chain: Segment[]): Kind {
    const c = text.charCodeAt(chain[0].start);
    return c >= 97 && c <= 122 ? 'partial' : 'direct';
  }

  function mkDraft(chain: Segment[], kind: Kind, cue: TokRange | null, speaker: TokRange | null, via: TokRange | null, rule: string): Draft {
    const ti = tokenAt(chain[0].start);
    return newDraft(
      partsOf(chain),
      kind,
      cue,
      speaker,
      via,
      rule,
      tokens[Math.min(ti, n - 1)].sentence,
      Math.min(chain[0].open, speaker ? tokens[speaker.a].start : Infinity, cue ? tokens[cue.a].start : Infinity),
      false,
      false,
      chain.slice(),
    );
  }

  // 3. the cue walk over reported speech --------------------------------------------------------
  const sentenceDrafts: Draft[] = [];
  /** Finds the attributions of one sentence. */
  const walkSentence = (sent: Sentence): void => {
    const lo = sent.firstToken;
    const hi = sent.endToken;
    const here: Draft[] = [];
    for (let i = lo; i < hi; i++) {
      // `cand` holds the unquoted tokens that start a cue (blocked ones are not candidates)
      if (cand[i] === 0 || consumed[i] === 1) continue;
      i = cueAt(i, sent, lo, hi, here);
    }
    settleSentence(here, hi);
  };

  /** "according to X" at token i (`len` words): X's content before or after it, added to `here`; returns the token to go on after. */
  const accordingTo = (i: number, len: number, sent: Sentence, lo: number, hi: number, here: Draft[]): number => {
    const sp0 = npRight(tokens, i + len, hi, blocked, lex.unnamed);
    if (!sp0) return i;
    // "according to a spokesman for the ministry": the role with its body speaks
    const sp = affiliateRight(sp0, hi);
    let spEnd = sp.b;
    // "according to X, a spokesman for Y," / "according to a report by X"
    while (spEnd < hi && (tokens[spEnd].norm === 'of' || tokens[spEnd].norm === 'from' || tokens[spEnd].norm === 'by' || tokens[spEnd].norm === 'at') && !blocked(spEnd)) {
      const more = npRight(tokens, spEnd + 1, hi, blocked, lex.unnamed);
      if (!more) break;
      spEnd = more.b;
    }
    let parts: Offsets[] = [];
    // "And, according to X, ...": a connector or an adverb before the cue is no statement
    let w0 = lo;
    while (w0 < i && (isPunct(w0) || tokens[w0].pos === 'CCONJ' || tokens[w0].pos === 'ADV' || tokens[w0].pos === 'SCONJ')) w0++;
    const beforeR = w0 < i ? contentRange(lo, i) : null;
    let afterStart = spEnd;
    if (afterStart < hi && tokens[afterStart].text === ',') {
      // skip an appositive after the source: "according to X, a Y,"
      let c = afterStart + 1;
      while (c < Math.min(hi, afterStart + 12) && tokens[c].text !== ',' && !blocked(c)) c++;
      if (c < hi && tokens[c].text === ',' && beforeR === null && c + 1 < hi && CLAUSE_START.has(tokens[c + 1].pos) && tokens[afterStart + 1].pos === 'DET') afterStart = c;
    }
    const afterR = contentRange(afterStart, hi);
    if (beforeR) parts.push(beforeR);
    if (afterR) parts.push(afterR);
    if (parts.length === 0) return i;
    here.push(newDraft(parts, 'indirect', { a: i, b: i + len }, sp, null, 'quotes/according-to', sent.index, tokens[i].start, !beforeR, false, []));
    return spEnd - 1;
  };

  /** Who speaks through the cue at token i (a subject on the left, inverted on the right, an appositive, a relative clause's head, the clause subject). */
  const speakerOf = (i: number, cueEnd: number, form: CueForm, relay: boolean, lo: number, hi: number): SpeakerFind => {
    let speaker: TokRange | null = null;
    let inverted = false;
    let relative = false;
    let relPronoun: number | undefined;
    let appositiveStart = -1;
    const j = skipBetweenLeft(i - 1, lo);
    const invR0 = form.shape !== 'ing' ? npRight(tokens, cueEnd, hi, blocked, lex.unnamed) : null;
    const invR = invR0 && affiliateRight(invR0, hi);
    const invEnds = invR && (invR.b >= hi || END_PUNCT.has(tokens[invR.b].text) || tokens[invR.b].text === ',' || isMark[invR.b]);
    if (j < lo || tokens[j].text === ',' || isMark[j] || tokens[j].text === '—') {
      if (invR && invEnds && j >= lo && form.shape !== 'base' && INVERTING.has(form.lemma) && !NON_SPEAKER_HEADS.has(tokens[invR.b - 1].norm)) {
        speaker = invR;
        inverted = true;
      } else if (form.shape === 'ing' || relay) {
        speaker = clauseSubject(lo, i);
      } else if (j >= lo && tokens[j].text === ',') {
        speaker = appositive(j, lo);
        if (speaker) appositiveStart = apposFrom;
      }
    } else if (tokens[j].norm === 'and' || tokens[j].norm === 'but') {
      speaker = clauseSubject(lo, i);
    } else if ((tokens[j].norm === 'who' || tokens[j].norm === 'that') && j - 1 >= lo) {
      const k = tokens[j - 1].text === ',' ? j - 2 : j - 1;
      speaker = k >= lo ? npLeft(tokens, k, lo, blocked, lex.unnamed) : null;
      // "Keith Vaz, chairman of the committee, who ..., said": the clause hangs on the name the
      // role phrase describes, not on the object of the role's "of"
      if (speaker) speaker = roleHead(speaker, lo);
      if (speaker) relPronoun = j;
    } else {
      speaker = npLeft(tokens, j, lo, blocked, lex.unnamed);
      // "The mayor of Leeds said": the head of an "X of Y" subject speaks, not Y
      const near = speaker;
      if (speaker && speaker.a - 2 >= lo && tokens[speaker.a - 1].norm === 'of') speaker = ofHead(speaker, lo);
      // "The Committee for a Responsible Federal Budget said", "the head of the Center for American Progress said"
      if (speaker) {
        const joined = nameWithFor(speaker, lo);
        if (joined !== speaker) speaker = joined.a - 2 >= lo && tokens[joined.a - 1].norm === 'of' ? ofHead(joined, lo) : joined;
      }
      const viaOf = speaker;
      // "A spokesman for the Bank of England said", "a source close to X said": the role speaks for the body
      const aff = speaker ? affiliateLeft(speaker, lo) : null;
      if (aff) speaker = aff;
      else if (speaker) speaker = locatedHead(speaker, lo) ?? speaker;
      // a head after a preposition or a verb is an object, not the subject ("an interview with the
      // editorial board of the Washington Post Trump said"): the speaker is the phrase next to the cue
      if (speaker === viaOf && speaker !== near && speaker && speaker.a - 1 >= lo && (tokens[speaker.a - 1].pos === 'ADP' || tokens[speaker.a - 1].pos === 'VERB')) speaker = near;
      // "One engineer who worked on the embankments told ...": the phrase before the cue is the object
      // of a preposition inside a relative clause; the speaker is the head the clause hangs on
      // ("The doctors who treated him said", "Residents who fled the fire said": the phrase before
      // the cue, if any, is the object of the clause's verb)
      const inner = speaker ? (speaker.a - 1 >= lo && (tokens[speaker.a - 1].pos === 'ADP' || tokens[speaker.a - 1].pos === 'VERB') ? speaker.a : -1) : j;
      if (inner > lo && !blocked(inner)) {
        const subj = clauseSubject(lo, i);
        const rel = subj && subj.b + 1 < inner ? tokens[subj.b].norm : '';
        // "that" is a relative pronoun only as the clause's subject ("officials that spoke"); else it opens
        // an appositive clause ("the fact that we ...", "small wonder that governments ...")
        // (after a preposition's object, as before: the tagger may call the verb a noun, "any business that tips off X")
        const nx = rel === 'that' ? tokens[subj!.b + 1].pos : '';
        const thatSubject = nx === 'VERB' || nx === 'AUX' || nx === 'ADV' || (rel === 'that' && speaker !== null && tokens[speaker.a - 1].pos === 'ADP');
        if (subj && (rel === 'who' || rel === 'which' || (thatSubject && !SPEECH_NOUN_SET.has(tokens[subj.b - 1].norm)))) speaker = subj;
      }
      if (!speaker && form.shape === 'ing') speaker = clauseSubject(lo, i);
      if (speaker && speaker.a - 1 >= lo && ['which', 'that', 'who', 'whom'].includes(tokens[speaker.a - 1].norm)) relative = true;
    }
    if (speaker && NON_SPEAKER_HEADS.has(tokens[speaker.b - 1].norm) && speaker.b - speaker.a === 1) speaker = null;
    // "A Gallup poll last month showed": the time phrase ends the subject's phrase
    if (speaker && TIME_NOUNS.has(tokens[speaker.b - 1].norm)) speaker = timeTail(speaker);
    if (speaker && TIME_NOUNS.has(tokens[speaker.b - 1].norm)) {
      // "Sanders on Tuesday said": a time adverbial between the subject and its verb
      const p = speaker.a - 1 >= lo && tokens[speaker.a - 1].norm === 'on' ? speaker.a - 2 : speaker.a - 1;
      const before = !inverted && form.shape !== 'ing' && p >= lo && (tokens[p].pos === 'PROPN' || tokens[p].pos === 'NOUN') ? npLeft(tokens, p, lo, blocked, lex.unnamed) : null;
      if (before && !TIME_NOUNS.has(tokens[before.b - 1].norm)) speaker = before;
      else speaker = form.shape === 'ing' || !inverted ? clauseSubject(lo, i) : null;
      if (speaker && TIME_NOUNS.has(tokens[speaker.b - 1].norm)) speaker = timeTail(speaker);
    }
    if (speaker && speaker.a >= i && !inverted) speaker = null;
    return { speaker, inverted, relative, relPronoun, appositiveStart, invR };
  };

  /**
   * Whether a comma or a dash at token k ends an object's phrase: when a new clause follows (a
   * subject and its verb: "saw Campos, Paddock fired"), a participle of the subject's own
   * ("praised X, declaring ..."), or a subordinator ("..., when ..."). An appositive, a list
   * item, ", including ..." or a parenthesis does not; returns where to go on, or -1.
   */
  const asideEnd = (k: number, hi: number, participleEnds: boolean): number => {
    const w = tokens[k];
    if (w.text === '(') {
      for (let c = k + 1; c < Math.min(hi, k + 14); c++) if (tokens[c].text === ')') return c;
      return -1;
    }
    if (w.text === '-' && !(w.start > 0 && /\s/.test(text[w.start - 1]))) return k;
    if (k + 1 >= hi) return -1;
    // a pair of dashes: "moderate Republicans — a third of the base — are ..."
    if (DASHES.has(w.text)) for (let c = k + 1; c < Math.min(hi, k + 20); c++) if (tokens[c].text === w.text && !blocked(c)) return c;
    const nx = tokens[k + 1];
    if (nx.norm === 'including' || nx.norm === 'such') return k;
    if (nx.pos === 'SCONJ' || CONCESSIVE.has(nx.norm) || nx.norm === 'but' || nx.norm === 'so') return -1;
    if (nx.pos === 'VERB' || nx.pos === 'AUX') {
      // "shows Smith ahead, followed by Jones", "found X leading, ...": the finding goes on
      const participle = nx.norm.endsWith('ing') || (k + 2 < hi && tokens[k + 2].norm === 'by') || (k + 3 < hi && tokens[k + 2].pos === 'ADV' && tokens[k + 3].norm === 'by');
      return participle && !participleEnds ? k : -1;
    }
    if (nx.norm === 'who' || nx.norm === 'which' || nx.norm === 'whose' || nx.norm === 'whom') {
      for (let c = k + 2; c < Math.min(hi, k + 20); c++) if (tokens[c].text === ',' && !blocked(c)) return c;
      return -1;
    }
    const np = npRight(tokens, k + 1, hi, blocked, lex.unnamed);
    if (np) {
      let v = np.b;
      while (v < hi && tokens[v].pos === 'ADV') v++;
      if (v < hi && (tokens[v].pos === 'AUX' || (tokens[v].pos === 'VERB' && !tokens[v].norm.endsWith('ing')))) return -1;
      // an appositive between commas: "Douglas Band, an adviser to Clinton, seeking ..."
      if (np.b < hi && tokens[np.b].text === ',' && w.text === ',') return np.b;
    }
    return k;
  };

  /**
   * What follows a cue at token a (Quirk et al. 1985, ch. 16: verb complementation): a
   * clause (a "that"/wh-/if clause, a quote, a colon, or a zero-that clause: a subject and then a
   * finite verb), an infinitive ("to act"), a small clause (an object with its predicate: "urged
   * Congress to act", "sees X as Y", "called him a liar", "accused X of lying"), or a bare object
   * ("praised the troops", "warned of a crisis"). `end` is where an object and its predicate end:
   * the next clause boundary (a comma, a dash, "and" + a new verb).
   */
  const complementAt = (a: number, hi: number, participleEnds: boolean): ComplementFind => {
    // "suggest, however, that ...": adverbs before the complement
    while (a < hi && (tokens[a].pos === 'ADV' || tokens[a].text === ',') && !COMPLEMENTIZERS.has(tokens[a].norm) && !blocked(a)) a++;
    if (a >= hi) return { kind: 'none', end: hi, head: -1, toVerb: -1, pred: null };
    const t = tokens[a];
    if (isMark[a] || segOf[a] >= 0 || t.text === ':' || COMPLEMENTIZERS.has(t.norm)) return { kind: 'clause', end: hi, head: -1, toVerb: -1, pred: null };
    if (t.norm === 'to' && a + 1 < hi && (tokens[a + 1].pos === 'VERB' || tokens[a + 1].pos === 'AUX')) return { kind: 'infinitive', end: hi, head: -1, toVerb: -1, pred: null };
    // "warned of a crisis", "responded to the attack": a prepositional object names the topic
    const pp = t.pos === 'ADP' ? 1 : 0;
    let np: TokRange | null = npRight(tokens, a + pp, hi, blocked, lex.unnamed);
    if (!np && tokens[a + pp]?.pos === 'PRON' && !NON_SPEAKER_HEADS.has(tokens[a + pp].norm)) np = { a: a + pp, b: a + pp + 1 };
    // "the public", "the poor": an adjective as a noun
    if (!np && a + pp + 1 < hi && tokens[a + pp].pos === 'DET' && tokens[a + pp + 1].pos === 'ADJ') np = { a: a + pp, b: a + pp + 2 };
    if (!np) return { kind: t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADV' ? 'clause' : 'other', end: hi, head: -1, toVerb: -1, pred: null };
    let kind: Complement = 'object';
    let toVerb = -1;
    let pred: ComplementFind['pred'] = null;
    let relativeVerb = false;
    let k = np.b;
    for (; k < hi; k++) {
      const w = tokens[k];
      if (blocked(k)) {
        // a quoted predicate right after the object: "called the plan “a disaster”"
        if (isMark[k] && k === np.b) {
          kind = 'small';
          pred = 'quote';
        }
        // "accused the union of “holding the city hostage”"
        if (kind === 'object' && isMark[k - 1] && w.pos === 'VERB' && w.norm.endsWith('ing') && (tokens[k - 2].norm === 'of' || tokens[k - 2].norm === 'for')) {
          kind = 'small';
          pred = 'fact';
        }
        continue;
      }
      if (w.text === ',' || w.text === '(' || DASHES.has(w.text)) {
        const go = asideEnd(k, hi, participleEnds);
        if (go < 0) break;
        k = go;
        continue;
      }
      if (w.text === ';' || END_PUNCT.has(w.text)) break;
      if (w.pos === 'CCONJ') {
        // "praised X and said ...": a new verb phrase of the same subject
        let v = k + 1;
        while (v < hi && tokens[v].pos === 'ADV') v++;
        if (v < hi && (tokens[v].pos === 'VERB' || tokens[v].pos === 'AUX')) break;
        // "..., and then he left": a new subject with its verb is a new clause
        const subj = npRight(tokens, v, hi, blocked, lex.unnamed);
        if (subj) {
          let f = subj.b;
          while (f < hi && tokens[f].pos === 'ADV') f++;
          if (f < hi && (tokens[f].pos === 'AUX' || (tokens[f].pos === 'VERB' && !tokens[f].norm.endsWith('ing')))) break;
        }
        continue;
      }
      // "said Monday that ...", "denied the claim that ...": the clause after a time or a speech noun
      // (after a content noun the head is kept: the that-clause is the content, the noun part of the cue)
      if (w.norm === 'that' && k === np.b && (TIME_NOUNS.has(tokens[k - 1].norm) || SPEECH_NOUN_SET.has(tokens[k - 1].norm) || lex.statementNouns.has(tokens[k - 1].norm))) {
        // (only a subject and its verb make it a that-clause: "reports that question his account" is a
        // relative clause)
        return { kind: 'clause', end: hi, head: SPEECH_NOUN_SET.has(tokens[k - 1].norm) && !blocked(k) && subjectVerbAt(k + 1, hi) ? k - 1 : -1, toVerb: -1, pred: null };
      }
      if (RELATIVES.has(w.norm) && k >= np.b) {
        relativeVerb = true;
        continue;
      }
      if (w.pos === 'VERB' || w.pos === 'AUX') {
        const prev = tokens[k - 1];
        if (prev.norm === 'to') {
          if (kind === 'object' && k - 1 === np.b) {
            kind = 'small';
            pred = 'to';
            toVerb = k;
          }
          continue;
        }
        if (w.norm.endsWith('ing')) {
          if ((prev.norm === 'for' || prev.norm === 'of') && kind === 'object') {
            kind = 'small';
            pred = 'fact';
          }
          continue;
        }
        if (relativeVerb) {
          relativeVerb = false;
          continue;
        }
        // a past participle after a noun ("the emails sent by X") is a reduced relative, unless a subject comes first
        if (w.norm.endsWith('ed') && k + 1 < hi && tokens[k + 1].norm === 'by') continue;
        return { kind: 'clause', end: hi, head: -1, toVerb, pred: null };
      }
      if (w.norm === 'as' && k === np.b) {
        kind = 'small';
        pred = 'as';
      }
      // "called him a liar": a second noun phrase predicates on the first
      if (k === np.b && (w.pos === 'DET' || w.pos === 'ADJ') && np.b - np.a === 1 && tokens[np.a].pos === 'PRON') {
        kind = 'small';
        pred = 'np';
      }
    }
    return { kind, end: k, head: np.b - 1, toVerb, pred };
  };

  /** Whether a determiner at token j opens a noun phrase headed by a statement noun ("an assertion", "a false claim"). */
  const summativeAppositive = (j: number, hi: number): boolean => {
    if (tokens[j].pos !== 'DET') return false;
    for (let k = j + 1; k < hi && k <= j + 3; k++) {
      if (SPEECH_NOUN_SET.has(tokens[k].norm)) return true;
      if (tokens[k].pos !== 'ADJ' && tokens[k].pos !== 'ADV') return false;
    }
    return false;
  };

  /** The content of the cue at token i (`found`: its speaker), as a draft added to `here`; returns the token to go on after. */
  const reported = (i: number, cueEnd: number, form: CueForm, relay: boolean, found: SpeakerFind, sent: Sentence, lo: number, hi: number, here: Draft[]): number => {
    const { speaker, inverted, relative, relPronoun, appositiveStart, invR } = found;
    // relays: "quoting X's order to ...", "citing officials"
    let via: TokRange | null = null;
    let contentStart = inverted ? invR!.b : cueEnd;
    let relayTarget: TokRange | null = null;
    if (relay) {
      relayTarget = npRight(tokens, cueEnd, hi, blocked, lex.unnamed);
      if (!relayTarget) return i;
      via = speaker;
      contentStart = relayTarget.b;
      // the relayed words follow as "as saying ...", "that ...", "to “...”", ": ..." or a quote; else the relay only names a source
      const lead = contentStart < hi ? tokens[contentStart] : null;
      if (lead && (RELAY_LEADS.has(lead.norm) || isMark[contentStart])) {
        while (contentStart < hi && RELAY_LEADS.has(tokens[contentStart].norm)) contentStart++;
      } else contentStart = hi;
    } else if (form.addressee && !inverted && contentStart < hi) {
      let c = contentStart;
      const limit = Math.min(hi, contentStart + 10);
      while (c < limit && tokens[c].norm !== 'that' && tokens[c].text !== ',' && !blocked(c)) c++;
      if (c < limit && tokens[c].norm === 'that') contentStart = c + 1;
      else {
        const obj = tokens[contentStart].pos === 'PRON' && contentStart + 1 < hi && QUESTION_WORDS.has(tokens[contentStart + 1].norm) ? { a: contentStart, b: contentStart + 1 } : npRight(tokens, contentStart, hi, blocked, lex.unnamed);
        if (obj && obj.b < hi && CLAUSE_START.has(tokens[obj.b].pos) && tokens[contentStart].pos !== 'DET') contentStart = obj.b;
        // "asked Trump how he would ...", "told them what to expect": the embedded question is the content
        // ("if" and "when" open a question only after "ask": "told them when he arrived" is a time)
        else if (obj && obj.b < hi && QUESTION_WORDS.has(tokens[obj.b].norm) && (form.lemma === 'ask' || (tokens[obj.b].norm !== 'if' && tokens[obj.b].norm !== 'when'))) contentStart = obj.b;
        // "told USA Today." / "told reporters on Monday": only the addressee, nothing reported
        else if (obj && !segAhead(obj.b, hi) && !hasVerb(obj.b, hi)) return i;
      }
    }
    let parts: Offsets[] = [];
    let forward = true;
    let rule = relay ? 'quotes/relay' : form.cls === 'belief' ? 'quotes/belief' : 'quotes/reported';
    // an adverbial after the cue ("said on Monday that ...", "said in a statement that ..."): skip to "that"
    while (!inverted && !relay && contentStart < hi && tokens[contentStart].pos === 'ADP' && tokens[contentStart].norm !== 'that') {
      const pp = npRight(tokens, contentStart + 1, hi, blocked, lex.unnamed);
      if (!pp || !TIME_NOUNS.has(tokens[pp.b - 1].norm)) break;
      contentStart = pp.b;
    }
    // a concessive or contrastive clause after a comma (", although ...", ", while ...") is the
    // writer's counterpoint, not part of what the speaker reported; so is a summative appositive that
    // names the statement itself (", an assertion Kyiv denies", ", a claim the ministry rejected":
    // Quirk et al. 1985, 17.72)
    let contentEnd = hi;
    if (!inverted && !relay) {
      for (let k = contentStart + 2; k < hi - 1; k++) {
        // a comma inside quote marks is the quoted speaker's; the writer's comma may come after them
        if (blocked(k)) continue;
        if (tokens[k].text === ',' && (CONCESSIVE.has(tokens[k + 1].norm) || summativeAppositive(k + 1, hi))) {
          contentEnd = k;
          break;
        }
      }
    }
    // the grammar of the cue decides what is reported: a clause is; a bare object is only for
    // verbs whose object is the information itself ("estimates 4,700 casualties"), not for those
    // that judge it ("praised the troops") or beliefs ("saw Campos"); an object's content ends
    // with the object and its predicate
    const comp = inverted || relay ? null : complementAt(contentStart, contentEnd, form.object !== 'content');
    // "want the public to believe X" is the wanter's aim, not anyone's stated belief
    if (comp && form.cls === 'belief' && comp.toVerb >= 0 && (cueForm(comp.toVerb)?.cls === 'belief' || KNOW_VERBS.has(tokens[comp.toVerb].norm))) return i;
    if (comp && (comp.kind === 'object' || comp.kind === 'small')) {
      const speechNoun = comp.head >= 0 && (SPEECH_NOUN_SET.has(tokens[comp.head].norm) || lex.statementNouns.has(tokens[comp.head].norm));
      if (form.cls === 'belief') {
        // "saw Campos", "felt a break": a thought needs a proposition; a want's object is what is wanted
        if (comp.kind === 'object' && form.object !== 'content') return i;
        contentEnd = Math.min(contentEnd, comp.end);
      } else if (form.object === 'judged') {
        // "criticized X for leaving", "hailed X as a victory", "dismissed X as fake": the predicate
        // on the object is the claim; the bare object ("praised the troops") is no statement
        if (!speechNoun && !(comp.pred === 'fact' || comp.pred === 'quote' || comp.pred === 'as')) return i;
        contentEnd = Math.min(contentEnd, comp.end);
      } else if (form.object === 'content') contentEnd = Math.min(contentEnd, comp.end);
    }
    // "rejected the claim that ...", "dismissed reports that ...", "denied allegations that ...": what is
    // claimed, reported or alleged is the appositive that-clause (Quirk et al. 1985, 17.26), which the
    // cue verb takes up; the cue stays the verb (the check rules read cues as verbs), and the walk
    // goes on after the noun (no cue starts inside it)
    let skipTo = cueEnd;
    // (only after verbs that take a stance on their object: after "said" the noun phrase may be the
    // subject of the reported clause, "said Lew's belief that he was targeted was honest")
    if (comp && comp.kind === 'clause' && comp.head >= 0 && comp.head + 2 < contentEnd && form.object === 'judged') {
      skipTo = comp.head + 1;
      contentStart = comp.head + 2;
    }
    let afterR = inverted ? null : contentRange(contentStart, contentEnd);
    // "CONTENT, X said after talks in Istanbul.": a verbless prepositional phrase after the cue is
    // an adverbial; the statement is before the speaker
    // (only when a statement stands before the speaker: "warned of a crisis" reports its topic)
    const statementBefore = !!speaker && speaker.a - 1 > lo && (tokens[speaker.a - 1].text === ',' || isMark[speaker.a - 1]);
    if (afterR && !relay && statementBefore && tokens[contentStart].pos === 'ADP' && tokens[contentStart].norm !== 'that' && !hasVerb(contentStart, hi)) afterR = null;
    // a time or a lone word is no statement ("announced Monday morning", "said via")
    if (afterR && !relay) {
      let words = 0;
      let timeOnly = true;
      for (let k = tokenAt(afterR.start); k < n && tokens[k].end <= afterR.end && (words < 2 || timeOnly); k++) {
        if (tokens[k].kind !== 'word' && tokens[k].kind !== 'number') continue;
        words++;
        if (!TIME_NOUNS.has(tokens[k].norm) && tokens[k].pos !== 'NUM' && tokens[k].pos !== 'ADP' && tokens[k].pos !== 'ADV') timeOnly = false;
      }
      if (words < 2 || timeOnly) afterR = null;
    }
    const spStart = speaker && speaker.a < i ? speaker.a : i;
    if (relay && !afterR) {
      // "..., citing officials": lends its source to the sentence's other attribution
      here.push(newDraft([], 'indirect', { a: i, b: cueEnd }, relayTarget, via, 'quotes/relay', sent.index, tokens[i].start, false, false, [], relayTarget));
      return cueEnd - 1;
    }
    if (inverted || !afterR) {
      // "CONTENT, X said." / "CONTENT, said X."
      let e = inverted ? i : spStart;
      if (e <= lo || !(tokens[e - 1].text === ',' || tokens[e - 1].text === '—' || isMark[e - 1])) return i;
      while (e > lo && (tokens[e - 1].text === ',' || tokens[e - 1].text === '—')) e--;
      const beforeR = contentRange(lo, e);
      if (!beforeR) return i;
      parts = [beforeR];
      forward = false;
      rule = 'quotes/cue-after';
    } else if (speaker && speaker.a < i && speaker.a - 1 > lo && tokens[speaker.a - 1].text === ',' && tokens[cueEnd]?.text === ',' && form.cls === 'speech' && (form.shape === 'ed' || form.shape === 's')) {
      // "The plan, he said, will fail."
      const beforeR = contentRange(lo, speaker.a - 1);
      if (beforeR) parts.push(beforeR);
      parts.push(afterR);
      rule = 'quotes/cue-inside';
    } else parts = [afterR];
    // a belief needs a proposition ("fear the dam could break", "see X as Y"), not just an object ("has not seen it")
    if (form.cls === 'belief' && form.object !== 'content') {
      const a = tokenAt(parts[0].start);
      const b = tokenAt(parts[parts.length - 1].end);
      let clause = false;
      for (let k = a; k < b && !clause; k++) clause = tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].norm === 'as' || tokens[k].norm === 'to';
      if (!clause) return i;
    }
    // a later attribution cuts an earlier content where its own words start: at an adjacent speaker, else at its cue
    const anchor = appositiveStart >= 0 ? tokens[appositiveStart].start : speaker && !inverted && !relay && speaker.b <= i && i - speaker.b <= 4 ? tokens[speaker.a].start : tokens[i].start;
    here.push(newDraft(parts, form.cls === 'belief' ? 'belief' : 'indirect', { a: i, b: cueEnd }, relay ? relayTarget : speaker, via, rule, sent.index, anchor, forward, relative, [], relayTarget, relPronoun));
    return (forward ? skipTo : cueEnd) - 1;
  };

  /**
   * "when asked whether ...", "was asked by a reporter if ...": a passive question names its asker only in
   * a by-phrase (else nobody: the speaker is unknown, the question is still reported); the answerer is
   * the clause's subject, not the speaker. Returns the token to go on after, or -1 when this is no such passive.
   */
  const askedPassive = (i: number, sent: Sentence, lo: number, hi: number, here: Draft[]): number => {
    const prev = i > lo ? tokens[i - 1].norm : '';
    let k = i + 1;
    let agent: TokRange | null = null;
    if (k < hi && tokens[k].norm === 'by') {
      agent = npRight(tokens, k + 1, hi, blocked, lex.unnamed);
      if (!agent) return -1;
      k = agent.b;
    } else if (!PASSIVE_BE.has(prev) && !ASKED_LEADS.has(prev)) return -1;
    if (k >= hi || !QUESTION_WORDS.has(tokens[k].norm) || blocked(k)) return -1;
    // the question ends at the clause's end: "When asked whom she supported, Ms. Sherry smiled"
    let e = k + 1;
    while (e < hi && !blocked(e) && !CLAUSE_ENDS.has(tokens[e].text) && !END_PUNCT.has(tokens[e].text)) e++;
    const r = e - k >= 3 ? contentRange(k, e) : null;
    if (!r) return -1;
    here.push(newDraft([r], 'indirect', { a: i, b: i + 1 }, agent, null, 'quotes/asked', sent.index, tokens[i].start, true, false, []));
    return e - 1;
  };

  /** The attribution whose cue candidate is token i (if any, added to `here`); returns the token to go on after. */
  const cueAt = (i: number, sent: Sentence, lo: number, hi: number, here: Draft[]): number => {
    const t = tokens[i];
    // phrase cues
    let phrase: { len: number; kind: 'according' | 'phrasal' } | null = null;
    // a candidate (see `tokenTables`): its word has an entry
    const entry = startList[startOf[i] - 1];
    for (const p of entry.phrases ?? NO_PHRASES) {
      if (i + p.words.length > hi) continue;
      let ok = true;
      for (let w = 1; w < p.words.length; w++) if (tokens[i + w].norm !== p.words[w]) ok = false;
      if (ok) {
        phrase = { len: p.words.length, kind: p.kind };
        break;
      }
    }
    if (phrase?.kind === 'according') return accordingTo(i, phrase.len, sent, lo, hi, here);
    let form = phrase ? cueForm(i) ?? { lemma: t.norm, cls: 'speech' as const, shape: t.norm.endsWith('ing') ? ('ing' as const) : t.norm.endsWith('s') ? ('s' as const) : ('ed' as const), addressee: false, object: 'open' as const } : cueForm(i);
    const relay = entry.relay;
    if (!form && !relay) return i;
    if (!form) form = { lemma: t.norm, cls: 'speech', shape: t.norm.endsWith('ing') ? 'ing' : 'ed', addressee: false, object: 'open' };
    if (!phrase && !verbish(i, form, lo, hi)) return i;
    // a Title Case headline capitalises every word, so capitals mark neither names nor the verb: only a
    // finite "X Says ..." / "Officials Believe ..." verb is trusted there; a gerund ("Guard Credited With
    // Finding Shooter") or a relay ("Citing") is read as a noun or modifier and makes no quote
    // ("Pope Accused Of Inaction", "Coroner Releases Autopsy Reports With ...": a form before a preposition
    // is a reduced passive or a noun there; "SPECIAL REPORT:" is a label)
    if (!phrase && titleCase(i) && (form.shape === 'ing' || relay || (i + 1 < hi && ((tokens[i + 1].pos === 'ADP' && tokens[i + 1].norm !== 'that') || tokens[i + 1].text === ':')))) return i;
    const cueEnd = phrase ? i + phrase.len : i + 1;
    if (!phrase && !relay && form.lemma === 'ask' && form.shape === 'ed') {
      const q = askedPassive(i, sent, lo, hi, here);
      if (q >= 0) return q;
    }
    const prevTok = i > lo ? tokens[i - 1] : null;
    if (relay && prevTok && (prevTok.pos === 'AUX' || prevTok.norm === 'was' || prevTok.norm === 'were')) return i;
    // "first reported by the Globe", "the facts reported by the government": a participle with its agent
    if (!phrase && form.shape === 'ed' && cueEnd < hi && tokens[cueEnd].norm === 'by') return i;
    // passives ("is expected to", "was told") have no speaker in their subject
    if (form.shape === 'ed' && i - 1 >= lo && PASSIVE_BE.has(tokens[skipAdverbsLeft(i - 1, lo)].norm)) return i;
    // a reduced relative is a passive too ("a man believed to be the gunman", "people suspected of
    // contact", "those thought to be infected", "hundreds feared dead"): an active belief verb takes a
    // clause or an object, not "of", "in" or a predicative adjective, and a raising verb's infinitive
    // follows only in the passive, so the noun before it is what is believed about, not who believes
    // (a clause may open with an adjective, "hoped electric utilities would"; "wanted to know" is active)
    if (form.cls === 'belief' && form.shape === 'ed' && !phrase && cueEnd + 1 < hi) {
      const nx = tokens[cueEnd];
      const after = tokens[cueEnd + 1];
      if (nx.norm === 'of' || nx.norm === 'in') return i;
      if (nx.pos === 'ADJ' && after.pos !== 'NOUN' && after.pos !== 'PROPN' && after.pos !== 'ADJ') return i;
      if (nx.norm === 'to' && (after.pos === 'VERB' || after.pos === 'AUX') && RAISING.has(form.lemma)) return i;
    }
    // speaker
    const found = speakerOf(i, cueEnd, form, relay, lo, hi);
    const { speaker, inverted } = found;
    // beliefs need someone who believes, right before the verb
    if (form.cls === 'belief' && (!speaker || inverted || form.shape === 'ing' && !relay)) return i;
    if (form.cls === 'belief' && speaker && tokens[speaker.b - 1].norm === 'i' || form.cls === 'belief' && speaker && tokens[speaker.b - 1].norm === 'you') return i;
    if (!speaker && !relay) return i;
    return reported(i, cueEnd, form, relay, found, sent, lo, hi, here);
  };

  /** Cuts forward contents at the next attribution of the sentence (relative clauses at a comma), shares relays, keeps the drafts. */
  const settleSentence = (here: Draft[], hi: number): void => {
    if (here.length === 0) return; // most sentences: nothing to settle
    // cut forward contents at the next attribution of the sentence; relative clauses at a comma
    for (let x = 0; x < here.length; x++) {
      const d = here[x];
      if (!d.forward) continue;
      const last = d.parts[d.parts.length - 1];
      let end = last.end;
      for (let y = 0; y < here.length; y++) {
        const o = here[y];
        if (o === d) continue;
        if (!(o.anchor > tokens[d.cue!.a].start && o.anchor < end)) continue;
        // "said he expects ...": an attribution right inside the content is nested in it, not a new clause;
        // only one after a clause boundary (", while analysts say", "and officials fear") ends this content
        const at = tokenAt(o.anchor);
        if (at - 1 >= 0 && (CONNECTORS.has(tokens[at - 1].norm) || isMark[at - 1])) end = o.anchor;
      }
      // a direct quote's own cue later in the sentence ("..., stating, “...”") ends this content too,
      // and so do a semicolon and ", but" (a new clause in the narrator's voice)
      for (let k = Math.max(d.cue!.b, tokenAt(last.start)); k < hi && tokens[k].start < end; k++) {
        if (consumed[k] === 1 || (!blocked(k) && (tokens[k].text === ';' || (tokens[k].text === ',' && tokens[k + 1]?.norm === 'but')))) {
          end = tokens[k].start;
          break;
        }
      }
      if (d.relative) {
        const startTok = tokenAt(last.start);
        for (let k = startTok; k < hi && tokens[k].start < end; k++) {
          if (tokens[k].text === ',' && !blocked(k)) {
            end = tokens[k].start;
            break;
          }
        }
      }
      if (end < last.end) {
        let b = tokenAt(end);
        while (b > 0 && tokens[b - 1].start >= last.start && CONNECTORS.has(tokens[b - 1].norm)) b--;
        const r = b > tokenAt(last.start) ? contentRange(tokenAt(last.start), b) : null;
        if (r) d.parts[d.parts.length - 1] = r;
        else d.parts.pop();
      }
    }
    // "according to X, Y said ...": X relays Y; relays without content lend their source to the other attribution
    const acc = here.filter((d) => d.rule === 'quotes/according-to');
    const relays = here.filter((d) => d.rule === 'quotes/relay' && d.parts.length === 0);
    for (const d of here) {
      if (d.rule === 'quotes/according-to' || d.rule === 'quotes/relay' || d.kind === 'belief') continue;
      if (acc.length && !d.via) {
        d.via = acc[0].speaker;
        acc[0].parts = [];
      }
      if (relays.length && !d.via) {
        d.via = d.speaker;
        d.speaker = relays[0].relayTarget ?? null;
      }
    }
    for (const d of here) if (d.parts.length > 0 && d.parts.every((p) => p.end > p.start)) sentenceDrafts.push(d);
  };
  for (const sent of sentences) walkSentence(sent);
  drafts.push(...sentenceDrafts);

  /** "LABEL: words" from token ti to offset `end` (a transcript turn), as a draft. */
  function transcript(ti: number, end: number): Draft | null {
    let k = ti;
    while (k < n && k - ti < 4 && tokens[k].kind === 'word' && capitalised(tokens[k])) k++;
    if (k === ti || k >= n || tokens[k].text !== ':' || tokens[k].start >= end) return null;
    const label = text.slice(tokens[ti].start, tokens[k - 1].end);
    // a label is an all-caps speaker tag or a full name, not "Update:" or "Note:"
    if (!(label === label.toUpperCase() && /[A-Z]{2}/.test(label)) && !(k - ti >= 2 && tokens[k - 1].pos === 'PROPN')) return null;
    let e = k + 1;
    while (e < n && tokens[e].end <= end) e++;
    if (e - (k + 1) < 3) return null;
    const r = contentRange(k + 1, e);
    if (!r) return null;
    return newDraft([r], 'direct', { a: k, b: k + 1 }, { a: ti, b: k }, null, 'quotes/transcript', sentIdx[ti], tokens[ti].start, false, false, []);
  }

  // 4. remaining quoted segments: partial quotes inside reported clauses, continued quotes --------
  let lastDirect: Draft | null = null;
  const byStart = [...sentenceDrafts].sort((a, b) => a.parts[0].start - b.parts[0].start);
  // each draft's outer bounds: a host must have a part around the quote, so it must reach around it
  // (a cheap test before looking at the parts; sentence drafts' parts no longer change from here on)
  const hostFrom: number[] = [];
  const hostTo: number[] = [];
  for (let x = 0; x < byStart.length; x++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const p of byStart[x].parts) {
      if (p.start < lo) lo = p.start;
      if (p.end > hi) hi = p.end;
    }
    hostFrom.push(lo);
    hostTo.push(hi);
  }
  /** A quoted chain no cue attributed: partial quote of a host clause, partial-cue phrase, transcript turn or continuation. */
  /** Whether a quoted chain fills its paragraph (nothing but closing punctuation after it). */
  const wholeBlock = (chain: readonly Segment[]): boolean => {
    const b = structure.blocks[chain[0].block];
    const last = chain[chain.length - 1];
    return chain[0].open === b.start && /^[\s.,]*$/.test(text.slice(last.closeEnd, structure.blocks[last.block].end));
  };
  const remainingChain = (c: number): void => {
    const chain = chains[c];
    const first = chain[0];
    if (chainDraft[c]) {
      lastDirect = chainDraft[c];
      return;
    }
    if (first.single && structure.blocks[first.block].kind === 'body') return;
    const lastSeg = chain[chain.length - 1];
    let host: Draft | null = null;
    for (let x = 0; x < byStart.length; x++) {
      if (hostFrom[x] > first.start || hostTo[x] < lastSeg.end) continue;
      const d = byStart[x];
      if (!d.parts.some((p) => p.start <= first.start && p.end >= lastSeg.end)) continue;
      if (!host || d.parts[d.parts.length - 1].end - d.parts[0].start < host.parts[host.parts.length - 1].end - host.parts[0].start) host = d;
    }
    if (host) {
      const d = mkDraft(chain, 'partial', host.cue, host.speaker, host.via, 'quotes/partial');
      // American style puts the sentence's full stop inside the closing mark: it is not the speaker's
      const lastPart = d.parts[d.parts.length - 1];
      while (lastPart.end > lastPart.start && /[.,;:]/.test(text[lastPart.end - 1])) lastPart.end--;
      d.sameAs = host;
      drafts.push(d);
      return;
    }
    const ti = tokenAt(first.open);
    const sent = sentenceOf(ti);
    const standalone = ti <= sent.firstToken + 1 && (lastSeg.close < 0 || tokenAt(lastSeg.closeEnd) >= sentenceOf(tokenAt(lastSeg.close)).endToken - 1);
    if (!standalone) {
      // a partial-quote cue just before the phrase ("dubbed “...”", "described as “...”") names its speaker;
      // without one it is a scare quote, a title or a term: nobody says it
      for (let k = ti - 1; k >= Math.max(sent.firstToken, ti - PARTIAL_CUE_WINDOW); k--) {
        if (blocked(k) || END_PUNCT.has(tokens[k].text)) break;
        if (!lex.partial.has(tokens[k].norm) || (k > sent.firstToken && tokens[k - 1].text === '-')) continue;
        const left = skipBetweenLeft(k - 1, sent.firstToken);
        const sp = (left >= sent.firstToken ? npLeft(tokens, left, sent.firstToken, blocked, lex.unnamed) : null) ?? clauseSubject(sent.firstToken, k);
        if (sp) {
          const d = mkDraft(chain, 'partial', { a: k, b: k + 1 }, sp, null, 'quotes/partial-cue');
          const lastPart = d.parts[d.parts.length - 1];
          while (lastPart.end > lastPart.start && /[.,;:]/.test(text[lastPart.end - 1])) lastPart.end--;
          drafts.push(d);
        }
        break;
      }
      return;
    }
    const turn = chain.length === 1 ? transcript(tokenAt(first.start), first.end) : null;
    if (turn) {
      turn.segs = [...chain];
      drafts.push(turn);
      chainDraft[c] = turn;
      return;
    }
    const prevBlock = lastDirect ? lastDirect.segs[lastDirect.segs.length - 1].block : -9;
    if (lastDirect && lastDirect.speaker && first.block === prevBlock && lastDirect.segs.length > 0) {
      // the speaker goes on in the same paragraph: one statement in several parts
      lastDirect.segs.push(...chain);
      lastDirect.parts.push(...partsOf(chain));
      chainDraft[c] = lastDirect;
    } else if (lastDirect && lastDirect.speaker && first.block - prevBlock === 1 && lastDirect.kind === 'direct' && wholeBlock(chain)) {
      // a paragraph that is nothing but a quote, right after the speaker's quote: the statement goes on
      // (PolNeAR annotates "“A,” she said. ¶ “B.”" as one content in two parts)
      lastDirect.segs.push(...chain);
      lastDirect.parts.push(...partsOf(chain));
      chainDraft[c] = lastDirect;
    } else if (lastDirect && lastDirect.speaker && first.block - prevBlock === 1) {
      const d = mkDraft(chain, 'direct', null, lastDirect.speaker, lastDirect.via, 'quotes/continued');
      d.sameAs = lastDirect;
      drafts.push(d);
      chainDraft[c] = d;
      lastDirect = d;
    } else if (structure.blocks[first.block].kind === 'body' && text.slice(first.start, lastSeg.end).split(/\s+/).length >= 4) {
      const d = mkDraft(chain, 'direct', null, null, null, 'quotes/unattributed');
      drafts.push(d);
      chainDraft[c] = d;
    }
  };
  for (let c = 0; c < chains.length; c++) remainingChain(c);

  /** Interview transcripts: "WALLACE: Let's start ..." — a speaker label opens the paragraph. */
  const transcriptTurns = (): void => {
    for (let bi = 0; bi < structure.blocks.length; bi++) {
      const b = structure.blocks[bi];
      if (b.kind !== 'body') continue;
      const ti = tokenAt(b.start);
      if (ti >= n || tokens[ti].start >= b.end || blocked(ti)) continue;
      const d = transcript(ti, b.end);
      if (d) drafts.push(d);
    }
  };
  transcriptTurns();

  /** Headlines "Name: statement" without marks. */
  const headlineColons = (): void => {
    for (const b of structure.blocks) {
      if (b.kind !== 'title' && b.kind !== 'heading') continue;
      const ti = tokenAt(b.start);
      if (ti >= n || tokens[ti].start >= b.end) continue;
      const sent = sentenceOf(ti);
      const np = npRight(tokens, ti, sent.endToken, blocked, lex.unnamed);
      if (!np || np.b >= sent.endToken || tokens[np.b].text !== ':' || !capitalised(tokens[np.b - 1])) continue;
      if (isMark[np.b + 1]) continue;
      const r = contentRange(np.b + 1, sent.endToken);
      if (!r) continue;
      drafts.push(newDraft([r], 'indirect', { a: np.b, b: np.b + 1 }, np, null, 'quotes/headline-colon', sent.index, tokens[ti].start, false, false, []));
    }
  };
  headlineColons();

  // 5. speakers, in text order ---------------------------------------------------------------------
  /** Resolves the speakers in text order and turns the drafts into quotes (one per span, ids q1..). */
  const emit = (): Quote[] => {
    const resolver = new SpeakerResolver(text, tokens, layer.sentences, entities, lex);
    const position = (d: Draft) => (d.speaker ? tokens[d.speaker.a].start : d.cue ? tokens[d.cue.a].start : d.parts[0].start);
    const order = drafts.slice().sort((x, y) => position(x) - position(y));
    for (let k = 0; k < order.length; k++) {
      const d = order[k];
      if (d.sameAs && d.sameAs.resolved !== undefined) d.resolved = d.sameAs.resolved;
      // a pronoun after its own statement ("“...,” she said") refers to someone named before the statement
      else d.resolved = d.speaker ? resolver.resolve(d.speaker, d.parts.length > 0 && d.parts[0].start < tokens[d.speaker.a].start ? d.parts[0].start : Infinity) : null;
    }
    for (const d of drafts) {
      if (d.relPronoun === undefined || !d.resolved) continue;
      const w = tokens[d.relPronoun];
      const r = d.resolved;
      d.resolved = { name: r.name, entity: r.entity, named: r.named, country: r.country, start: w.start, end: w.end, text: w.text };
    }
    // continued and partial quotes whose host came later in text order
    for (const d of drafts) if (d.sameAs && d.resolved == null && d.sameAs.resolved) d.resolved = d.sameAs.resolved;

    const out: Quote[] = [];
    for (const d of drafts) {
      // most drafts have one part: no filter and sort for them
      const parts = d.parts.length === 1 ? (d.parts[0].end > d.parts[0].start ? [d.parts[0]] : []) : d.parts.filter((p) => p.end > p.start).sort((a, b) => a.start - b.start);
      if (!parts.length) continue;
      const start = parts[0].start;
      const end = parts[parts.length - 1].end;
      const cue = d.cue ? { start: tokens[d.cue.a].start, end: tokens[d.cue.b - 1].end, text: text.slice(tokens[d.cue.a].start, tokens[d.cue.b - 1].end) } : null;
      const via: Via | null = d.via ? resolver.via(d.via) : null;
      const section = sentenceOf(tokenAt(start)).section as SectionKind;
      out.push({ id: '', start, end, text: text.slice(start, end), parts, kind: d.kind, speaker: d.resolved ?? null, via, cue, section, rule: d.rule });
    }
    // one quote per span: a quoted one (direct, partial) over the reported clause with the same words
    const rank = (q: Quote) => (q.kind === 'direct' ? 0 : q.kind === 'partial' ? 1 : 2);
    out.sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
    // sorted by start, then end: quotes with the same span are neighbours, the first of them is kept
    const unique: Quote[] = [];
    for (const q of out) {
      const prev = unique.length ? unique[unique.length - 1] : null;
      if (!prev || prev.start !== q.start || prev.end !== q.end) unique.push(q);
    }
    // a reported clause that is nothing but a quoted phrase is that quote ("quoting X's order to “...”")
    const quoted = unique.filter((q) => q.kind === 'partial' || q.kind === 'direct');
    const final = unique.filter((q) => {
      if (q.kind !== 'indirect') return true;
      return !quoted.some((p) => p.start >= q.start && p.end <= q.end && p.end - p.start >= 0.9 * (q.end - q.start) - 2);
    });
    final.forEach((q, i) => (q.id = `q${i + 1}`));
    return final;
  };
  return emit();
}

/** "a" or "an" before a word, by its sound ("a Ukrainian", "an American"). */
function article(word: string): string {
  return /^[aeiou]/i.test(word) && !/^(uk|uni|use|usu|ur[aiu]|eu|one)/i.test(word) ? 'an' : 'a';
}

/** One speaker seen so far, for pronoun resolution. */
interface Known {
  at: number;
  speaker: Speaker;
  person: boolean | null;
  plural: boolean;
  gender: 'male' | 'female' | null;
  sentence: number;
}

/** Resolves speaker token ranges to `Speaker`s, keeping the history pronouns refer back to. */
class SpeakerResolver {
  private history: Known[] = [];
  private index: readonly MentionRef[] | null = null;
  private persons: readonly MentionRef[] | null = null;

  constructor(
    private text: string,
    private tokens: readonly Token[],
    private sentences: readonly Sentence[],
    private entities: readonly Entity[],
    private lex: QuotesLexicon,
  ) {}

  /** The mention index, built on first use (a document without speakers never pays for it). */
  private get mentions(): readonly MentionRef[] {
    return (this.index ??= mentionIndex(this.entities));
  }

  private get personMentions(): readonly MentionRef[] {
    return (this.persons ??= this.mentions.filter((m) => m.entity.type === 'person'));
  }

  /** The mention that covers the head token of a range, or any mention inside it. */
  private mentionFor(r: TokRange): { head: MentionRef | null; inside: MentionRef | null } {
    const s = this.tokens[r.a].start;
    const e = this.tokens[r.b - 1].end;
    const headTok = this.tokens[r.b - 1];
    let head: MentionRef | null = null;
    let inside: MentionRef | null = null;
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < s - 200) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.mentions.length && this.mentions[i].start < e; i++) {
      const m = this.mentions[i];
      if (m.end <= s) continue;
      if (m.start <= headTok.start && m.end >= headTok.end) {
        if (!head || m.end - m.start > head.end - head.start) head = m;
      } else if (m.start >= s && m.end <= e && !inside) inside = m;
    }
    return { head, inside };
  }

  /** The possessor of a statement noun ("Kim's order" → Kim), else the range itself. */
  private possessor(r: TokRange): TokRange {
    const head = this.tokens[r.b - 1];
    if (!this.lex.statementNouns.has(head.norm)) return r;
    for (let k = r.b - 2; k > r.a; k--) if (isPossessive(this.tokens[k])) return { a: r.a, b: k };
    return r;
  }

  private span(r: TokRange) {
    const start = this.tokens[r.a].start;
    const end = this.tokens[r.b - 1].end;
    return { start, end, text: this.text.slice(start, end) };
  }

  private withoutDeterminer(r: TokRange): TokRange {
    const t = this.tokens[r.a];
    if (r.b - r.a > 1 && (t.norm === 'the' || t.norm === 'a' || t.norm === 'an')) return { a: r.a + 1, b: r.b };
    return r;
  }

  /** A relay (via) from a token range. */
  via(r: TokRange): Via {
    const sp = this.describe(r);
    return { name: sp.name, entity: sp.entity, start: sp.start, end: sp.end, text: sp.text };
  }

  /**
   * The role noun heading an affiliated speaker phrase ("a spokesman for the Bank of England", "a
   * source close to X", "officials at the Pentagon"; see `affiliateLeft`): its token index, or -1.
   * The first preposition decides; only speaker phrases are read, a few per document.
   */
  private affiliationHead(r: TokRange): number {
    const tokens = this.tokens;
    for (let k = r.a + 1; k < r.b - 1; k++) {
      const w = tokens[k].norm;
      const h = w === 'to' && tokens[k - 1].norm === 'close' ? k - 2 : AFFILIATION_PREPS.has(w) || w === 'of' ? k - 1 : -2;
      if (h === -2) continue;
      if (h < r.a) return -1;
      const t = tokens[h];
      const c = t.text.charCodeAt(0);
      const first = this.sentences[t.sentence]?.firstToken === h;
      if (!((c >= 97 && c <= 122) || first) || !(t.pos === 'NOUN' || (first && t.pos === 'PROPN'))) return -1;
      // "of" only after an unnamed-speaker noun ("a spokesman of the ministry"; not "the mayor of Leeds")
      if (w === 'of' && !this.lex.unnamed.has(t.norm)) return -1;
      return roleNoun(t.norm, this.lex.unnamed) ? h : -1;
    }
    return -1;
  }

  /** A capitalised name joined by "for" ("Center for American Progress") whose mention starts after the "for" at or before `mentionStart`; null otherwise. */
  private nameWithFor(r: TokRange, mentionStart: number): Speaker | null {
    const tokens = this.tokens;
    for (let k = r.a + 1; k < r.b - 1 && tokens[k].end <= mentionStart; k++) {
      if (tokens[k].norm !== 'for') continue;
      const next = tokens[k + 1].norm === 'a' || tokens[k + 1].norm === 'the' ? k + 2 : k + 1;
      if (next >= r.b || !capitalised(tokens[k - 1]) || !capitalised(tokens[next])) return null;
      const nr = this.withoutDeterminer(r);
      const span = this.span(r);
      return { name: this.text.slice(tokens[nr.a].start, tokens[nr.b - 1].end), entity: null, named: true, country: countryIn(tokens, r)?.cca3 ?? null, start: span.start, end: span.end, text: span.text };
    }
    return null;
  }

  /** An unnamed role speaking for a body: named false, the body's entity and country ("a spokesman for the Bank of England"). */
  private describeAffiliated(r: TokRange): Speaker {
    const span = this.span(r);
    const { head } = this.mentionFor({ a: r.b - 1, b: r.b });
    const body = head && (head.entity.type === 'organization' || head.entity.type === 'country' || head.entity.type === 'group') ? head.entity : null;
    const country = body?.country ?? (head && head.entity.type === 'place' ? head.entity.country : null) ?? countryIn(this.tokens, r)?.cca3 ?? null;
    return { name: this.description(r), entity: body?.id ?? null, named: false, country, start: span.start, end: span.end, text: span.text };
  }

  private describe(r0: TokRange): Speaker {
    const r = this.possessor(r0);
    const tokens = this.tokens;
    if (r.b - r.a > 2 && this.affiliationHead(r) >= 0) return this.describeAffiliated(r);
    const headTok = tokens[r.b - 1];
    const { head, inside } = this.mentionFor(r);
    const span = this.span(r);
    const country = countryIn(tokens, r);
    // "Neera Tanden of the Center for American Progress": the person named before the body speaks
    if (inside && inside.entity.type === 'person' && (!head || head.entity !== inside.entity)) {
      const after = this.tokenAt(inside.end);
      if (after < r.b && BODY_PREPS.has(tokens[after].norm)) {
        const p = inside.entity;
        return { name: p.name, entity: p.id, named: true, country: p.country ?? null, start: span.start, end: span.end, text: span.text };
      }
    }
    // "the Committee for a Responsible Federal Budget": a name with "for" inside, of which the entity
    // layer may know only the end ("Responsible Federal Budget"); the whole name speaks
    if (head && head.start > span.start && r.b - r.a > 2) {
      const whole = this.nameWithFor(r, head.start);
      if (whole) return whole;
    }
    const e = head && head.entity.type !== 'place' ? head.entity : null;
    if (e && (e.type === 'person' || e.type === 'organization' || e.type === 'country')) {
      return { name: e.name, entity: e.id, named: true, country: e.country ?? country?.cca3 ?? null, start: span.start, end: span.end, text: span.text };
    }
    const generic = this.lex.unnamed.has(headTok.norm);
    const sentenceFirst = tokens[r.a].sentence >= 0 && this.sentences[tokens[r.a].sentence].firstToken === r.a;
    // a capital at the sentence start names nothing by itself: "Demonstrators said" is a group, not a name
    const named = e?.type !== 'group' && capitalised(headTok) && !generic && !(r.b - r.a === 1 && sentenceFirst && (headTok.pos !== 'PROPN' || !e && agentPlural(headTok.norm)));
    const ctry = e?.country ?? inside?.entity.country ?? country?.cca3 ?? null;
    const entity = e?.id ?? (inside && inside.entity.type === 'group' ? inside.entity.id : null);
    if (named) {
      const nr = this.withoutDeterminer(r);
      return { name: this.text.slice(tokens[nr.a].start, tokens[nr.b - 1].end), entity, named: true, country: ctry, start: span.start, end: span.end, text: span.text };
    }
    return { name: this.description(r), entity, named: false, country: ctry, start: span.start, end: span.end, text: span.text };
  }

  /** A readable description of an unnamed speaker: "one general" → "a general". */
  private description(r: TokRange): string {
    const t = this.tokens[r.a];
    let rest = this.text.slice(t.start, this.tokens[r.b - 1].end).replace(/\s+/g, ' ');
    if (/^(one|another)$/i.test(t.text) && r.b - r.a > 1) {
      rest = rest.slice(t.text.length + 1);
      return `${article(rest)} ${rest}`;
    }
    return rest;
  }

  /** Resolves a speaker range (pronouns to the latest compatible speaker) and records it. */
  resolve(r: TokRange, statementStart = Infinity): Speaker | null {
    const tokens = this.tokens;
    const t = tokens[r.a];
    const at = t.start;
    const sentence = t.sentence;
    if (r.b - r.a === 1 && isSubjectPronoun(t)) {
      const p = PRONOUNS[t.norm];
      if (!p || t.norm === 'i' || t.norm === 'you' || t.norm === 'we') return null;
      const span = { start: t.start, end: t.end, text: t.text };
      let best: Known | null = null;
      for (let k = this.history.length - 1; k >= 0; k--) {
        const h = this.history[k];
        if (sentence - h.sentence > 8) break;
        if (h.at >= at) continue;
        if (p.person) {
          if (h.person === false || h.plural) continue;
          if (p.gender && h.gender && p.gender !== h.gender) continue;
        } else if (p.plural !== h.plural && !(p.plural && h.person === false)) continue;
        best = h;
        break;
      }
      // a person named more recently than the last speaker is the likelier antecedent
      if (p.person) {
        const limit = Math.min(at, statementStart);
        const m = this.personAntecedent(limit, limit < at ? (tokens[this.tokenAt(limit)]?.sentence ?? sentence) : sentence, p.gender);
        // ... unless the speaker of this or the previous sentence is still the topic and the newer
        // person only came up after a verb (an object or a subordinate clause: "X criticised ...
        // where Y died." "It's absurd," he said → X): subjects are the salient antecedents
        // (a person inside the last speaker's own phrase is no newer topic: "a lawyer for Smith said ... He added")
        const keep = !!best && sentence - best.sentence <= 1 && !!m && (!this.beforeVerb(m) || (m.start >= best.speaker.start && m.end <= best.speaker.end));
        if (m && !keep && (!best || m.start > best.at) && (!p.gender || !m.entity.gender || m.entity.gender === p.gender)) {
          const sp: Speaker = { name: m.entity.name, entity: m.entity.id, named: true, country: m.entity.country, start: span.start, end: span.end, text: span.text };
          // a resolved pronoun continues the chain: the next "he" finds this person as the latest speaker
          this.history.push({ at, speaker: sp, person: true, plural: false, gender: p.gender ?? m.entity.gender ?? null, sentence });
          return sp;
        }
      }
      // "they": the most recent plural group or organisation that was a clause's subject, speaker or not
      // ("the media has made clear ... they want", "Las Vegas police were hosting ... They compiled")
      if (p.plural) {
        const g = this.lastGroupSubject(r.a);
        if (g && (!best || g.at > best.at)) best = g;
      }
      if (!best) return { name: t.text, entity: null, named: false, country: null, start: span.start, end: span.end, text: span.text };
      const b = best.speaker;
      const resolved: Speaker = { name: b.name, entity: b.entity, named: b.named, country: b.country, start: span.start, end: span.end, text: span.text };
      this.history.push({ at, speaker: resolved, person: best.person, plural: best.plural, gender: best.gender ?? p.gender, sentence });
      return resolved;
    }
    const pair = this.coordinatedSpeaker(r);
    if (pair) {
      // the people speak together: "they" may come back to them, "he" or "she" to neither
      this.history.push({ at, speaker: pair, person: false, plural: true, gender: null, sentence });
      return pair;
    }
    const sp = this.describe(r);
    // "a spokesman for the Bank of England": the role is the head, the body only its affiliation
    const affHead = r.b - r.a > 2 ? this.affiliationHead(r) : -1;
    // unnamed singular from a group said before in the sentence: "one general" among "Ukrainian commanders"
    // (not a role whose affiliation is given: "a source close to the minister")
    if (!sp.named && !sp.country && affHead < 0) {
      const first = tokens[r.a].norm;
      if (first === 'one' || first === 'another' || first === 'a' || first === 'an') {
        for (let k = this.history.length - 1; k >= 0; k--) {
          const h = this.history[k];
          if (sentence - h.sentence > 1) break;
          if (h.plural && h.speaker.country) {
            sp.country = h.speaker.country;
            const dem = countryIn(tokens, this.rangeOf(h.speaker))?.demonym;
            if (dem && !sp.name.includes(dem)) sp.name = sp.name.replace(/^(an?) /, () => `${article(dem)} ${dem} `);
            break;
          }
        }
      }
    }
    const headTok = tokens[affHead >= 0 ? affHead : r.b - 1];
    const entityType = sp.entity && affHead < 0 ? this.mentionFor(r).head?.entity : undefined;
    const plural = !sp.named && pluralS(headTok.norm) || headTok.norm === 'people' || headTok.norm === 'police' || headTok.norm === 'media';
    let person: boolean | null = null;
    if (entityType && entityType.type !== 'other') person = entityType.type === 'person';
    else if (!sp.named) person = plural ? false : null;
    else if (sp.country && countryIn(tokens, r)?.len === r.b - r.a) person = false;
    // courtesy titles tell the gender where the entity layer does not
    const title = tokens[r.a].norm;
    const gender = entityType?.gender ?? (title === 'mr.' || title === 'mr' ? 'male' : title === 'mrs.' || title === 'ms.' || title === 'mrs' || title === 'ms' ? 'female' : null);
    if (gender) person = true;
    this.history.push({ at, speaker: sp, person, plural, gender, sentence });
    return sp;
  }

  private rangeOf(s: Speaker): TokRange {
    let a = 0;
    let hi = this.tokens.length;
    while (a < hi) {
      const mid = (a + hi) >> 1;
      if (this.tokens[mid].start < s.start) a = mid + 1;
      else hi = mid;
    }
    let b = a;
    while (b < this.tokens.length && this.tokens[b].end <= s.end) b++;
    return { a, b: Math.max(b, a + 1) };
  }

  /** Whether a mention comes before any verb of its sentence (subject position, roughly). */
  /**
   * The latest subject before token `at` (this and the three previous sentences) that is a group that
   * can speak: a plural unnamed-speaker noun ("officials", "the media") or an organisation or group
   * mention, followed by its verb. Null when there is none.
   */
  private lastGroupSubject(at: number, depth = 0): Known | null {
    const tokens = this.tokens;
    const sentence = tokens[at].sentence;
    for (let k = at - 1; k >= 0 && tokens[k].sentence >= sentence - 3; k--) {
      const t = tokens[k];
      const they = t.norm === 'they' && depth < 3;
      if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && !they) continue;
      // its verb follows (adverbs between): a subject, not an object or a prepositional phrase
      let v = k + 1;
      while (v < at && tokens[v].pos === 'ADV') v++;
      if (v >= at || (tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX')) continue;
      // an earlier "they" subject continues the chain ("Police held briefings. They compiled ... They said")
      // (resolved as it would be itself: the later of a group subject and a plural speaker before it)
      if (they) {
        let g = this.lastGroupSubject(k, depth + 1);
        for (let h = this.history.length - 1; h >= 0; h--) {
          const known = this.history[h];
          if (known.at >= t.start || !(known.plural || known.person === false)) continue;
          if (!g || known.at > g.at) g = known;
          break;
        }
        return g ? { at: t.start, speaker: g.speaker, person: g.person, plural: g.plural, gender: g.gender, sentence: g.sentence } : null;
      }
      let r: TokRange | null = null;
      const { head } = this.mentionFor({ a: k, b: k + 1 });
      if (head && (head.entity.type === 'organization' || head.entity.type === 'group') && head.end === t.end) {
        r = { a: this.tokenAt(head.start), b: k + 1 };
      } else if (head && head.entity.type === 'person' && head.end === t.end) {
        // people joined by "and" ("May, Macron and Merkel issued ...") are a group; one person is not
        const c = this.coordinated(this.tokenAt(head.start));
        if (c >= 0) {
          const sp = this.span({ a: c, b: k + 1 });
          return { at: sp.start, speaker: { name: sp.text.replace(/\s+/g, ' '), entity: null, named: true, country: null, start: sp.start, end: sp.end, text: sp.text }, person: false, plural: true, gender: null, sentence: t.sentence };
        }
      } else if ((this.lex.unnamed.has(t.norm) || agentPlural(t.norm) && !head && (t.pos === 'NOUN' || this.sentences[t.sentence]?.firstToken === k)) && (GROUP_NOUNS.has(t.norm) || pluralS(t.norm))) {
        let a = k;
        while (a - 1 >= 0 && tokens[a - 1].sentence === t.sentence && (tokens[a - 1].pos === 'ADJ' || tokens[a - 1].pos === 'NOUN' || tokens[a - 1].pos === 'PROPN' || tokens[a - 1].pos === 'DET')) a--;
        r = { a, b: k + 1 };
      }
      if (!r || r.a > k) continue;
      if (r.a > 0 && tokens[r.a - 1].pos === 'ADP') continue;
      return { at: tokens[r.a].start, speaker: this.describe(r), person: false, plural: true, gender: null, sentence: t.sentence };
    }
    return null;
  }

  /**
   * People joined by "and" who speak together ("Rossello and Gonzalez said"): the speaker is one
   * object (spec), so it is the whole coordinated phrase, named, with no entity (none of them says
   * it alone) and the country they share, if any. Null unless the range ends in a person mention
   * that is the last of person conjuncts ("A, B and C") and the phrase is no object of a
   * preposition or verb ("met with A and B").
   */
  private coordinatedSpeaker(r: TokRange): Speaker | null {
    const tokens = this.tokens;
    const { head } = this.mentionFor(r);
    if (!head || head.entity.type !== 'person' || head.end !== tokens[r.b - 1].end) return null;
    const c = this.coordinated(this.tokenAt(head.start));
    if (c < 0 || c > r.a) return null;
    const first = this.sentences[tokens[c].sentence]?.firstToken ?? 0;
    if (c > first && (tokens[c - 1].pos === 'ADP' || tokens[c - 1].pos === 'VERB' || tokens[c - 1].pos === 'AUX')) return null;
    let country: string | null | undefined;
    for (let k = c; k < r.b; k++) {
      const m = this.mentionFor({ a: k, b: k + 1 }).head;
      if (!m || m.entity.type !== 'person' || m.end !== tokens[k].end) continue;
      const cc = m.entity.country ?? null;
      country = country === undefined || country === cc ? cc : null;
    }
    const span = this.span({ a: c, b: r.b });
    return { name: span.text.replace(/\s+/g, ' '), entity: null, named: true, country: country ?? null, start: span.start, end: span.end, text: span.text };
  }

  /** The first token of "A, B and C" when the person mention starting at token `a` is its last conjunct, else -1. */
  private coordinated(a: number): number {
    const tokens = this.tokens;
    // capitalised titles before a name belong to its conjunct ("and German Chancellor Angela Merkel")
    const titled = (x: number): number => {
      let j = x;
      while (j - 1 >= 0 && x - j < 4 && tokens[j - 1].kind === 'word' && capitalised(tokens[j - 1]) && tokens[j - 1].sentence === tokens[x].sentence) j--;
      return j;
    };
    const s = titled(a);
    if (s < 2 || tokens[s - 1].norm !== 'and') return -1;
    let first = -1;
    let k = s - 2;
    while (k >= 0) {
      const { head } = this.mentionFor({ a: k, b: k + 1 });
      if (!head || head.entity.type !== 'person' || head.end !== tokens[k].end) break;
      first = titled(this.tokenAt(head.start));
      k = first - 1;
      if (k < 0 || tokens[k].text !== ',') break;
      k--;
    }
    return first;
  }

  private beforeVerb(m: MentionRef): boolean {
    let i = this.tokenAt(m.start);
    const t = this.tokens[i];
    if (!t) return false;
    const first = this.sentences[t.sentence]?.firstToken ?? 0;
    for (i--; i >= first; i--) {
      const pos = this.tokens[i].pos;
      if (pos === 'VERB' || pos === 'AUX') return false;
    }
    return true;
  }

  /** Index of the first token starting at or after an offset. */
  private tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The person a pronoun at `at` most likely names: the latest person mention before it, unless that
   * one comes after a verb (an object or possessor: "commented on Crutcher's death. He told ...") and a
   * person of a compatible gender is the subject of this or the previous sentence (centering:
   * subjects are the salient antecedents).
   */
  private personAntecedent(at: number, sentence: number, gender: 'male' | 'female' | null): MentionRef | null {
    const list = this.personMentions;
    const last = this.personIndexBefore(at);
    const m = last >= 0 ? list[last] : null;
    if (!m || this.beforeVerb(m)) return m;
    for (let k = last - 1; k >= 0; k--) {
      const c = list[k];
      const s = this.tokens[this.tokenAt(c.start)]?.sentence ?? -1;
      if (s < sentence - 1) break;
      if (gender && c.entity.gender && c.entity.gender !== gender) continue;
      if (c.entity.id !== m.entity.id && this.beforeVerb(c)) return c;
    }
    return m;
  }

  /** Index of the last person mention starting before an offset, or -1. */
  private personIndexBefore(at: number): number {
    const list = this.personMentions;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}
