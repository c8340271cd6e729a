/**
 * The `events` stage: who did what to whom, where and when, coded in PLOVER types with a CAMEO
 * root, each event pointing at the sentence that states it (its evidence span).
 *
 * One walk per sentence: triggers are looked up by lemma in the compiled pattern index
 * (patterns.ts, user `eventPatterns`); each match is checked against its object words and vetoes,
 * then read in context the way the CAMEO codebook's parallel structure does:
 *   - governed by an intent ("will", "agreed to", "willing to"): cooperative acts become AGREE
 *     (03), conflictual ones THREATEN (13); "unless" makes any intent a threat;
 *   - governed by "threaten to" → THREATEN, "demand/urge ... to/that" or "X said Y must" → DEMAND,
 *     "refuse/decline to", "will not" + a cooperative act → REJECT; "did not", "cannot", "failed
 *     to" → REJECT only on a verb of accepting ("did not accept", "cannot allow": mood.ts
 *     ACCEPTING), any other act `negated` ("cannot defend", "did not attend"); "failed to reach
 *     agreement" is CAMEO 127's own REJECT (patterns.ts `fail`);
 *   - an act in a conditional or habitual clause ("if", "whenever", "every time", "as long as"),
 *     or in the clause it conditions, is `hedged`;
 *   - actor: the nearest actor phrase before the trigger that is not inside a locative phrase
 *     (pronouns resolved to the sentence's speaker or the previous subject; passive "by X");
 *     target: the best-ranked actor phrase after it by the pattern's prepositions;
 *   - "in exchange for" / "in return for" after a transfer adds the reverse transfer;
 *   - voice: after "be"/"get"/"being" any non "-ing" form is passive ("was shot", "since being
 *     wounded"), and so is a participle coordinated with a passive one ("convicted and deported");
 *   - a city or region (the entity layer's place with a country, no seat) is a location, never an
 *     actor or target; an act inside a direct quote is never its speaker's, except "we"/"I";
 *   - one act told twice in a sentence (same type and sides) is one event, and the harm a following
 *     "-ing" participle names ("opened fire, killing 20") belongs to the act before it.
 * Hedges (hedges layer, or a hedge adverb right before the trigger) set `hedged`; a quote from
 * the quotes layer covering the trigger, or a reporting verb's subject, sets `reportedBy`.
 */
import { defineStage } from '../../pipeline/stage.js';
import type { Event, EventActor, Hedge, Quote, Sentence, Source, Token, Entity, UserLexicon } from '../../types.js';
import { mentionIndex, mentionsIn, type MentionRef } from '../entities/mentions.js';
import { candidates, copyCandidate, tokenAt, type Candidate } from './actors.js';
import { KEYS as LEXICON_KEYS, eventLexicon, mayTrigger, type CompiledPattern, type EventLexicon, type WordSet } from './lexicon.js';
import { countryName, tokenKeys, type TokenKeys } from './gazetteer.js';
import type { PloverType } from './plover.js';
import { SECTOR_NAMES, sectorCode } from './actor-lexicon.js';
import { findDate } from './dates.js';
import { isYearNumeral } from '../../nlp/dates.js';
import { ACCEPTING, OPENING_MARKS, governed, moodOf, type Mood } from './mood.js';
import { SETTLEMENT_NOUNS } from './patterns.js';

/** Parts of speech that never start a pattern. */
const SKIP_POS = new Set(['DET', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'NUM', 'PUNCT', 'SYM', 'PART', 'INTJ']);
const GERUND_PREPS = new Set(['of', 'for', 'from', 'about', 'without', 'in', 'at', 'on']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
const REPORT_VERBS = new Set(['say', 'tell', 'announce', 'claim', 'report', 'declare', 'state', 'confirm', 'acknowledge', 'allege', 'add', 'note', 'write', 'conclude', 'reiterate', 'indicate', 'suggest', 'assert', 'insist', 'admit', 'predict', 'estimate']);
const CLAUSE_BREAK = new Set([';', 'which', 'who', 'whom', 'where', 'while', 'but', 'because', 'although', 'though', 'whereas', 'unless', 'if', 'when', 'after', 'before', 'since', 'as', '—', '–', ':']);
const SUBJECT_SKIP_PREPS = new Set(['in', 'at', 'near', 'into', 'onto', 'on', 'against', 'to', 'from', 'toward', 'towards', 'over', 'under', 'across', 'throughout', 'inside', 'outside', 'after', 'before', 'during', 'since', 'alongside', 'beside', 'for', 'than', 'like', 'by', 'with', 'between', 'about', 'among', 'around', 'within']);
const REFLEXIVE = new Set(['himself', 'herself', 'themselves', 'itself', 'ourselves', 'myself', 'yourself', 'yourselves']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'himself', 'herself', 'themselves', 'itself', 'ourselves', 'myself']);
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout']);
const DEFAULT_TARGET_PREPS = ['', 'to', 'against', 'with', 'on', 'at', 'from', 'of', 'into'];
/** Hedge adverbs and modals (a subset of wooorm/hedges, MIT) that hedge the event they precede. */
const HEDGE_CUES = new Set(['likely', 'probably', 'possibly', 'reportedly', 'allegedly', 'apparently', 'purportedly', 'presumably', 'perhaps', 'supposedly', 'may', 'might', 'could', 'seemingly', 'suspected', 'alleged', 'believed', 'unconfirmed']);
/** Weapons that make a killing or attack unconventional violence (CAMEO 18) ... */
/** Harm words that make an attack in the same sentence physical ("attacked the ship, killing 17"). */
const KILLING = new Set(['kill', 'killing', 'wound', 'injure', 'murder', 'casualty', 'casualties']);
const UNCONVENTIONAL = new Set(['bomb', 'bombing', 'bomber', 'suicide', 'explosive', 'machete', 'knife', 'ied', 'grenade', 'torture', 'hostage', 'stab', 'beheading', 'car-bomb', 'gunman']);
/** ... and those that make it conventional military force (CAMEO 19). */
const MILITARY = new Set(['tank', 'artillery', 'shell', 'shelling', 'airstrike', 'air', 'missile', 'rocket', 'drone', 'helicopter', 'jet', 'warplane', 'mine', 'minefield', 'mortar', 'gunship', 'predator', 'army', 'troop', 'soldier', 'military', 'force', 'battle', 'frontline', 'offensive', 'warship', 'navy']);
const ARMED_SECTORS = new Set(['MIL', 'REB', 'UAF', 'INS', 'COP', 'CRM']);
const VERBAL_ATTACK = new Set(['attack', 'hit', 'hammer', 'pound', 'slam', 'blast', 'target']);
/** Sectors that act with state authority (CAMEO 08 easing / 17 imposing restrictions). */
const AUTHORITY_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'REB', 'SPY']);
const STRIKING_SECTORS = new Set(['LAB', 'EDU', 'CVL', 'AGR', 'HLH', 'BUS']);


interface Raw {
  pattern: CompiledPattern;
  trigger: number;
  /** Last token the pattern used (trigger phrase or its object word). */
  last: number;
}

/**
 * The quotes layer as flat spans in layer order (each quote's parts, or the whole quote): every
 * event looked through all quotes, reading quote objects of several shapes.
 */
interface QuoteSpans {
  starts: number[];
  ends: number[];
  /** Index in the quotes layer of each span's quote. */
  quote: number[];
  /** The parts of direct quotes only, sorted by start (for `quoteSpanAt`'s binary search). */
  directStarts: number[];
  directEnds: number[];
}

/** What the stage knows about the document while walking it. */
interface Context {
  tokens: readonly Token[];
  /** `stemOf`/`normOf` of every token, built once per document. */
  keys: TokenKeys;
  /** The lexicon's `verbKeys` cache. */
  verbKeys: Map<string, string[]>;
  text: string;
  lex: EventLexicon;
  published: string | null;
  quotes: readonly Quote[];
  /** `quotes` as flat spans, built the first time an event asks (see `quoteSpansOf`). */
  quoteSpans: QuoteSpans | null;
  hedges: readonly Hedge[];
  entities: readonly Entity[];
  /** Named actors with a country seen so far (for "both regimes"). */
  recent: Candidate[];
  /** Last subject with a country (for sentence-initial pronouns). */
  lastSubject: Candidate | null;
  /** Surname → actor introduced earlier with a country ("Russian President Vladimir Putin" → Putin). */
  known: Map<string, Candidate>;
  /** The actor of the last event of each type (for "the deployment aims to ...": who deployed). */
  lastOfType: Map<PloverType, Candidate>;
}

function phraseAt(keys: TokenKeys, i: number, words: readonly string[], end: number): boolean {
  if (i + words.length > end) return false;
  for (let k = 0; k < words.length; k++) if (keys.stem(i + k) !== words[k] && keys.norm(i + k) !== words[k]) return false;
  return true;
}

function findNear(tokens: readonly Token[], keys: TokenKeys, from: number, to: number, set: WordSet, step: 1 | -1, end: number): number {
  for (let i = from; step > 0 ? i < to : i >= to; i += step) {
    const t = tokens[i];
    if (t.norm === '.' || t.norm === ';') break;
    const stem = keys.stem(i);
    const norm = keys.norm(i);
    if (set.single.has(stem) || set.single.has(norm)) return i;
    // (most word lists have no phrase: no look-up then)
    const phrases = set.multi.size ? (set.multi.get(stem) ?? set.multi.get(norm)) : undefined;
    if (phrases) for (const w of phrases) if (phraseAt(keys, i, w, end)) return i + w.length - 1;
  }
  return -1;
}

/** The first pattern of `list` whose conditions hold for a trigger at token `i`, or null. */
function firstMatch(ctx: Context, s: Sentence, i: number, list: readonly CompiledPattern[]): Raw | null {
  const { tokens, keys } = ctx;
  const t = tokens[i];
  for (const p of list) {
    if (p.pos === 'VERB' && t.pos !== 'VERB') continue;
    if (p.pos === 'NOUN' && t.pos !== 'NOUN' && t.pos !== 'PROPN') continue;
    if (!p.pos && p.trigger.length === 1 && t.pos !== 'VERB' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ') continue;
    if (p.trigger.length > 1 && !phraseAt(keys, i, p.trigger, s.endToken)) continue;
    if (notAnAct(tokens, s, i)) continue;
    const reach = p.reach ?? 5;
    const tEnd = i + p.trigger.length;
    let last = tEnd - 1;
    if (p.withWords.size) {
      const w = findNear(tokens, keys, tEnd, Math.min(s.endToken, tEnd + reach), p.withWords, 1, s.endToken);
      if (w < 0) continue;
      if (p.withNotNextWords.size && w + 1 < s.endToken && p.withNotNextWords.has(keys.norm(w + 1))) continue;
      last = w;
    }
    if (p.afterWords.size && findNear(tokens, keys, i - 1, Math.max(s.firstToken, i - reach), p.afterWords, -1, i) < 0) continue;
    if (p.notWords.size && vetoed(keys, p, Math.max(s.firstToken, i - reach), Math.min(s.endToken, tEnd + reach), i, tEnd)) continue;
    if (p.notNextWords.size && tEnd < s.endToken && (p.notNextWords.has(keys.norm(tEnd)) || p.notNextWords.has(keys.stem(tEnd)))) continue;
    return { pattern: p, trigger: i, last };
  }
  return null;
}

/** Per lexicon: the `verbForms` guesses of a verb form that have patterns (most have none). */
const verbKeysCache = new WeakMap<EventLexicon, Map<string, string[]>>();

function verbKeysOf(lex: EventLexicon): Map<string, string[]> {
  let cache = verbKeysCache.get(lex);
  if (!cache) verbKeysCache.set(lex, (cache = new Map()));
  return cache;
}

function verbKeys(lex: EventLexicon, cache: Map<string, string[]>, norm: string): string[] {
  let hit = cache.get(norm);
  if (!hit) {
    hit = verbForms(norm).filter((k) => lex.byWord.has(k));
    if (cache.size > 20000) cache.clear();
    cache.set(norm, hit);
  }
  return hit;
}

/** Pattern matches in a sentence, at most one per trigger token. */
function matches(ctx: Context, s: Sentence): Raw[] {
  const { tokens, lex, keys } = ctx;
  const out: Raw[] = [];
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || SKIP_POS.has(t.pos) || !mayTrigger(lex, keys, t, i)) continue;
    // look-up keys in order: the stem, the normalised form, then (for a verb neither names) the
    // base-form guesses; the first key with a pattern that holds wins
    const stem = keys.stem(i);
    const norm = keys.norm(i);
    const byStem = lex.byWord.get(stem);
    const byNorm = stem === norm ? undefined : lex.byWord.get(norm);
    let found: Raw | null = null;
    if (byStem) found = firstMatch(ctx, s, i, byStem);
    if (!found && byNorm) found = firstMatch(ctx, s, i, byNorm);
    if (!found && !byStem && !byNorm && t.pos === 'VERB') {
      for (const key of verbKeys(lex, ctx.verbKeys, norm)) {
        found = firstMatch(ctx, s, i, lex.byWord.get(key)!);
        if (found) break;
      }
    }
    if (found) {
      out.push(found);
      i = found.pattern.trigger.length > 1 ? i + found.pattern.trigger.length - 1 : i;
    }
  }
  if (!out.length) return out;
  const kept: Raw[] = [];
  let standalone = 0;
  for (let k = 0; k < out.length; k++) {
    const r = out[k];
    if (keptMatch(tokens, s, out, r, k)) {
      kept.push(r);
      if (r.pattern.standalone) standalone++;
    }
  }
  // standalone noun patterns only when nothing else fired
  if (standalone === 0 || standalone === kept.length) return kept;
  const acts: Raw[] = [];
  for (const r of kept) if (!r.pattern.standalone) acts.push(r);
  return acts;
}

/**
 * Whether match `r` (the `k`th of `out`) is an event of its own: a noun that is another
 * pattern's object ("launched an air strike") or its means ("killed ... in a car bombing") is
 * part of that event, not a second one.
 */
function keptMatch(tokens: readonly Token[], s: Sentence, out: readonly Raw[], r: Raw, k: number): boolean {
  for (const o of out) if (o !== r && o.last === r.trigger && o.trigger !== r.trigger) return false;
  const t = tokens[r.trigger];
  if (t.pos === 'VERB') return true;
  // "Air strikes hit Kabul": the noun is the subject of the verb event right after it
  for (const o of out) if (o.trigger > r.trigger && o.trigger <= r.trigger + 2 && tokens[o.trigger].pos === 'VERB') return false;
  if (k > 0) {
    for (let j = r.trigger - 1; j >= Math.max(s.firstToken, r.trigger - 4); j--) {
      if (tokens[j].pos === 'ADP') return false;
      if (tokens[j].pos !== 'DET' && tokens[j].pos !== 'ADJ' && tokens[j].pos !== 'NOUN' && tokens[j].pos !== 'PROPN') break;
    }
  }
  return true;
}

/** Parts of speech after which an adjective-tagged trigger before a noun is attributive ("want open borders"). */
const ATTRIBUTIVE_BEFORE = new Set(['VERB', 'DET', 'ADP', 'ADJ', 'CCONJ']);

/**
 * Verb forms that name no act: an adjectival participle ("Ukraine's captured Kursk region") or a
 * gerund complement of a preposition ("missiles capable of hitting", "in rioting").
 */
function notAnAct(tokens: readonly Token[], s: Sentence, i: number): boolean {
  const t = tokens[i];
  // an attributive adjective after a verb, determiner or preposition names a state, not an act:
  // "want open borders", "for open borders" (after "will"/"to"/"not" it is a mis-tagged verb)
  if (t.pos === 'ADJ' && tokens[i + 1]?.pos === 'NOUN' && i < s.endToken - 1) return i === s.firstToken || ATTRIBUTIVE_BEFORE.has(tokens[i - 1].pos);
  if (t.pos !== 'VERB' || i === s.firstToken) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if ((prev.norm === "'s" || prev.norm === '’s' || prev.pos === 'DET') && next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) return true;
  // an "-ing" form inside a noun phrase names the act, not who did it: "mass shooting victim"
  if (t.norm.endsWith('ing') && prev.pos === 'ADJ' && (!next || next.pos === 'NOUN' || next.pos === 'PUNCT' || next.pos === 'ADP')) return true;
  if (t.norm.endsWith('ing')) return prev.pos === 'ADP' && GERUND_PREPS.has(prev.norm);
  // no finite verb follows a preposition: "despite promises", "as requested" read a noun or a participle
  return prev.pos === 'ADP' && prev.norm !== 'to';
}

/** Base-form guesses for an inflected verb the lemmatiser missed ("staged" → stage). */
function verbForms(w: string): string[] {
  if (w.endsWith('ied')) return [w.slice(0, -3) + 'y'];
  // "-ed" also tries one letter more, which covers doubled consonants ("stopped" → "stop")
  if (w.endsWith('ed')) return [w.slice(0, -1), w.slice(0, -2), w.slice(0, -3)];
  if (w.endsWith('ing')) return w.length > 5 && w[w.length - 4] === w[w.length - 5] ? [w.slice(0, -4)] : [w.slice(0, -3), w.slice(0, -3) + 'e'];
  if (w.endsWith('es')) return [w.slice(0, -1), w.slice(0, -2)];
  if (w.endsWith('s')) return [w.slice(0, -1)];
  return [];
}

function vetoed(keys: TokenKeys, p: CompiledPattern, from: number, to: number, a: number, b: number): boolean {
  for (let k = from; k < to; k++) {
    if (k >= a && k < b) continue;
    if (p.notWords.has(keys.stem(k)) || p.notWords.has(keys.norm(k))) return true;
  }
  return false;
}

/** Auxiliaries of the passive, as stems or as written ("being" keeps its own lemma). */
const PASSIVE_AUX = new Set(['be', 'get', 'being', 'been', 'got', 'gotten', 'getting']);
const PARTICIPLE = /(ed|en|wn|ne|ht|lt|ck|id)$/;

/** Whether a verb form can be a past participle: a regular ending, or an inflected form (shot → shoot). */
function participleForm(t: Token): boolean {
  return PARTICIPLE.test(t.norm) || (t.lemma !== t.norm && !t.norm.endsWith('s') && !t.norm.endsWith('ing'));
}

/**
 * Whether the trigger is a passive verb: after "be"/"get" (adverbs and auxiliaries between; any
 * non "-ing" form counts there: "was shot", "got hit", "since being wounded"), a reduced relative
 * ("those killed in battle"), or a participle coordinated with a passive one ("had been convicted
 * of crimes and deported").
 */
function isPassive(tokens: readonly Token[], keys: TokenKeys, s: Sentence, i: number, coordinated = true, reduced = true): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB' || t.norm.endsWith('ing')) return false;
  const participle = participleForm(t);
  // reduced relative: "those killed in battle", "people arrested by police"
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // (the regular ending only: an irregular past, "guerillas blew up", reads as a participle too)
  if (reduced && PARTICIPLE.test(t.norm) && i > s.firstToken && (prev.pos === 'NOUN' || prev.norm === 'those' || prev.norm === 'many' || prev.norm === 'some') && (!next || next.pos === 'ADP' || next.pos === 'PUNCT')) return true;
  for (let k = i - 1; k >= Math.max(s.firstToken, i - 3); k--) {
    if (PASSIVE_AUX.has(keys.stem(k)) || PASSIVE_AUX.has(tokens[k].norm)) return true;
    // ("was not accepted", "weren't allowed": the negator the tagger reads as a particle)
    if (tokens[k].pos !== 'ADV' && tokens[k].pos !== 'AUX' && !(tokens[k].pos === 'PART' && (tokens[k].norm === 'not' || tokens[k].norm === "n't"))) break;
  }
  if (!coordinated || !participle) return false;
  // "convicted of drug crimes and deported": the passive of the first participle carries over
  let k = i - 1;
  while (k > s.firstToken && tokens[k].pos === 'ADV') k--;
  if (k <= s.firstToken || (tokens[k].norm !== 'and' && tokens[k].norm !== 'or')) return false;
  for (let j = k - 1; j >= Math.max(s.firstToken, k - 7); j--) {
    const w = tokens[j];
    if (w.pos === 'VERB') return isPassive(tokens, keys, s, j, false);
    if (w.pos === 'PUNCT' && w.norm !== ',') return false;
  }
  return false;
}

function clauseEnd(tokens: readonly Token[], keys: TokenKeys, s: Sentence, from: number, max = 14, purpose = false): number {
  for (let k = from; k < s.endToken && k < from + max; k++) {
    const t = tokens[k];
    // (a subordinator right after the trigger opens another clause too: "resigned after Russia seized ...")
    if (CLAUSE_BREAK.has(t.norm) && (k > from || SUBORDINATORS.has(t.norm))) return k;
    const next = tokens[k + 1];
    const verbal = next && (next.pos === 'VERB' || next.norm.endsWith('ing'));
    if (k > from && verbal && (t.norm === ',' || t.norm === 'and' || (t.norm === 'to' && t.pos === 'PART' && !purpose))) return k;
    // another verb's object is not this event's target ("capable of hitting the U.S.")
    if (k > from && t.pos === 'VERB' && tokens[k - 1].norm !== 'to') return k;
    if (t.norm === ',' && (tokens[k + 1]?.norm === 'according' || reportTagAhead(tokens, keys, s, k + 1))) return k;
    if (REPORT_VERBS.has(keys.stem(k)) && tokens[k].pos === 'VERB' && k > from + 1) return k;
  }
  return Math.min(s.endToken, from + max);
}

/** Whether ", the FNV union said" follows: a reporting verb within four tokens, no other verb first. */
function reportTagAhead(tokens: readonly Token[], keys: TokenKeys, s: Sentence, from: number): boolean {
  for (let k = from; k < s.endToken && k < from + 5; k++) {
    const t = tokens[k];
    if (t.pos === 'VERB') return REPORT_VERBS.has(keys.stem(k));
  }
  return false;
}

/** Resolves a pronoun or a bare surname to the actor it stands for. */
function resolve(ctx: Context, cands: readonly Candidate[], c: Candidate, s?: Sentence): Candidate | null {
  if (c.kind === 'pronoun' && (c.name === 'We' || c.name === 'we' || c.name === 'I') && s) {
    // "We will never ...," the president said: the speaker
    for (const r of reporters(ctx, cands, s)) {
      if (r.k <= c.start) continue;
      const tag = cands.find((o) => o.kind !== 'pronoun' && ((o.end === r.k && o.start > c.end) || o.start === r.k + 1));
      if (tag) return tag;
    }
  }
  if (c.kind === 'pronoun') {
    // inside someone's quote "they" or "he" is whoever the quote talks about, never its speaker:
    // only a phrase inside the same quote can stand for it
    const inQuote = quoteSpanAt(ctx, ctx.tokens[c.start].start);
    if (inQuote) {
      const inside = cands.filter((p) => p.end <= c.start && p.kind !== 'pronoun' && ctx.tokens[p.start].start >= inQuote.start);
      return s && inside.length ? subjectBefore(ctx, inside, s, c.start) : null;
    }
    const before = cands.filter((p) => p.end <= c.start && p.kind !== 'pronoun');
    if (s && before.length) return subjectBefore(ctx, before, s, c.start);
    return ctx.lastSubject;
  }
  if (c.kind === 'agent' && !c.country && !c.code && c.start > 0 && POSSESSIVES.has(ctx.tokens[c.start - 1].norm)) {
    // "their forces", "its army": the owner is the previous actor
    for (let k = cands.indexOf(c) - 1; k >= 0; k--) {
      const p = cands[k];
      if (p.kind !== 'pronoun' && (p.country || p.code)) return withCountry(c, p.country, p.code && p.code.length > 3 ? p.code : null);
    }
    if (ctx.lastSubject) return withCountry(c, ctx.lastSubject.country, c.code);
  }
  if (!c.country && !c.code && (c.kind === 'unknown' || c.kind === 'named')) {
    const last = c.name.split(/\s+/).pop() ?? '';
    const hit = ctx.known.get(last);
    // the entity layer already says which person a bare surname is ("Cruz" is Ted, not his father)
    if (hit && !(c.entity && hit.entity && c.entity !== hit.entity)) {
      const r = copyCandidate(c);
      r.country = hit.country;
      r.sector = c.sector ?? hit.sector;
      r.entity = c.entity ?? hit.entity;
      r.name = hit.name;
      return r;
    }
  }
  return c;
}

/** A copy of `c` with another country and code. */
function withCountry(c: Candidate, country: string | null, code: string | null): Candidate {
  const r = copyCandidate(c);
  r.country = country;
  r.code = code;
  return r;
}

function subjectBefore(ctx: Context, cands: readonly Candidate[], s: Sentence, i: number, ownClause = false): Candidate | null {
  const { tokens } = ctx;
  // the doer of a reported act is inside the reported clause: who reports it ("state media
  // declares the deployment aims to ...") or believes it is its `reportedBy`, never its actor
  const bound = ownClause && i < tokens.length ? reportedClauseStart(ctx, s, i) : -1;
  let ofCand: Candidate | null = null;
  let weak: Candidate | null = null;
  let fallback: Candidate | null = null;
  let boundary = -1;
  // the clause boundary: the nearest finite verb or "that" before the trigger
  for (let k = i - 1; k > s.firstToken; k--) {
    const t = tokens[k];
    if (t.norm === 'that' || t.norm === ';' || (t.pos === 'VERB' && tokens[k - 1].pos !== 'DET' && !(t.norm.endsWith('ing') && k === i - 1))) {
      boundary = k;
      break;
    }
  }
  let lastComma = -1;
  for (let k = i - 1; k >= s.firstToken; k--) {
    if (tokens[k].norm === ',') {
      lastComma = k;
      break;
    }
  }
  // an act inside a direct quote is done by someone the quote names, not by its speaker outside
  // it ("KCNA stated, 'They who fought ...'"); a "we" or "I" is resolved to the speaker in `resolve`
  const quoted = i < tokens.length ? quoteSpanAt(ctx, tokens[i].start) : null;
  const head = relativeHead(tokens, cands, s, i);
  if (head && !(quoted && tokens[head.start].start < quoted.start)) {
    const r = resolve(ctx, cands, head, s);
    if (r) return r;
  }
  for (let k = cands.length - 1; k >= 0; k--) {
    const c = cands[k];
    if (c.end > i) continue;
    if (quoted && tokens[c.start].start < quoted.start) break;
    if (c.start < bound) break;
    // "told reporters (that) he would ...": whom a statement is told to is its audience, never
    // the doer of what it says (nor what a pronoun in it stands for)
    if (addressee(ctx, s, c)) continue;
    // a place is where the act happens, not who does it ("the Las Vegas shooting")
    if (merePlace(c)) continue;
    if (c.kind === 'unknown' && c.start === s.firstToken && c.end === i) continue;
    // "(ILO)", "Pakistan, a key U.S. ally, ...": parentheses and appositions are not the subject
    if (c.start > s.firstToken && tokens[c.start - 1].norm === '(') continue;
    const opener = c.end <= lastComma ? appositionOpener(tokens, s, c, i) : -1;
    if (opener >= 0) {
      const head = cands.find((o) => o.end === opener);
      if (head) return resolve(ctx, cands, head, s);
    }
    if (c.prep === 'of') {
      ofCand ??= c;
      continue;
    }
    if (c.prep === 'with' && c.end === i && tokens[i].norm.endsWith('ing')) return resolve(ctx, cands, c, s);
    // "after Russia seized Crimea": the word the tagger reads as a preposition opens a clause
    // whose subject this phrase is
    if (SUBORDINATORS.has(c.prep) && tokens[i].pos === 'VERB' && onlyAuxBetween(tokens, c.end, i)) {
      const r = resolve(ctx, cands, c, s);
      if (r) return r;
    }
    if (SUBJECT_SKIP_PREPS.has(c.prep)) {
      fallback ??= c.kind === 'named' && !c.place ? c : null;
      continue;
    }
    const r = resolve(ctx, cands, c, s);
    if (!r) continue;
    // a name we cannot place ("Sheikh Hamad", "Mediterranean") yields to a known actor in the
    // same clause ("Qatar's emir, Sheikh Hamad ..."); a sector noun ("rebels") is a subject as is
    if (!r.country && !r.code && !r.members.length && r.kind !== 'agent' && r.kind !== 'pronoun') {
      weak ??= r;
      if (c.start <= boundary) break;
      continue;
    }
    if (weak && c.end <= boundary) return weak;
    return r;
  }
  const last = ofCand ?? weak ?? fallback;
  return last ? resolve(ctx, cands, last, s) : null;
}

const RELATIVE = new Set(['who', 'which', 'that']);

/**
 * Verbs whose first object is the one told, not a doer: Levin (1993) 37.2 "tell" verbs and 37.9
 * "advise" verbs (inform, assure, brief, notify, remind, warn, ...), with "promise" (Levin 13.3).
 */
const ADDRESSEE_VERBS = new Set(['tell', 'inform', 'assure', 'reassure', 'brief', 'remind', 'notify', 'warn', 'advise', 'alert', 'promise']);

/**
 * Whether candidate `c` is the object of a verb of telling with a clause after it ("told
 * reporters he ...", "assured the public that ..."); an object before an infinitive ("warned Iran
 * not to attack", "told Kyiv to withdraw") is who is to act, so it is not skipped.
 */
function addressee(ctx: Context, s: Sentence, c: Candidate): boolean {
  const { tokens } = ctx;
  let k = c.start - 1;
  if (k > s.firstToken && tokens[k].pos === 'DET') k--;
  if (k <= s.firstToken || tokens[k].pos !== 'VERB' || !ADDRESSEE_VERBS.has(ctx.keys.stem(k))) return false;
  const next = tokens[c.end]?.norm;
  return next !== 'to' && next !== 'not' && next !== 'never';
}

/** Verbs of saying and believing whose clause object holds an act of someone else ("claims X bombed"). */
const REPORTED_CLAUSE_VERBS = new Set([...REPORT_VERBS, 'believe', 'think', 'know', 'fear', 'argue', 'doubt', 'suspect', 'hear', 'show', 'find', 'warn', 'accuse', 'charge', 'deny', 'reveal', 'disclose', 'learn', 'understand', 'recall', 'stress', 'emphasize', 'emphasise', 'explain', 'contend', 'maintain', 'signal', 'imply', 'describe', 'frame']);

/**
 * First token of the reported clause holding token `i`: the word after the nearest verb of
 * saying or believing before it (not one taking an infinitive, "claims to", whose subject is the
 * doer), or the start of an indirect or belief quote's content (quotes layer) covering it; -1 when
 * the act is nobody's report.
 */
function reportedClauseStart(ctx: Context, s: Sentence, i: number): number {
  const { tokens, keys } = ctx;
  // a noun is the reporter's own act ("announced a suspension", "reiterated its demand"), and a
  // gerund opening the clause has no subject of its own ("said that removing sanctions ...")
  if (tokens[i].pos !== 'VERB') return -1;
  // inside a direct quote the quote's own words name the doer (see `subjectBefore`)
  if (quoteSpanAt(ctx, tokens[i].start)) return -1;
  let open = i - 1;
  while (open > s.firstToken && (tokens[open].norm === 'that' || tokens[open].pos === 'ADV')) open--;
  if (tokens[i].norm.endsWith('ing') && open >= s.firstToken && tokens[open].pos === 'VERB' && REPORTED_CLAUSE_VERBS.has(keys.stem(open))) return -1;
  for (let k = i - 1; k > s.firstToken; k--) {
    const t = tokens[k];
    if (t.norm === ';' || t.norm === ':') break;
    if (t.pos === 'VERB' && REPORTED_CLAUSE_VERBS.has(keys.stem(k)) && tokens[k + 1]?.norm !== 'to' && tokens[k - 1].pos !== 'DET') {
      // "it says, urging people to ...": a participle after the comma shares the reporter's subject
      if (tokens[k + 1]?.norm === ',') break;
      // (a passive "was reported" has no reporter before it; its subject is the doer's clause)
      if (PASSIVE_AUX.has(keys.stem(k - 1)) || PASSIVE_AUX.has(tokens[k - 1].norm)) break;
      return k + 1;
    }
  }
  const offset = tokens[i].start;
  const spans = quoteSpansOf(ctx);
  for (let k = 0; k < spans.starts.length; k++) {
    if (spans.starts[k] <= offset && offset < spans.ends[k] && ctx.quotes[spans.quote[k]].kind !== 'direct') {
      const first = tokenAt(tokens, spans.starts[k]);
      // only a clause content ("the claim that X ...", "X, the ministry believes, ..."): in "called
      // on Arabs to unite" the content is what the addressee named before it is to do
      const clause = first > s.firstToken && (tokens[first - 1].norm === 'that' || tokens[first].norm === 'that' || REPORTED_CLAUSE_VERBS.has(keys.stem(first - 1)));
      return clause && first < i ? first : -1;
    }
  }
  return -1;
}

/** Verbs whose object is a clause of its own ("who believe Russia attacked"): a relative clause with one is no subject's. */
const CLAUSE_VERBS = new Set([...REPORT_VERBS, 'believe', 'think', 'know', 'fear', 'hope', 'expect', 'want', 'feel', 'argue', 'worry', 'doubt', 'suspect', 'see', 'hear', 'show', 'find', 'mean']);

/**
 * The head of the subject relative clause the trigger closes or belongs to: "companies that had
 * insured Patriot's debts agreed" (companies agreed), "the man who attacked Peru" (the man
 * attacked); or null when the trigger is an infinitive or a clause verb intervenes.
 */
function relativeHead(tokens: readonly Token[], cands: readonly Candidate[], s: Sentence, i: number): Candidate | null {
  if (tokens[i].pos !== 'VERB' || tokens[i].norm.endsWith('ing') || tokens[i - 1]?.norm === 'to') return null;
  let verbs = 0;
  for (let j = i - 1; j > s.firstToken && j >= i - 12; j--) {
    const t = tokens[j];
    if (RELATIVE.has(t.norm)) {
      const after = tokens[j + 1];
      if (!after || (after.pos !== 'AUX' && after.pos !== 'VERB' && after.pos !== 'ADV')) return null;
      return cands.find((c) => c.end === j && c.kind !== 'pronoun') ?? null;
    }
    if (t.norm === ';' || t.norm === ',' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return null;
    if (t.pos === 'VERB' && (CLAUSE_VERBS.has(t.lemma) || ++verbs > 1)) return null;
  }
  return null;
}

/** Words the tagger reads as prepositions that also open a clause ("after Russia seized ..."). */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'as', 'while', 'once', 'because', 'although', 'though', 'if', 'unless', 'whether']);

/** Whether only auxiliaries, adverbs and particles lie in tokens [from, to) ("has already", "did not"). */
function onlyAuxBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const pos = tokens[k].pos;
    if (pos !== 'AUX' && pos !== 'ADV' && pos !== 'PART') return false;
  }
  return true;
}

/** A city, region or area with no sector or code: a location, never an actor or target. */
function merePlace(c: Candidate): boolean {
  return c.locality && !c.sector && !c.code && !c.members.length;
}

/** Index of the comma opening an apposition that holds candidate `c` ("X, a Y of Z, did"), or -1. */
function appositionOpener(tokens: readonly Token[], s: Sentence, c: Candidate, i: number): number {
  let close = -1;
  for (let k = c.end; k < i; k++) if (tokens[k].norm === ',') close = k;
  if (close < 0) return -1;
  for (let k = c.start - 1; k > s.firstToken; k--) {
    const t = tokens[k];
    if (t.norm === ',') return k;
    if (t.pos === 'VERB' || t.pos === 'AUX') return -1;
  }
  return -1;
}

function targetAfter(ctx: Context, cands: readonly Candidate[], s: Sentence, from: number, p: CompiledPattern | null, actor: Candidate | null): Candidate | null {
  const { tokens } = ctx;
  const stop = clauseEnd(tokens, ctx.keys, s, from, 14, !!p?.purpose);
  const preps = p?.targetPreps ?? DEFAULT_TARGET_PREPS;
  const never = p?.notTarget;
  let best: Candidate | null = null;
  let bestRank = Infinity;
  // an object pronoun we do not resolve ("welcomed him into Britain") is the target, so no phrase after it is
  let o = from;
  while (o < stop && (tokens[o].pos === 'ADV' || tokens[o].pos === 'PART')) o++;
  const possessive = tokens[o]?.norm === 'her' && (tokens[o + 1]?.pos === 'NOUN' || tokens[o + 1]?.pos === 'ADJ' || tokens[o + 1]?.pos === 'PROPN');
  if (o < stop && OBJECT_PRONOUNS.has(tokens[o].norm) && !possessive && (!p?.targetPreps || p.targetPreps.includes(''))) return null;
  for (const c of cands) {
    if (c.start < from || c.start >= stop) continue;
    if (c.kind === 'pronoun' || (never !== undefined && never.includes(c.prep)) || merePlace(c)) continue;
    if (actor && c.start === actor.start) continue;
    let rank = preps.indexOf(c.prep);
    if (rank < 0 && LOCATIVE.has(c.prep)) continue;
    if (rank < 0) rank = 50;
    if (c.kind === 'unknown') rank += 10;
    if (rank < bestRank) {
      best = c;
      bestRank = rank;
    }
  }
  return best ? resolve(ctx, cands, best, s) : null;
}

function toActor(c: Candidate | null): EventActor | null {
  if (!c) return null;
  const sector = c.sector;
  const code = c.code ?? (c.country ? c.country + (sector ?? '') : null);
  return {
    name: c.name,
    entity: c.entity,
    country: c.country,
    code: c.code && sector && !c.code.endsWith(sector) && c.code.length === 3 ? c.code + sector : code,
    sector: sector ? (SECTOR_NAMES[sector] ?? sector.toLowerCase()) : null,
    members: c.members.map((m) => toActor(m)!),
  };
}

function placeOf(ctx: Context, cands: readonly Candidate[], c: Candidate, s: Sentence): { name: string; country: string | null } {
  const { tokens } = ctx;
  let country = c.country;
  // "Ukraine's Kursk region": the possessor names the country
  if (!country && c.start >= s.firstToken + 2 && (tokens[c.start - 1].norm === "'s" || tokens[c.start - 1].norm === '’s')) {
    const owner = cands.find((o) => o.end === c.start - 1 && o.country);
    country = owner?.country ?? null;
  }
  // the place as the text names it ("Turkey", "Kursk"), not the state's canonical name
  return { name: ctx.text.slice(tokens[c.start].start, tokens[c.end - 1].end), country };
}

function locationOf(ctx: Context, cands: readonly Candidate[], from: number, s: Sentence): { name: string; country: string | null } | null {
  for (const c of cands) if (c.start >= from && c.place && (LOCATIVE.has(c.prep) || namedSettlement(ctx.tokens, c, from))) return placeOf(ctx, cands, c, s);
  for (const c of cands) if (c.start < from && c.place && LOCATIVE.has(c.prep)) return placeOf(ctx, cands, c, s);
  return null;
}

const SETTLEMENTS = new Set(SETTLEMENT_NOUNS);

/** Whether a place after the trigger is named by "the town of X" right after it ("visited the flooded town of Faenza"). */
function namedSettlement(tokens: readonly Token[], c: Candidate, from: number): boolean {
  if (c.prep !== 'of' || c.start < 2 || c.start - from > 6) return false;
  return SETTLEMENTS.has(tokens[c.start - 2].norm) && tokens[c.start - 1].norm === 'of';
}

/**
 * Whether token k ends a subordinator of a habitual or conditional clause: "whenever", "every
 * time", "each time", "as long as", "so long as" (Quirk et al. 1985, 15.25 and 15.34: clauses of
 * time with a habitual or conditional sense, and of proviso). What such a clause tells is a kind
 * of occasion, no act that happened.
 */
function conditionalEnd(tokens: readonly Token[], s: Sentence, k: number): boolean {
  if (k < s.firstToken || k >= s.endToken) return false;
  const n = tokens[k].norm;
  if (n === 'whenever') return true;
  if (n === 'time') return k > s.firstToken && (tokens[k - 1].norm === 'every' || tokens[k - 1].norm === 'each');
  return n === 'as' && k - 2 >= s.firstToken && tokens[k - 1].norm === 'long' && (tokens[k - 2].norm === 'as' || tokens[k - 2].norm === 'so');
}

function hedgedAt(ctx: Context, s: Sentence, i: number): boolean {
  const start = ctx.tokens[i].start;
  // "If talks fail, Russia will attack", "Whenever Russia threatens, NATO responds": the
  // consequence of a condition or a habit is as hypothetical
  let first = s.firstToken;
  while (first < i && ctx.tokens[first].pos === 'PUNCT') first++;
  if (first < i && (ctx.tokens[first].norm === 'if' || conditionalEnd(ctx.tokens, s, first + (ctx.tokens[first].norm === 'whenever' ? 0 : ctx.tokens[first + 1]?.norm === 'time' ? 1 : 2)))) return true;
  // a hypothetical or habitual clause: "If the Kremlin sends troops ...", "every time Iran attacks"
  for (let k = i - 1; k >= Math.max(s.firstToken, i - 8); k--) {
    const t = ctx.tokens[k];
    if (t.norm === 'if' || t.norm === 'unless' || t.norm === 'whether' || conditionalEnd(ctx.tokens, s, k)) return true;
    if (t.norm === ',' || t.norm === ';') break;
  }
  for (const h of ctx.hedges) if (h.scope.start <= start && start < h.scope.end && h.end <= start) return true;
  for (let k = i - 1; k >= Math.max(s.firstToken, i - 4); k--) {
    const t = ctx.tokens[k];
    // ("could not accept" says what was not possible, no hedge: see `moodOf`'s negated ability)
    if (HEDGE_CUES.has(t.norm) && !(t.norm === 'could' && (ctx.tokens[k + 1].norm === 'not' || ctx.tokens[k + 1].norm === "n't"))) return true;
    if (t.pos === 'PUNCT' && t.norm !== ',') break;
  }
  return false;
}

type ReportedBy = NonNullable<Event['reportedBy']>;

/** Whether a phrase follows a comma or closing quote (determiners aside): ", the president said". */
function afterComma(tokens: readonly Token[], start: number, first: number): boolean {
  for (let k = start - 1; k >= first; k--) {
    const n = tokens[k].norm;
    if (n === ',' || n === '”' || n === '"' || n === "''") return true;
    if (tokens[k].pos !== 'DET') return false;
  }
  return false;
}
const who = (c: Candidate | null | undefined): ReportedBy | null => (c && c.kind !== 'pronoun' ? { name: c.name, entity: c.entity, quote: null } : null);
const reporterMemo = new WeakMap<readonly Candidate[], { k: number; before: ReportedBy | null; tag: ReportedBy | null }[]>();

/** Reporting verbs of a sentence with who reports before and after them (once per sentence). */
function reporters(ctx: Context, cands: readonly Candidate[], s: Sentence) {
  const hit = reporterMemo.get(cands);
  if (hit) return hit;
  const { tokens } = ctx;
  const out: { k: number; before: ReportedBy | null; tag: ReportedBy | null }[] = [];
  // registered before it is filled: resolving a subject below may ask for the reporters again
  reporterMemo.set(cands, out);
  for (let k = s.firstToken; k < s.endToken; k++) {
    const t = tokens[k];
    if (t.pos !== 'VERB' || !REPORT_VERBS.has(ctx.keys.stem(k))) continue;
    // after the event only the tag form counts: ", officials said" / ", said Merezhko"
    const tag =
      cands.find((c) => c.end === k && c.start > s.firstToken && afterComma(tokens, c.start, s.firstToken)) ??
      (tokens[k - 1]?.norm === ',' ? cands.find((c) => c.start === k + 1) : undefined);
    out.push({ k, before: who(subjectBefore(ctx, cands, s, k)), tag: who(tag) });
  }
  return out;
}

function quoteSpansOf(ctx: Context): QuoteSpans {
  if (ctx.quoteSpans) return ctx.quoteSpans;
  const spans: QuoteSpans = { starts: [], ends: [], quote: [], directStarts: [], directEnds: [] };
  for (let k = 0; k < ctx.quotes.length; k++) {
    const q = ctx.quotes[k];
    if (q.parts.length) {
      for (const p of q.parts) {
        spans.starts.push(p.start);
        spans.ends.push(p.end);
        spans.quote.push(k);
      }
    } else {
      spans.starts.push(q.start);
      spans.ends.push(q.end);
      spans.quote.push(k);
    }
  }
  const direct: number[] = [];
  for (let k = 0; k < spans.starts.length; k++) if (ctx.quotes[spans.quote[k]].kind === 'direct') direct.push(k);
  direct.sort((a, b) => spans.starts[a] - spans.starts[b]);
  for (const k of direct) {
    spans.directStarts.push(spans.starts[k]);
    spans.directEnds.push(spans.ends[k]);
  }
  return (ctx.quoteSpans = spans);
}

/** The quote part covering `offset` (a direct quote's words only), or null. */
function quoteSpanAt(ctx: Context, offset: number): { start: number; end: number } | null {
  const { directStarts: starts, directEnds: ends } = quoteSpansOf(ctx);
  // the last part starting at or before the offset, then a few before it (parts rarely overlap)
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (offset < ends[k]) return { start: starts[k], end: ends[k] };
  return null;
}

function reportedByAt(ctx: Context, cands: readonly Candidate[], s: Sentence, i: number): Event['reportedBy'] {
  const offset = ctx.tokens[i].start;
  // the first quote in layer order with a part covering the trigger
  const spans = quoteSpansOf(ctx);
  for (let k = 0; k < spans.starts.length; k++) {
    if (spans.starts[k] <= offset && offset < spans.ends[k]) {
      const q = ctx.quotes[spans.quote[k]];
      return q.speaker ? { name: q.speaker.name, entity: q.speaker.entity, quote: q.id } : null;
    }
  }
  const { tokens } = ctx;
  // "X said/confirms (that) ... <event>" or "<event>, X said" or "according to X"
  for (const r of reporters(ctx, cands, s)) {
    if (r.k === i) continue;
    const by = r.k < i ? r.before : r.tag;
    if (by) return by;
  }
  for (let k = s.firstToken; k < s.endToken - 2; k++) {
    if (tokens[k].norm === 'according' && tokens[k + 1].norm === 'to') {
      const who = cands.find((c) => c.start >= k + 2 && c.start <= k + 4);
      if (who) return { name: who.name, entity: who.entity, quote: null };
    }
  }
  return null;
}

function violence(ctx: Context, s: Sentence, raw: Raw, actor: Candidate | null, target: Candidate | null, physical: boolean): { type: PloverType; cameo: string; rule?: string } | null {
  const keys = ctx.keys;
  // ("strike back" is retaliation, never a walkout)
  if (keys.stem(raw.trigger) === 'strike' && ctx.tokens[raw.trigger + 1]?.norm !== 'back' && actor?.sector && STRIKING_SECTORS.has(actor.sector)) return { type: 'PROTEST', cameo: '14', rule: 'labour-strike' };
  let unconv = false;
  let mil = false;
  let harm = false;
  for (let k = s.firstToken; k < s.endToken; k++) {
    const w = keys.stem(k);
    if (UNCONVENTIONAL.has(w)) unconv = true;
    if (MILITARY.has(w)) mil = true;
    if (KILLING.has(w)) harm = true;
  }
  if (unconv) return { type: 'ASSAULT', cameo: '18' };
  if (mil || actor?.sector === 'MIL' || target?.sector === 'MIL') return { type: 'FIGHT', cameo: '19' };
  // "assaulted teachers": to assault is to do bodily harm (Merriam-Webster assault v.1; CAMEO 182
  // physically assault), never criticism
  if (keys.stem(raw.trigger) === 'assault') return { type: 'ASSAULT', cameo: '18' };
  const armed = !!actor?.sector && ARMED_SECTORS.has(actor.sector);
  // "attacked Kharkiv", "attacked the tanker", "Russia attacked Ukraine": an attack on a place, a
  // building or a vehicle, or by one state on another, is physical: military force by a state or
  // an armed side (CAMEO 19), other violence (CAMEO 18) by anyone else
  if (physical) return armed || (actor && stateLike(actor)) ? { type: 'FIGHT', cameo: '19' } : { type: 'ASSAULT', cameo: '18' };
  // "Trump attacked a federal judge", "Clinton slammed Obama": with no weapon or armed side in
  // sight an attack is verbal, which CAMEO codes as criticism (111)
  // ("hit" only with a speaker in sight: "got hit" with no one named is a blow, not words)
  if (!armed && !harm && (actor || keys.stem(raw.trigger) !== 'hit') && VERBAL_ATTACK.has(keys.stem(raw.trigger))) return { type: 'DISAPPROVE', cameo: '11', rule: 'verbal-attack' };
  return null;
}

/** Whether "unless" follows token `from` in the sentence (an intent then reads as a threat). */
function unlessAfter(tokens: readonly Token[], s: Sentence, from: number): boolean {
  for (let k = from; k < s.endToken; k++) if (tokens[k].norm === 'unless') return true;
  return false;
}

/** The "by X" agent of a passive trigger. */
function passiveActor(ctx: Context, cands: readonly Candidate[], s: Sentence, r: Raw): Candidate | null {
  const by = cands.find((c) => c.start > r.trigger && c.start <= r.trigger + 6 && c.prep === 'by');
  return by ? resolve(ctx, cands, by, s) : null;
}

/** The patient of a passive trigger: the head of a reduced relative, else the subject. */
function passiveTarget(ctx: Context, cands: readonly Candidate[], s: Sentence, r: Raw): Candidate | null {
  const keys = ctx.keys;
  // no "be"/"get" in the three words before: a reduced relative ("those killed in battle")
  let reduced = true;
  for (let d = 1; d <= 3; d++) if (r.trigger - d >= s.firstToken && (PASSIVE_AUX.has(keys.stem(r.trigger - d)) || PASSIVE_AUX.has(ctx.tokens[r.trigger - d].norm))) reduced = false;
  const head = cands.find((c) => c.end === r.trigger);
  return reduced ? (head ? resolve(ctx, cands, head, s) : null) : subjectBefore(ctx, cands, s, r.trigger);
}

/** "was arrested in Lebanon": the authorities of the place where it happened, or null. */
function placeAuthority(cands: readonly Candidate[], r: Raw): Candidate | null {
  const where = cands.find((c) => c.start > r.trigger && LOCATIVE.has(c.prep) && c.country && c.place);
  if (!where) return null;
  const actor = copyCandidate(where);
  actor.sector = 'GOV';
  actor.code = null;
  actor.kind = 'named';
  return actor;
}

/** The target of an active trigger (or of the verb governing it). */
function activeTarget(ctx: Context, cands: readonly Candidate[], s: Sentence, r: Raw, subjectAt: number, actor: Candidate | null): Candidate | null {
  const p = r.pattern;
  // the target may sit before the object ("gave the Ivory Coast 5 million dollars"), but the
  // object itself ("sent North Korean troops") is not the target
  const objectEnd = r.last;
  const objectFree = p.ownObject && r.last > r.trigger ? cands.filter((c) => !(c.start <= objectEnd && c.end > objectEnd) && !(c.start > r.trigger && c.end <= objectEnd && !c.country && !c.code)) : cands;
  const target = targetAfter(ctx, objectFree, s, r.trigger + p.trigger.length, p, actor);
  if (!target && subjectAt !== r.trigger) return targetAfter(ctx, cands, s, subjectAt + 1, null, actor);
  return target;
}

/** The distinct parties (by country and code) a standalone noun pattern names ("the two sides"). */
function standaloneParties(ctx: Context, cands: readonly Candidate[], text: string): Candidate[] {
  const named = cands.filter((c) => (c.country || c.code || c.members.length) && !LOCATIVE.has(c.prep));
  const flat = named.flatMap((c) => (c.members.length ? c.members : [c]));
  const distinct = flat.filter((c, j) => flat.findIndex((o) => o.country === c.country && o.code === c.code) === j);
  if (distinct.length < 2 && /\b(both|two|mutual|bilateral|each other)\b/i.test(text)) {
    const other = [...ctx.recent].reverse().find((c) => c.country && !distinct.some((d) => d.country === c.country));
    if (other) distinct.push(other);
  }
  return distinct;
}

/** "an assertion Kyiv denies": what is denied is the claim of the one who made it (or null). */
function claimantOf(ctx: Context, cands: readonly Candidate[], s: Sentence, r: Raw, actor: Candidate): Candidate | null {
  const report = findReportVerb(ctx.tokens, ctx.keys, s, r.trigger);
  const claimant = report >= 0 ? subjectBefore(ctx, cands, s, report) : null;
  return claimant && claimant.start !== actor.start && (claimant.country !== actor.country || !actor.country) ? claimant : null;
}

/**
 * PETRARCH-style default: an actor we cannot place ("President Omar El Bashir", "rebels")
 * belongs to the only country the sentence names, or null.
 */
function defaultCountry(cands: readonly Candidate[], type: PloverType, target: Candidate | null): string | null {
  // the one distinct country of the candidates (a compound's members count, not the compound)
  let only: string | null = null;
  for (const c of cands) {
    if (c.members.length) {
      for (const m of c.members) {
        if (!m.country || m.country === only) continue;
        if (only !== null) return null;
        only = m.country;
      }
    } else if (c.country && c.country !== only) {
      if (only !== null) return null;
      only = c.country;
    }
  }
  // not across a front line: "Hamas fighters attacked an Israeli post" is not Israeli
  const hostile = (type === 'FIGHT' || type === 'ASSAULT') && target?.country === only;
  return only && !hostile ? only : null;
}

/** "in exchange for" / "in return for" after a transfer: the reverse transfer, or null. */
function reverseTransfer(ctx: Context, cands: readonly Candidate[], s: Sentence, r: Raw, type: PloverType, actor: Candidate, target: Candidate, date: string | null): Omit<Event, 'id'> | null {
  const tokens = ctx.tokens;
  for (let j = r.last + 1; j < s.endToken - 2; j++) {
    if (tokens[j].norm === 'in' && (tokens[j + 1].norm === 'exchange' || tokens[j + 1].norm === 'return') && tokens[j + 2].norm === 'for') {
      return {
        start: s.start,
        end: s.end,
        text: ctx.text.slice(s.start, s.end),
        type: type === 'AGREE' ? 'AGREE' : 'AID',
        cameo: type === 'AGREE' ? '03' : '07',
        actor: toActor(target),
        target: toActor(actor),
        symmetric: false,
        location: null,
        date,
        hedged: hedgedAt(ctx, s, j),
        negated: false,
        reportedBy: reportedByAt(ctx, cands, s, j),
        rule: 'events/in-exchange',
      };
    }
  }
  return null;
}

/** Whether a "to" follows the trigger (or is the pattern's own last word: "committed to"). */
function infinitiveAfter(tokens: readonly Token[], r: Raw): boolean {
  for (let k = r.trigger + 1; k <= r.last + 1 && k < tokens.length; k++) if (tokens[k].norm === 'to') return true;
  return false;
}

/** Codes the events of one sentence. */
function sentenceEvents(ctx: Context, s: Sentence, cands: Candidate[], raws: Raw[]): Omit<Event, 'id'>[] {
  const { tokens, text } = ctx;
  const keys = ctx.keys;
  const consumed = new Set<number>();
  const moods: Mood[] = [];
  for (const r of raws) moods.push(moodOf(tokens, keys, s, r.trigger));
  // a governing verb that is itself a trigger ("threatened to", "agreed to") is folded into the
  // event it governs instead of standing alone
  for (let k = 0; k < moods.length; k++) {
    const g = moods[k].governor;
    if (g < 0) continue;
    const gi = raws.findIndex((o) => o.trigger === g);
    if (gi >= 0 && gi !== k) consumed.add(gi);
  }
  // the sentence's text and date are built only for a sentence that yields an event (most with a
  // trigger yield none, and the date finder is a whole-sentence regular expression scan)
  let evidenceText: string | null = null;
  let date: string | null | undefined;
  const out: Omit<Event, 'id'>[] = [];
  let prevActor: Candidate | null = null;
  let prevRaw: Raw | null = null;
  for (let k = 0; k < raws.length; k++) {
    const r = raws[k];
    if (consumed.has(k)) continue;
    const p = r.pattern;
    const mood = moods[k];
    // an act on oneself ("veterans killing themselves", "defend itself") has no other side
    if (REFLEXIVE.has(tokens[r.trigger + p.trigger.length]?.norm ?? '')) continue;
    // "Why would Russia attack Poland?": a question asserts no act (it asks about one, or implies
    // one rhetorically, and the event layer states only what the text claims happened)
    if (inQuestion(tokens, s, r.trigger)) continue;
    // "submarines that can launch missiles": an ability is no act ("cannot accept" is not "can" + verb, so it stays)
    if (canDo(tokens, s, r.trigger)) continue;
    // "voters accept that humans cause it": accepting a clause grants a fact (Merriam-Webster accept
    // 2c), no proposal; only a refusal or an intent ("we will not accept that machines replace
    // people") makes it an act
    if (!mood.kind && !mood.negated && p.id === 'accept' && tokens[r.last + 1]?.norm === 'that') continue;
    let actor: Candidate | null;
    let target: Candidate | null;
    let type: PloverType = p.type;
    let cameo = p.cameo;
    let negated = false;
    let rule = p.id;
    const subjectAt = mood.governor >= 0 && mood.kind !== 'obligation' ? mood.governor : r.trigger;
    // (the parts of this loop are module functions: one large function took V8 long to compile)
    // a control verb is passive only without its infinitive ("Iran was promised access", not "was asked to")
    // (a control verb reads as a reduced relative too often: "officials agreed on Wednesday")
    const passive = (!p.control || !infinitiveAfter(tokens, r)) && isPassive(tokens, keys, s, r.trigger, true, !p.control);
    if (passive) {
      actor = passiveActor(ctx, cands, s, r);
      target = passiveTarget(ctx, cands, s, r);
      if (!actor && (p.type === 'COERCE' || p.type === 'INVESTIGATE')) actor = placeAuthority(cands, r);
    } else {
      actor = subjectBefore(ctx, cands, s, subjectAt, true);
      target = activeTarget(ctx, cands, s, r, subjectAt, actor);
    }
    // "allow families to sue", "helped rebels to seize": the object before the infinitive does it
    const doer = mood.kind ? undefined : infinitiveDoer(ctx, cands, s, r, raws);
    if (doer !== undefined) actor = doer;
    // "during the mass shooting", "after the attack": an act named by a noun phrase inside a
    // prepositional phrase is the occasion of the clause, so the clause's subject did not do it;
    // only a party inside the phrase ("after the police shooting", "in Israel's raid") did
    // "Democrats and the media are to blame": the subject of "be to blame" is who is blamed; the
    // one who says so blames them (Merriam-Webster "to blame": responsible, at fault)
    // ("a good strategy was to blame the killing on X" has an object: someone is to blame it)
    if (r.trigger - 2 > s.firstToken && tokens[r.trigger - 1].norm === 'to' && keys.stem(r.trigger) === 'blame' && keys.stem(r.trigger - 2) === 'be' && !OBJECT_START.has(tokens[r.trigger + 1]?.pos ?? '')) {
      target = subjectBefore(ctx, cands, s, r.trigger - 2);
      const report = findReportVerb(tokens, keys, s, r.trigger - 2);
      actor = report >= 0 ? subjectBefore(ctx, cands, s, report) : null;
      // (the blamed one is inside the reported clause: "officials said the check was to blame")
      if (target && report >= 0 && target.start < report) target = null;
    }
    const occasion = passive ? -1 : occasionStart(tokens, s, r.trigger);
    if (occasion >= 0) {
      const inside = cands.find((c) => c.start >= occasion && c.end <= r.trigger && !merePlace(c));
      actor = inside ? resolve(ctx, cands, inside, s) : null;
      if (target && actor && target.start === actor.start) target = null;
    }
    // "Steinle's shooting": a person's possessive before a harm noun names who suffered it
    const patient = possessivePatient(ctx, cands, s, r);
    if (patient) {
      target = resolve(ctx, cands, patient, s);
      actor = passiveActor(ctx, cands, s, r);
    }
    // "people who attack my wife": a generic relative clause names no act that happened
    const generic = genericRelative(tokens, s, r.trigger);
    if (generic && !pastForm(tokens, s, r.trigger)) continue;
    // "Countries that impose sanctions ...", "Any state that invades ...": a relative clause in the
    // present on a bare plural or an "any"/"every"/"a" noun says what such parties do, no act
    if (!generic && genericKind(tokens, s, r.trigger) && !pastForm(tokens, s, r.trigger)) continue;
    if (generic) actor = null;
    // "tests missiles and threatens X", "sent troops to fight": the same doer as the act before
    const before = tokens[r.trigger - 1]?.pos === 'ADV' ? r.trigger - 2 : r.trigger - 1;
    const linker = before >= s.firstToken ? tokens[before] : null;
    // ("allow 9/11 families to sue": the object of an act that is not the doer's own is the doer)
    const objectDoer = doer !== undefined || !!patient || generic || (linker?.norm === 'to' && actor && prevRaw && actor.start > prevRaw.last && !prevRaw.pattern.ownObject);
    if (prevActor && linker && !objectDoer && (linker.norm === 'and' || (linker.norm === 'to' && linker.pos === 'PART' && !mood.kind)) && (!actor || (!actor.country && !actor.code) || linker.norm === 'and')) {
      if (!(linker.norm === 'and' && actor && actor.end > before)) actor = prevActor;
    }
    if (p.standalone) {
      const distinct = standaloneParties(ctx, cands, (evidenceText ??= text.slice(s.start, s.end)));
      if (!distinct.length) continue;
      actor = distinct[0];
      target = distinct[1] ?? null;
    }
    // "attacked and occupied Kharkiv": a city or region as the object is where the act happened,
    // and its country (when not the doer's own) the side it was done to
    const placeObj = passive || p.standalone ? null : placeObject(cands, r);
    if (p.violence) {
      const v = violence(ctx, s, r, actor, target, !!placeObj || facilityObject(ctx, s, r) || statesAt(tokens, actor, target));
      if (v) {
        type = v.type;
        cameo = v.cameo;
        if (v.rule) rule = v.rule;
      }
    }
    if (mood.kind === 'obligation') {
      // "X said (that) Y must ...": a demand by the speaker on Y
      const report = findReportVerb(tokens, keys, s, r.trigger);
      if (report < 0) continue;
      target = subjectBefore(ctx, cands, s, mood.governor);
      actor = subjectBefore(ctx, cands, s, report);
      if (actor && target && actor.start === target.start) target = null;
      type = 'DEMAND';
      cameo = '10';
      rule = `must+${p.id}`;
    } else {
      // "was not allowed to", "don't agree with his views": a passive tells no one's refusal, and
      // disagreeing with a view is an opinion, so both stay a negated act (not REJECT)
      const plain = (!mood.kind || mood.kind === 'unable') && mood.negated && (passive || OPINION_NEXT.has(tokens[r.last + 1]?.norm ?? ''));
      const g = plain ? { type, cameo, negated: true } : governed(type, cameo, mood, mood.kind === 'intent' && unlessAfter(tokens, s, r.trigger), ACCEPTING.has(keys.stem(r.trigger)));
      if (!g) continue;
      if (g.type !== type || mood.kind) {
        const gov = mood.governor >= 0 ? raws.find((o) => o.trigger === mood.governor) : undefined;
        rule = `${gov ? gov.pattern.id : (mood.kind ?? (mood.negated ? 'not' : 'intent'))}+${rule}`;
      }
      type = g.type;
      cameo = g.cameo;
      negated = g.negated;
      if (mood.kind === 'demand' && mood.governor >= 0) {
        // the addressee sits between the demand verb and the "to" of the demanded act (for a verb
        // coordinated with that act, "to annihilate ... and liberate", not the first act's object)
        let bound = r.trigger;
        for (let k = mood.governor + 1; k < r.trigger; k++) {
          if (tokens[k].norm === 'to' && (tokens[k].pos === 'PART' || (tokens[k].pos === 'ADP' && OPENING_MARKS.has(tokens[k + 1].norm)))) {
            bound = k;
            break;
          }
        }
        const addressee = cands.find((c) => c.start > mood.governor && c.end <= bound && c.kind !== 'pronoun');
        if (addressee) target = resolve(ctx, cands, addressee, s);
      }
    }
    const next = tokens[r.last + 1]?.pos === 'ADV' ? tokens[r.last + 2] : tokens[r.last + 1];
    if (type === 'REJECT' && next?.norm === 'that') target = null;
    if (type === 'REJECT' && !target && actor) target = claimantOf(ctx, cands, s, r, actor);
    // "the deployment aims to annihilate ...": an act named by a noun for an act told before is
    // done by whoever did that act
    // (the subject of a passive, "the attack blamed on X", is what was acted on)
    if (!actor && !passive && !patient && !generic) actor = eventNounActor(ctx, s, subjectAt);
    if (!actor && !target) continue;
    // "I completely agree", "we support the idea": the speaker's own stance on no party is an opinion, not an act
    if (!target && !mood.kind && OPINION_TYPES.has(p.type) && type === p.type && firstPersonSubject(tokens, s, r.trigger)) continue;
    // "the plague which killed thousands", "were killed in a car crash": a disease, a storm or an
    // accident harms with no one doing it (EM-DAT hazards), so no assault or fight is told
    if ((p.violence || VIOLENT.has(type)) && hazardCause(ctx, cands, s, r.trigger, passive)) continue;
    if ((p.actorSubject || mood.kind === 'threat') && thingSubject(tokens, cands, s, subjectAt, passive, actor)) continue;
    // (several parties as the doer consult each other: "X and Y discussed", "European leaders gathered to discuss")
    if (p.needsParty && !passive && !(actor && (actor.members.length > 1 || pluralGroup(tokens, actor))) && !partyAfter(tokens, ctx.keys, cands, s, r)) continue;
    // "sent troops" to no stated recipient: a deployment, not aid to anyone
    if (!target && p.untargeted && type === p.type) {
      type = p.untargeted.type;
      cameo = p.untargeted.cameo;
    }
    if (p.authority && !(actor && (actor.code || (actor.sector && AUTHORITY_SECTORS.has(actor.sector)) || (actor.country && (actor.kind === 'named' && actor.place))))) continue;
    if (actor && !actor.country && !actor.code && !actor.members.length && (actor.sector || actor.kind === 'agent')) {
      const only = defaultCountry(cands, type, target);
      if (only) actor = withCountry(actor, only, actor.code);
    }
    let symmetric = !!p.symmetric && type !== 'REJECT' && !!actor && (!!target || actor.members.length > 1);
    if (p.symmetric && actor && !target && actor.members.length === 2) {
      target = actor.members[1];
      actor = actor.members[0];
      symmetric = true;
    }
    if (placeObj && !target && placeObj.country && placeObj.country !== actor?.country && PLACE_TYPES.has(type)) target = countryOf(placeObj.country, placeObj.start);
    if (p.id === 'joint-exercise' || (actor && actor.members.length > 1 && type === 'MOBILIZE')) {
      type = 'COOPERATE';
      cameo = '06';
    }
    if (actor) {
      prevActor = actor;
      prevRaw = r;
    }
    // one side on both ends is a misread side ("It did not allow Iran": "it" taken for Iran)
    if (actor && target && (actor.name === target.name || (actor.entity && actor.entity === target.entity))) actor = null;
    // the evidence fields written out: a spread followed by more new keys builds the object on a slow path
    evidenceText ??= text.slice(s.start, s.end);
    const year = nounYear(tokens, s, r.trigger);
    if (year === null && date === undefined) date = findDate(evidenceText, ctx.published);
    const ev: Omit<Event, 'id'> = {
      start: s.start,
      end: s.end,
      text: evidenceText,
      type,
      cameo,
      actor: toActor(actor),
      target: toActor(target),
      symmetric,
      location: placeObj && PLACE_TYPES.has(type) ? placeOf(ctx, cands, placeObj, s) : locationOf(ctx, cands, r.trigger, s),
      date: year ?? date!,
      hedged: hedgedAt(ctx, s, mood.governor >= 0 && mood.governor < r.trigger ? Math.min(mood.governor, r.trigger) : r.trigger),
      negated,
      reportedBy: notParty(reportedByAt(ctx, cands, s, r.trigger), target),
      rule: `events/${rule}`,
    };
    // one act told twice in a sentence ("annihilate and wipe out", "attack my wife and attack my father")
    if (out.some((o) => sameEvent(o, ev))) continue;
    // "opened fire on a crowd, killing 50 and injuring 500": the harm a participle names is the
    // act before it, not another one
    const prior = out.length ? out[out.length - 1] : null;
    if (prior && VIOLENT.has(ev.type) && VIOLENT.has(prior.type) && tokens[r.trigger].norm.endsWith('ing') && (!ev.actor || prior.actor?.name === ev.actor.name)) {
      if (!prior.target && ev.target) prior.target = ev.target;
      continue;
    }
    out.push(ev);
    if (actor && !symmetric && actor.kind !== 'pronoun') ctx.lastOfType.set(type, actor);
    // "in exchange for" / "in return for" after a transfer: the reverse transfer
    if ((type === 'AID' || type === 'COOPERATE' || (type === 'AGREE' && p.type === 'AID')) && actor && target) {
      if (date === undefined) date = findDate(evidenceText, ctx.published);
      const back = reverseTransfer(ctx, cands, s, r, type, actor, target, date);
      if (back) out.push(back);
    }
  }
  return out;
}

const VIOLENT = new Set(['FIGHT', 'ASSAULT']);
/** Words after "agree" that make it a view shared, not a proposal accepted ("agree with his views", "agree on the means"). */
const OPINION_NEXT = new Set(['with', 'on', 'about']);
/** Acts done to a place (attacks, occupations, blockades, raids): the place is their location. */
const PLACE_TYPES = new Set<PloverType>(['FIGHT', 'ASSAULT', 'COERCE']);

/** A city or region (`merePlace`) that is the trigger's direct object ("occupied Kharkiv"), or null. */
function placeObject(cands: readonly Candidate[], r: Raw): Candidate | null {
  for (const c of cands) {
    if (c.start <= r.last) continue;
    if (c.start > r.last + 3) break;
    return c.prep === '' && merePlace(c) ? c : null;
  }
  return null;
}

/** Tags inside a direct object before its head noun ("a Saudi oil refinery"). */
const OBJECT_NP_POS = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART']);

/** Whether the head noun of the trigger's direct object is a building, site or vehicle (`lex.facilities`): "attacked a police station". */
function facilityObject(ctx: Context, s: Sentence, r: Raw): boolean {
  const { tokens, keys } = ctx;
  let head = -1;
  for (let k = r.last + 1; k < s.endToken && k <= r.last + 6; k++) {
    const t = tokens[k];
    if (t.pos === 'NOUN') head = k;
    else if (!(OBJECT_NP_POS.has(t.pos) || POSSESSIVES.has(t.norm))) break;
  }
  // (a capitalised head names an institution: "attacking the Church")
  if (head < 0 || isUpper(ctx.text.charCodeAt(tokens[head].start))) return false;
  return ctx.lex.facilities.has(keys.stem(head)) || ctx.lex.facilities.has(tokens[head].norm);
}

const isUpper = (c: number) => c >= 65 && c <= 90;

/** A state named as such ("Russia", not "Russian officials" nor a city): a party that wages war. */
function stateLike(c: Candidate): boolean {
  return c.kind === 'named' && c.place && !c.locality && !!c.country && !c.sector && !c.members.length;
}

/**
 * Whether one state acts on another ("Russia attacked Ukraine"), not over a matter ("attacked
 * China over its trade policy", "for its stance": the criticism CAMEO 111 codes).
 */
function statesAt(tokens: readonly Token[], actor: Candidate | null, target: Candidate | null): boolean {
  if (!actor || !target || !stateLike(actor) || !stateLike(target) || actor.country === target.country) return false;
  const next = tokens[target.end]?.norm;
  return next !== 'over' && next !== 'for';
}

/** The country a place lies in, as a side of the act done there. */
function countryOf(cca3: string, at: number): Candidate {
  const name = countryName(cca3) ?? cca3;
  return { start: at, end: at, name, entity: null, country: cca3, code: null, sector: null, kind: 'named', place: true, locality: false, prep: '', members: [] };
}
/** Stance types (CAMEO 03, 05, 11) that a speaker's "I"/"we" with no party targeted only voices as an opinion. */
const OPINION_TYPES = new Set<PloverType>(['AGREE', 'SUPPORT', 'DISAPPROVE']);
const FIRST_PERSON = new Set(['i', 'we']);
/** Tokens that end the clause a "?" would close (a question after a colon asks about another clause). */
const QUESTION_STOP = new Set([';', ':', '—', '–']);

/** Whether the trigger's clause ends in a question mark ("Why would Russia attack Poland?", "Did X agree?"). */
function inQuestion(tokens: readonly Token[], s: Sentence, i: number): boolean {
  for (let k = i + 1; k < s.endToken; k++) {
    const n = tokens[k].norm;
    if (n === '?') return true;
    if (QUESTION_STOP.has(n)) return false;
  }
  return false;
}

/** Whether a positive "can" governs verb `i` (adverbs aside): "missiles that can hit Guam". */
function canDo(tokens: readonly Token[], s: Sentence, i: number): boolean {
  let k = i - 1;
  while (k >= s.firstToken && tokens[k].pos === 'ADV') k--;
  return k >= s.firstToken && tokens[k].norm === 'can';
}

/** Whether the subject right before verb `i` (adverbs, auxiliaries and "not" aside) is "I" or "we". */
function firstPersonSubject(tokens: readonly Token[], s: Sentence, i: number): boolean {
  let k = i - 1;
  while (k >= s.firstToken && (tokens[k].pos === 'ADV' || tokens[k].pos === 'AUX' || tokens[k].pos === 'PART')) k--;
  return k >= s.firstToken && FIRST_PERSON.has(tokens[k].norm);
}

/** Whether an actor is a plural common noun ("leaders", "ministers"): a group of parties, not one. */
function pluralGroup(tokens: readonly Token[], actor: Candidate): boolean {
  const head = tokens[actor.end - 1];
  // (parties of a state or a body: "students discuss Christianity" is a class, no consultation)
  const party = !!actor.code || !!actor.country || (!!actor.sector && AUTHORITY_SECTORS.has(actor.sector));
  return party && actor.kind !== 'pronoun' && !!head && head.pos === 'NOUN' && head.norm.endsWith('s') && head.lemma !== head.norm;
}

/** Whether a party follows the trigger in its clause, introduced by one of the pattern's target prepositions. */
function partyAfter(tokens: readonly Token[], keys: TokenKeys, cands: readonly Candidate[], s: Sentence, r: Raw): boolean {
  const preps = r.pattern.targetPreps ?? [''];
  const stop = clauseEnd(tokens, keys, s, r.last + 1);
  for (const c of cands) if (c.start > r.last && c.start < stop && c.kind !== 'pronoun' && !merePlace(c) && preps.includes(c.prep)) return true;
  return false;
}

/** Tags a subject noun phrase runs back over ("al-Qaeda 's terror network"). */
const NOUN_PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'PART', 'NUM']);

/**
 * Whether the doer of the act at `at` is a thing, not a party: a passive with no party as its doer
 * ("security would be threatened by the release"), or a common noun outside every actor right
 * before the verb ("rising costs threaten", "that error threatens to").
 */
function thingSubject(tokens: readonly Token[], cands: readonly Candidate[], s: Sentence, at: number, passive: boolean, actor: Candidate | null): boolean {
  if (passive) return !actor;
  // (a participle after a noun modifies it, "a license allowing Iran to ...": that noun is the
  // instrument of whoever issued it, not the subject of a clause)
  if (tokens[at].norm.endsWith('ing')) return false;
  let j = at - 1;
  while (j >= s.firstToken && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX' || (tokens[j].pos === 'PART' && tokens[j].norm !== 'to'))) j--;
  // (an infinitive's doer is not the noun before it: "ensure security to allow aid to reach")
  if (j < s.firstToken || tokens[j].pos !== 'NOUN') return false;
  // the whole noun phrase before the verb: an actor inside it ("al-Qaeda's terror network",
  // "Iran today") makes it a party
  let from = j;
  while (from > s.firstToken && NOUN_PHRASE_POS.has(tokens[from - 1].pos)) from--;
  for (const c of cands) if (c.start <= j && c.end > from) return false;
  return true;
}

const RELATIVES = new Set(['which', 'that', 'who']);
const CAUSE_PREPS = new Set(['by', 'in', 'during', 'from', 'after']);

/** Whether the harm at trigger `at` is done by a hazard noun (EM-DAT, `lex.hazards`): its subject ("the storm (which) killed"), or for a passive a "by/in/during" phrase after it ("killed in a car crash"). */
function hazardCause(ctx: Context, cands: readonly Candidate[], s: Sentence, at: number, passive: boolean): boolean {
  const { tokens, keys } = ctx;
  const hazards = ctx.lex.hazards;
  if (passive) {
    // the first noun of a cause phrase within a few words ("in a car crash", "by the flood waters")
    for (let k = at + 1; k < s.endToken && k <= at + 3; k++) {
      if (!CAUSE_PREPS.has(tokens[k].norm)) continue;
      for (let j = k + 1; j < s.endToken && j <= k + 4; j++) {
        const t = tokens[j];
        if (t.pos === 'NOUN' && (hazards.has(t.norm) || hazards.has(keys.stem(j)))) {
          if (tokens[j + 1]?.pos !== 'NOUN') return !shotFire(cands, t, k, j);
        }
        if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'NUM') break;
      }
      return false;
    }
    return false;
  }
  let j = at - 1;
  while (j >= s.firstToken && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX' || (tokens[j].pos === 'PART' && tokens[j].norm !== 'to'))) j--;
  if (j > s.firstToken && RELATIVES.has(tokens[j].norm)) {
    j--;
    if (j > s.firstToken && tokens[j].norm === ',') j--;
  }
  if (j < s.firstToken) return false;
  let from = j;
  while (from > s.firstToken && NOUN_PHRASE_POS.has(tokens[from - 1].pos)) from--;
  // a named storm ("Hurricane Maria", "Typhoon Haiyan") is its hazard word and a name
  // and so is a Title Case disease or disaster ("Marburg Virus Kills Two", "Ebola Outbreak Kills 11")
  if (tokens[j].pos === 'PROPN') return (from < j && hazards.has(tokens[from].norm)) || hazards.has(tokens[j].norm);
  if (tokens[j].pos !== 'NOUN' || !(hazards.has(tokens[j].norm) || hazards.has(keys.stem(j)))) return false;
  return !shotFire(cands, tokens[j], from - 1, j);
}

/** "Israeli fire", "police fire": fire with a party before it is gunfire (Merriam-Webster fire n. 5, the discharge of firearms), that party's act. */
function shotFire(cands: readonly Candidate[], t: Token, after: number, j: number): boolean {
  if (t.norm !== 'fire') return false;
  for (const c of cands) if (c.start > after && c.start < j) return true;
  return false;
}

/**
 * Nouns that name an act told before ("the deployment", "the offensive") with the event types
 * they can refer back to (CAMEO 07/15 troop deployments, 19/18 attacks).
 */
const EVENT_NOUNS: Record<string, readonly PloverType[]> = {
  deployment: ['AID', 'MOBILIZE'],
  dispatch: ['AID', 'MOBILIZE'],
  mission: ['AID', 'MOBILIZE', 'FIGHT'],
  operation: ['FIGHT', 'MOBILIZE', 'AID'],
  offensive: ['FIGHT'],
  invasion: ['FIGHT'],
  incursion: ['FIGHT'],
  attack: ['FIGHT', 'ASSAULT'],
  assault: ['FIGHT', 'ASSAULT'],
  bombing: ['FIGHT', 'ASSAULT'],
  strike: ['FIGHT', 'ASSAULT'],
  shelling: ['FIGHT'],
  blockade: ['COERCE', 'SANCTION'],
  sanctions: ['SANCTION'],
};
const ANAPHORIC_DETS = new Set(['the', 'this', 'that', 'these', 'its', 'their']);

/** The actor of the earlier event a definite act noun right before token `at` refers back to ("the deployment aims"), or null. */
function eventNounActor(ctx: Context, s: Sentence, at: number): Candidate | null {
  const { tokens } = ctx;
  let k = at - 1;
  while (k > s.firstToken && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || tokens[k].pos === 'PART')) k--;
  if (k <= s.firstToken || tokens[k].pos !== 'NOUN' || !ANAPHORIC_DETS.has(tokens[k - 1].norm)) return null;
  const types = EVENT_NOUNS[tokens[k].norm];
  if (!types) return null;
  for (const t of types) {
    const a = ctx.lastOfType.get(t);
    if (a) return a;
  }
  return null;
}

/** Verbs whose object before an infinitive is a means, not a doer ("used drones to attack"). */
const MEANS_VERBS = new Set(['use', 'employ', 'need', 'take', 'spend', 'have', 'get', 'make', 'build', 'buy', 'develop']);

/**
 * The doer of an infinitive after a verb's object ("allow families to sue": families; "urge",
 * "force", "ask" read as demands in `moodOf`): the resolved object, null when it is no actor we
 * can code, or undefined when the infinitive has no object before it (its subject does it) or the
 * verb sends its own people ("sent troops to fight": the sender's troops, coded in the caller).
 */
function infinitiveDoer(ctx: Context, cands: readonly Candidate[], s: Sentence, r: Raw, raws: readonly Raw[]): Candidate | null | undefined {
  const { tokens, keys } = ctx;
  const i = r.trigger;
  if (tokens[i].pos !== 'VERB' || i < s.firstToken + 3 || tokens[i - 1].norm !== 'to' || tokens[i - 1].pos !== 'PART') return undefined;
  const obj = cands.find((c) => c.end === i - 1);
  if (!obj || obj.start <= s.firstToken || obj.kind === 'pronoun' || merePlace(obj)) return undefined;
  let g = obj.start - 1;
  while (g > s.firstToken && (tokens[g].pos === 'DET' || tokens[g].pos === 'ADJ' || tokens[g].pos === 'NUM' || POSSESSIVES.has(tokens[g].norm))) g--;
  const verb = tokens[g];
  if (verb.pos !== 'VERB' || REPORTED_CLAUSE_VERBS.has(keys.stem(g)) || verb.norm.endsWith('ing')) return undefined;
  // the means is not the doer: whoever uses it is
  if (MEANS_VERBS.has(keys.stem(g)) || MEANS_VERBS.has(verb.lemma)) return subjectBefore(ctx, cands, s, g, true);
  const gov = raws.find((o) => o.trigger === g || (o.trigger < g && o.last >= g));
  if (gov?.pattern.ownObject) return undefined;
  return resolve(ctx, cands, obj, s);
}

/** Harm nouns whose possessor suffers them ("Kennedy's assassination"); "-ing" forms of harm verbs count too. */
const PATIENT_NOUNS = new Set(['murder', 'assassination', 'arrest', 'detention', 'abduction', 'execution', 'death', 'rape', 'imprisonment', 'killing', 'shooting', 'beating', 'stabbing', 'kidnapping', 'lynching']);
const PATIENT_TYPES = new Set(['FIGHT', 'ASSAULT', 'COERCE']);

/**
 * The possessor of a harm noun when it is a person ("Steinle's shooting", "Khashoggi's murder"),
 * who suffered it; a state, group or office ("Russia's bombing") does what its noun says, and so
 * does any possessor of a noun with an "of" object ("Russia's shelling of Kyiv").
 */
function possessivePatient(ctx: Context, cands: readonly Candidate[], s: Sentence, r: Raw): Candidate | null {
  const { tokens } = ctx;
  const i = r.trigger;
  if (!PATIENT_TYPES.has(r.pattern.type) || i < s.firstToken + 2) return null;
  const t = tokens[i];
  if (!PATIENT_NOUNS.has(t.norm) && !t.norm.endsWith('ing')) return null;
  if (tokens[i - 1].norm !== "'s" && tokens[i - 1].norm !== '’s') return null;
  if (tokens[i + 1]?.norm === 'of') return null;
  const owner = cands.find((c) => c.end === i - 1);
  // (a name no layer knows counts as a possible place: here it is a person's)
  if (!owner || owner.sector || owner.code || (owner.place && owner.kind !== 'unknown') || owner.members.length || (owner.kind !== 'named' && owner.kind !== 'unknown')) return null;
  return owner;
}

/** Indefinite pronouns and generic nouns heading a relative clause about anyone at all (English indefinite pronouns). */
const GENERIC_HEADS = new Set(['anyone', 'anybody', 'someone', 'somebody', 'everyone', 'everybody', 'nobody', 'one', 'those', 'people', 'person', 'persons', 'individuals', 'whoever']);

/** Whether the trigger is the verb of a relative clause on a generic head ("people who attack", "whoever attacks"). */
function genericRelative(tokens: readonly Token[], s: Sentence, i: number): boolean {
  for (let k = i - 1; k >= s.firstToken && k >= i - 4; k--) {
    const t = tokens[k];
    if (t.norm === 'whoever') return true;
    // ("a group of people who were protesting", "the people who attacked" are particular people)
    if (t.norm === 'who' || t.norm === 'that') return k > s.firstToken && GENERIC_HEADS.has(tokens[k - 1].norm) && !(k - 2 >= s.firstToken && (tokens[k - 2].pos === 'DET' || tokens[k - 2].pos === 'NUM' || tokens[k - 2].norm === 'of'));
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') return false;
  }
  return false;
}

/** Tags of the words of a noun phrase before its head ("the first mass", "Israel 's"). */
const NP_BEFORE_HEAD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/**
 * The first token of the noun phrase a nominal trigger heads when a preposition governs it
 * ("during the mass shooting", "after Israel's raid"), or -1: a noun, or an "-ing" form after a
 * determiner the tagger read as a verb; "to" before a verb is an infinitive, no preposition.
 */
function occasionStart(tokens: readonly Token[], s: Sentence, i: number): number {
  const t = tokens[i];
  if (t.pos !== 'NOUN' && !(t.pos === 'VERB' && t.norm.endsWith('ing'))) return -1;
  // an "-ing" form with an object is a participle, "his work defending inmates", not a noun
  if (t.pos === 'VERB' && i + 1 < s.endToken && OBJECT_START.has(tokens[i + 1].pos)) return -1;
  let k = i - 1;
  while (k > s.firstToken && k >= i - 5 && (NP_BEFORE_HEAD.has(tokens[k].pos) || tokens[k].norm === "'s" || tokens[k].norm === '’s' || POSSESSIVES.has(tokens[k].norm))) k--;
  // (a gerund right after its preposition, "for shooting him", is a verb with its own subject)
  if (k === i - 1 || tokens[k].pos !== 'ADP' || tokens[k].norm === 'to' || tokens[k].norm === 'by') return -1;
  if (t.pos === 'VERB' && tokens[k + 1].pos !== 'DET' && !POSSESSIVES.has(tokens[k + 1].norm)) return -1;
  // a time preposition always names an occasion; another one does when it follows a noun or a
  // verb of suffering ("survivors of the attack", "died in the shooting"), while after another
  // verb the act is its subject's ("carried out a bombing", "responded with strikes", "took part
  // in drills", "claimed responsibility for the attack")
  if (!OCCASION_PREPS.has(tokens[k].norm) && k > s.firstToken) {
    if (PART_NOUNS.has(tokens[k - 1].norm)) return -1;
    // the verb whose object holds the phrase ("launched 10 days of war games", "carried out a
    // series of raids"): the act is that verb's subject's
    let v = k - 1;
    while (v > s.firstToken && v >= k - 5 && (NP_BEFORE_HEAD.has(tokens[v].pos) || PARTICLES.has(tokens[v].norm))) v--;
    if (tokens[v].pos === 'VERB' && !SUFFER_VERBS.has(tokens[v].lemma)) return -1;
  }
  return k + 1;
}

/** Tags that open a verb's object. */
const OBJECT_START = new Set(['NOUN', 'PROPN', 'DET', 'PRON', 'ADJ', 'NUM']);

/** Particles of phrasal verbs the tagger may read as prepositions ("carried out", "set up"). */
const PARTICLES = new Set(['out', 'up', 'off', 'down']);

/** Prepositions of time and circumstance (Quirk et al. 1985, 9.36-9.44) and of topic ("claims about the shooting"): their object is when or what about, never who did what. */
const OCCASION_PREPS = new Set(['during', 'after', 'before', 'amid', 'amidst', 'since', 'following', 'until', 'throughout', 'despite', 'about', 'regarding', 'concerning']);
/** Verbs whose subject suffers or witnesses an act (the patient or experiencer role), never does it: "died in the attack". */
const SUFFER_VERBS = new Set(['die', 'kill', 'wound', 'injure', 'hurt', 'lose', 'survive', 'witness', 'perish', 'suffer', 'flee', 'escape', 'happen', 'occur']);
/** Words by which a subject takes part in an act ("took part in", "claimed responsibility for", "his role in", "was involved in"). */
const PART_NOUNS = new Set(['part', 'responsibility', 'credit', 'role', 'hand', 'involvement', 'participation', 'involved', 'responsible', 'complicit']);

/** Determiners of a noun that stands for any member of its kind ("any state that ..."; Quirk et al. 1985, 5.52 generic reference). */
const GENERIC_DETS = new Set(['any', 'every', 'each', 'a', 'an', 'no']);

/**
 * Whether the trigger is the verb of a subject relative clause ("that/who" right before it,
 * adverbs and auxiliaries aside) on a noun of generic reference: a bare plural ("Countries that
 * impose sanctions", "nations who invade") or a noun after "any", "every", "a" ("any state that
 * sends troops"); a noun with "the", a possessive, a number or a name before it is particular.
 */
function genericKind(tokens: readonly Token[], s: Sentence, i: number): boolean {
  let k = i - 1;
  while (k > s.firstToken && (tokens[k].pos === 'ADV' || tokens[k].pos === 'AUX' || tokens[k].pos === 'PART')) k--;
  if (k <= s.firstToken || (tokens[k].norm !== 'that' && tokens[k].norm !== 'who')) return false;
  const head = tokens[k - 1];
  // (the tagger reads a capitalised plural opening the sentence as a name: "Countries that ...")
  const opening = head.pos === 'PROPN' && k - 1 === s.firstToken && head.norm.endsWith('s') && head.text.slice(1) === head.norm.slice(1);
  if (head.pos !== 'NOUN' && !opening) return false;
  let j = k - 2;
  while (j >= s.firstToken && (tokens[j].pos === 'ADJ' || tokens[j].pos === 'NOUN')) j--;
  const before = j >= s.firstToken ? tokens[j] : null;
  if (before && GENERIC_DETS.has(before.norm)) return true;
  // a bare plural: nothing that makes it particular before it
  const plural = opening || (head.norm !== head.lemma && head.norm.endsWith('s'));
  return plural && (!before || !(before.pos === 'DET' || before.pos === 'NUM' || before.pos === 'PROPN' || before.pos === 'PRON' || before.norm === "'s" || before.norm === '’s'));
}

/** Whether a verb tells a past act ("attacked", "have attacked", "did attack"): a generic clause in the past still happened. */
function pastForm(tokens: readonly Token[], s: Sentence, i: number): boolean {
  const t = tokens[i];
  if (t.norm !== t.lemma && !t.norm.endsWith('s') && !t.norm.endsWith('ing')) return true;
  for (let k = i - 1; k >= s.firstToken && k >= i - 3; k--) {
    const n = tokens[k].norm;
    if (n === 'had' || n === 'did' || n === 'have' || n === 'has' || n === 'was' || n === 'were') return true;
    if (tokens[k].pos !== 'ADV' && tokens[k].pos !== 'AUX' && tokens[k].pos !== 'PART') break;
  }
  return false;
}
const partyKey = (a: EventActor | null) => (a ? `${a.name}|${a.code ?? ''}` : '');

/** Whether two events of one sentence are the same act: type, sides and negation. */
function sameEvent(a: Omit<Event, 'id'>, b: Omit<Event, 'id'>): boolean {
  return a.type === b.type && a.negated === b.negated && partyKey(a.actor) === partyKey(b.actor) && partyKey(a.target) === partyKey(b.target);
}

/** A claim is not reported by the party it is made against ("an assertion Kyiv denies"). */
function notParty(by: Event['reportedBy'], target: Candidate | null): Event['reportedBy'] {
  if (!by || !target) return by;
  return (by.entity && by.entity === target.entity) || by.name === target.name ? null : by;
}

/**
 * "the 2024 defence pact", "the 1967 war": a year right before the event's own noun (adjectives or
 * one more noun between) dates that event, whatever else the sentence dates.
 */
function nounYear(tokens: readonly Token[], s: Sentence, trigger: number): string | null {
  const pos = tokens[trigger].pos;
  if (pos !== 'NOUN' && pos !== 'PROPN') return null;
  let k = trigger - 1;
  while (k > s.firstToken && k >= trigger - 3 && (tokens[k].pos === 'ADJ' || (tokens[k].pos === 'NOUN' && k === trigger - 1))) k--;
  return k >= s.firstToken && k < trigger && tokens[k].kind === 'number' && isYearNumeral(tokens[k].text) ? tokens[k].text : null;
}

function findReportVerb(tokens: readonly Token[], keys: TokenKeys, s: Sentence, before: number): number {
  for (let k = before - 1; k >= s.firstToken; k--) if (tokens[k].pos === 'VERB' && REPORT_VERBS.has(keys.stem(k))) return k;
  return -1;
}

/** The event with its id first (written out: `{ id, ...e }` copies on a slow path). */
function withId(id: string, e: Omit<Event, 'id'>): Event {
  return { id, start: e.start, end: e.end, text: e.text, type: e.type, cameo: e.cameo, actor: e.actor, target: e.target, symmetric: e.symmetric, location: e.location, date: e.date, hedged: e.hedged, negated: e.negated, reportedBy: e.reportedBy, rule: e.rule };
}

function byStart(a: Omit<Event, 'id'>, b: Omit<Event, 'id'>): number {
  return a.start - b.start;
}

/**
 * For each sentence, the first quote (in layer order) that can name its salient subject (a cue,
 * and a speaker with a country or entity) and whose cue lies in it; built once per document
 * instead of scanning every quote for every sentence. Sentences are in order and do not overlap.
 */
function speakersBySentence(quotes: readonly Quote[], sentences: readonly Sentence[]): (Quote | undefined)[] {
  const out = new Array<Quote | undefined>(sentences.length).fill(undefined);
  for (const x of quotes) {
    if (!x.cue || !x.speaker || !(x.speaker.country || x.speaker.entity)) continue;
    const { start, end } = x.cue;
    // the last sentence starting at or before the cue, then earlier ones while they reach its end
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].start <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && sentences[k].end >= end; k--) out[k] ??= x;
  }
  return out;
}

/** The last words of a document's person names, built the first time a capitalised trigger asks. */
interface Surnames {
  entities: readonly Entity[];
  set: Set<string> | null;
}

function surnamesOf(names: Surnames): Set<string> {
  if (names.set) return names.set;
  const set = new Set<string>();
  for (const e of names.entities) if (e.type === 'person') set.add(e.name.slice(e.name.lastIndexOf(' ') + 1));
  return (names.set = set);
}

/**
 * Whether a trigger is a capitalised word ending a name ("Loretta Lynch") or a person's surname
 * named elsewhere in the document ("Lynch said"): a surname, not the verb it spells.
 */
function inName(t: Token, next: Token | undefined, text: string, mentions: readonly { start: number; end: number }[], names: Surnames): boolean {
  const c = text.charCodeAt(t.start);
  if (!(c >= 65 && c <= 90)) return false;
  // a determiner next is the verb's object ("... Al-Ayesh Denies the Holocaust", a headline the
  // name finder glued to the name)
  if (next && next.pos === 'DET') return false;
  if (surnamesOf(names).has(text.slice(t.start, t.end))) return true;
  // the name's last word ("Lynch" in "Loretta E. Lynch"): a verb inside a longer span is more
  // likely a Title Case headline glued to a name ("Cleric X Denies the Holocaust")
  for (const m of mentions) if (m.start <= t.start && t.end <= m.end && m.end - t.end <= 2) return true;
  return false;
}

/** Whether a char code is one `\s` matches (white space and line terminators). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The last word of a name of several words when it starts with an ASCII capital ("Vladimir
 * Putin" → "Putin"), else null: `name.split(/\s+/)`'s last item, read without the split.
 */
function lastWordOf(name: string): string | null {
  let k = name.length - 1;
  while (k >= 0 && !isSpace(name.charCodeAt(k))) k--;
  if (k < 0) return null;
  const c = name.charCodeAt(k + 1);
  return c >= 65 && c <= 90 ? name.slice(k + 1) : null;
}

/** The first actor with a country outside a prepositional phrase, or undefined. */
function salientSubject(cands: readonly Candidate[]): Candidate | undefined {
  for (const c of cands) if (c.kind !== 'pronoun' && c.country && !SUBJECT_SKIP_PREPS.has(c.prep)) return c;
  return undefined;
}

/** `raws` less the triggers that are part of a name (`inName`), in order (a loop: no closure per sentence). */
function notInNames(raws: Raw[], tokens: readonly Token[], text: string, mentions: readonly { start: number; end: number }[], surnames: Surnames): Raw[] {
  let k = 0;
  while (k < raws.length && !inName(tokens[raws[k].trigger], tokens[raws[k].trigger + 1], text, mentions, surnames)) k++;
  if (k === raws.length) return raws;
  const out = raws.slice(0, k);
  for (k++; k < raws.length; k++) if (!inName(tokens[raws[k].trigger], tokens[raws[k].trigger + 1], text, mentions, surnames)) out.push(raws[k]);
  return out;
}

/** Codes the events of a whole document. */
export function extractEvents(input: {
  source: Source;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  entities: readonly Entity[];
  quotes: readonly Quote[];
  hedges: readonly Hedge[];
  lexicon: UserLexicon;
  referenceDate?: string;
  report?: (code: string, message: string) => void;
}): Event[] {
  const lex = eventLexicon(input.lexicon);
  for (const problem of lex.problems) input.report?.('E_EVENTS_LEXICON', problem);
  const ctx: Context = {
    tokens: input.tokens,
    keys: tokenKeys(input.tokens),
    verbKeys: verbKeysOf(lex),
    text: input.source.text,
    lex,
    published: input.source.published ?? input.referenceDate ?? null,
    quotes: input.quotes,
    quoteSpans: null,
    hedges: input.hedges,
    entities: input.entities,
    recent: [],
    lastSubject: null,
    known: new Map(),
    lastOfType: new Map(),
  };
  // (built the first time a sentence has a trigger)
  let index: MentionRef[] | null = null;
  // last words of person names: "Lynch said" is the person even where no mention was found
  const surnames: Surnames = { entities: input.entities, set: null };
  // quotes that can name a sentence's salient subject, in layer order (most quotes cannot), and
  // entities by id: both were scanned in full for every sentence
  const speakerOf = speakersBySentence(input.quotes, input.sentences);
  let entityById: Map<string, Entity> | null = null;
  const events: Omit<Event, 'id'>[] = [];
  for (let si = 0; si < input.sentences.length; si++) {
    const s = input.sentences[si];
    if (s.section === 'sources') continue;
    // actor phrases are only worth building where a pattern fired (most sentences have none)
    let raws = matches(ctx, s);
    const mentions = raws.length ? mentionsIn((index ??= mentionIndex(input.entities)), s.start, s.end) : [];
    if (raws.length) raws = notInNames(raws, input.tokens, ctx.text, mentions, surnames);
    const cands = raws.length ? candidates(input.tokens, ctx.keys, s.firstToken, s.endToken, ctx.text, lex.gazetteer, mentions) : [];
    if (raws.length) {
      const found = sentenceEvents(ctx, s, cands, raws);
      for (let k = 0; k < found.length; k++) events.push(found[k]);
    }
    for (const c of cands) {
      if (c.kind === 'named' && c.country && !c.members.length) {
        ctx.recent.push(c);
        const last = lastWordOf(c.name);
        if (last !== null) ctx.known.set(last, c);
      }
    }
    if (ctx.recent.length > 12) ctx.recent.splice(0, ctx.recent.length - 12);
    // the salient subject for the next sentence's "he"/"they": whoever speaks here, else the
    // first actor with a country outside a prepositional phrase
    const q = speakerOf[si];
    if (q?.speaker?.entity && !entityById) {
      entityById = new Map();
      // the first entity with an id wins, as `find` would
      for (const e of input.entities) if (!entityById.has(e.id)) entityById.set(e.id, e);
    }
    const entity = q?.speaker?.entity ? entityById!.get(q.speaker.entity) : undefined;
    const subj = q?.speaker
      ? { start: -1, end: -1, name: q.speaker.name, entity: q.speaker.entity, country: q.speaker.country ?? entity?.country ?? null, code: entity?.code ?? null, sector: sectorCode(entity?.sector ?? null), kind: 'named' as const, place: false, locality: false, prep: '', members: [] }
      : salientSubject(cands);
    if (subj) ctx.lastSubject = subj;
  }
  // by start; events of one start keep their order (Array.prototype.sort is stable)
  events.sort(byStart);
  const out: Event[] = [];
  for (let k = 0; k < events.length; k++) out.push(withId(`v${k + 1}`, events[k]));
  return out;
}

/** The `events` stage. */
export const events = defineStage({
  name: 'events',
  requires: ['tokens', 'entities', 'quotes', 'hedges'],
  lexiconKeys: LEXICON_KEYS,
  produces: 'events',
  run: ({ source, layers, lexicon, options, report }) =>
    extractEvents({
      source,
      tokens: layers.tokens.tokens,
      sentences: layers.tokens.sentences,
      entities: layers.entities,
      quotes: layers.quotes,
      hedges: layers.hedges,
      lexicon,
      referenceDate: options.referenceDate,
      report: (code, message) => report(code, message),
    }),
});
