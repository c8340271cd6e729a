/**
 * The events stage's lexicon: built-in patterns and actors plus what the user adds through
 * `--lexicon FILE`, compiled once per lexicon object (WeakMap cache). Keys read here:
 *
 *   eventPatterns:   [{ id, type, cameo?, words, pos?, with?, withNotNext?, after?, not?, notNext?, reach?, targetPreps?,
 *                       notTarget?, symmetric?, actorSubject?, needsParty?, source? }]    as in patterns.ts; `type` is a
 *                    PLOVER type (REQUEST/ACCUSE accepted); `cameo` defaults to the type's root.
 *   eventActors:     [{ name, code, phrases?: [..] }]        a name (and phrases) with a CAMEO code
 *                    (`RUSGOV`, `IGOUNO`); the country is the code's first three letters when ISO-3.
 *   actorsFiles:     [path, ...]                             PETRARCH/TABARI `.actors` or agents
 *                    dictionaries (see actors-file.ts), read once when the lexicon is compiled.
 *   eventHazards:    [word, ...]                             nouns for things that kill or destroy with no
 *                    one doing it (a disease, a storm), never the actor of a harm verb (patterns.ts HAZARD_NOUNS).
 *   eventFacilities: [word, ...]                             nouns for buildings, sites and vehicles: attacking
 *                    one is physical, never criticism (patterns.ts FACILITY_NOUNS).
 *
 * Bad entries are skipped and reported as `E_EVENTS_LEXICON` diagnostics; they never throw.
 */
import { readFileSync } from 'node:fs';
import type { Token, UserLexicon } from '../../types.js';
import { EVENT_PATTERNS, FACILITY_NOUNS, HAZARD_NOUNS, type EventPattern } from './patterns.js';
import { CAMEO_ROOTS, ploverType } from './plover.js';
import { buildGazetteer, gazEntry, type GazEntry, type Gazetteer, type TokenKeys } from './gazetteer.js';
import { parseActors, splitCode } from './actors-file.js';

/** Words and phrases looked up in one step: single words in a set, phrases by first word. */
export interface WordSet {
  size: number;
  single: Set<string>;
  multi: Map<string, string[][]>;
}

/** Compiles a list of words and phrases into a `WordSet`. */
export function wordSet(list: readonly string[] | undefined): WordSet {
  const set: WordSet = { size: 0, single: new Set(), multi: new Map() };
  for (const w of list ?? []) {
    const words = w.toLowerCase().split(/\s+/);
    set.size++;
    if (words.length === 1) set.single.add(words[0]);
    else set.multi.set(words[0], [...(set.multi.get(words[0]) ?? []), words]);
  }
  return set;
}

/** A pattern with its trigger split into words. */
export interface CompiledPattern extends EventPattern {
  trigger: string[];
  withWords: WordSet;
  afterWords: WordSet;
  notWords: Set<string>;
  notNextWords: Set<string>;
  withNotNextWords: Set<string>;
  order: number;
}

/** Everything the stage matches with. */
export interface EventLexicon {
  /** Patterns by the first word of their trigger, in priority order. */
  byWord: Map<string, CompiledPattern[]>;
  /**
   * Prefilter for `byWord`: a bit set of the keys' `keySig` (first two chars, last char, length).
   * Most tokens have no key with their signature, so `matches` skips them before building keys
   * or hashing strings for the map.
   */
  keySigs: Uint32Array;
  gazetteer: Gazetteer;
  /** Lemmas of things that harm with no one doing it (HAZARD_NOUNS plus the user's `eventHazards`). */
  hazards: Set<string>;
  /** Lemmas of buildings, sites and vehicles (FACILITY_NOUNS plus the user's `eventFacilities`). */
  facilities: Set<string>;
  problems: string[];
}

const cache = new WeakMap<object, EventLexicon>();
let base: EventLexicon | null = null;
export const KEYS = ['eventPatterns', 'eventActors', 'actorsFiles', 'eventHazards', 'eventFacilities'];

function strList(v: unknown): string[] | null {
  if (v === undefined) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  return null;
}

/**
 * A compiled pattern with every field written out in one order: all patterns share one object
 * shape, so the matcher's field reads stay monomorphic (a `...p` spread gave each combination of
 * optional fields its own shape).
 */
function compilePattern(p: EventPattern, order: number, trigger: string[], sets: PatternSets): CompiledPattern {
  return {
    id: p.id,
    type: p.type,
    cameo: p.cameo,
    words: p.words,
    pos: p.pos,
    with: p.with,
    after: p.after,
    not: p.not,
    notNext: p.notNext,
    withNotNext: p.withNotNext,
    reach: p.reach,
    targetPreps: p.targetPreps,
    notTarget: p.notTarget,
    authority: p.authority,
    ownObject: p.ownObject,
    purpose: p.purpose,
    actorSubject: p.actorSubject,
    needsParty: p.needsParty,
    untargeted: p.untargeted,
    symmetric: p.symmetric,
    standalone: p.standalone,
    control: p.control,
    violence: p.violence,
    source: p.source,
    trigger,
    withWords: sets.withWords,
    afterWords: sets.afterWords,
    notWords: sets.notWords,
    notNextWords: sets.notNextWords,
    withNotNextWords: sets.withNotNextWords,
    order,
  };
}

/** The word sets of a pattern, compiled once and shared by the compiled pattern of each of its trigger words (never changed after). */
interface PatternSets {
  withWords: WordSet;
  afterWords: WordSet;
  notWords: Set<string>;
  notNextWords: Set<string>;
  withNotNextWords: Set<string>;
}

function patternSets(p: EventPattern): PatternSets {
  return {
    withWords: wordSet(p.with),
    afterWords: wordSet(p.after),
    notWords: new Set((p.not ?? []).map((w) => w.toLowerCase())),
    notNextWords: new Set((p.notNext ?? []).map((w) => w.toLowerCase())),
    withNotNextWords: new Set((p.withNotNext ?? []).map((w) => w.toLowerCase())),
  };
}

function index(patterns: readonly EventPattern[]): Map<string, CompiledPattern[]> {
  const byWord = new Map<string, CompiledPattern[]>();
  patterns.forEach((p, order) => {
    const sets = patternSets(p);
    for (const w of p.words) {
      const trigger = w.toLowerCase().split(/\s+/);
      const cp = compilePattern(p, order, trigger, sets);
      const list = byWord.get(trigger[0]) ?? [];
      list.push(cp);
      byWord.set(trigger[0], list);
    }
  });
  // specific before generic: longer triggers, then patterns with object/modifier conditions, then order
  for (const list of byWord.values()) {
    list.sort((a, b) => b.trigger.length - a.trigger.length || Number(!!(b.with || b.after)) - Number(!!(a.with || a.after)) || a.order - b.order);
  }
  return byWord;
}

/**
 * The prefix slot of a word for `keySig`: its first two char codes when both are ASCII (a
 * one-char word has second code 0), or -1 when one is not (such words skip the prefilter).
 */
function prefixSlot(word: string): number {
  const c0 = word.charCodeAt(0);
  const c1 = word.length > 1 ? word.charCodeAt(1) : 0;
  return c0 < 128 && c1 < 128 ? (c0 << 7) | c1 : -1;
}

/**
 * A 16-bit hash of a key's prefix slot, last char code (ASCII) and length. The bit set is then
 * 8 KB and stays in the fastest cache (at 20 bits, 128 KB, nearly every look-up missed it and the
 * look-up was the stage's costliest line); with a few hundred keys about 1% of words pass falsely.
 */
function keySig(slot: number, last: number, length: number): number {
  return Math.imul((((slot << 7) | last) << 6) | (length < 63 ? length : 63), 0x9e3779b1) >>> 16;
}

/** Whether the bit of signature `sig` is set in `sigs`. */
function hasSig(sigs: Uint32Array, sig: number): boolean {
  return (sigs[sig >>> 5] & (1 << (sig & 31))) !== 0;
}

/** Whether a key with `w`'s first two chars (`slot`), last char `last` and `length` may exist. */
function maySig(lex: EventLexicon, slot: number, last: number, length: number): boolean {
  return !(last < 128) || hasSig(lex.keySigs, keySig(slot, last, length));
}

/**
 * Whether some `verbForms` guess of `w` (same steps, read off the word without building the
 * strings) may be a key; true when a guess keeps fewer than two of `w`'s chars (another prefix).
 */
function mayVerbForm(lex: EventLexicon, slot: number, w: string): boolean {
  const n = w.length;
  if (w.endsWith('ied')) return n - 3 < 2 || maySig(lex, slot, 121 /* y */, n - 2);
  if (w.endsWith('ed')) return n - 3 < 2 || maySig(lex, slot, w.charCodeAt(n - 2), n - 1) || maySig(lex, slot, w.charCodeAt(n - 3), n - 2) || maySig(lex, slot, w.charCodeAt(n - 4), n - 3);
  if (w.endsWith('ing')) {
    if (n > 5 && w[n - 4] === w[n - 5]) return maySig(lex, slot, w.charCodeAt(n - 5), n - 4);
    return n - 3 < 2 || maySig(lex, slot, w.charCodeAt(n - 4), n - 3) || maySig(lex, slot, 101 /* e */, n - 2);
  }
  if (w.endsWith('es')) return n - 2 < 2 || maySig(lex, slot, w.charCodeAt(n - 2), n - 1) || maySig(lex, slot, w.charCodeAt(n - 3), n - 2);
  if (w.endsWith('s')) return n - 1 < 2 || maySig(lex, slot, w.charCodeAt(n - 2), n - 1);
  return false;
}

/**
 * Whether some look-up key of token `i` (its stem, its normalised form or, for a verb, a
 * `verbForms` guess) may be a trigger, by first two chars, last char and length: a necessary
 * condition, checked before building the keys and hashing them for `byWord` (most tokens fail it).
 */
export function mayTrigger(lex: EventLexicon, keys: TokenKeys, t: Token, i: number): boolean {
  const norm = t.norm;
  // `normOf` only straightens "’", which puts the word outside the prefilter anyway
  const slot = prefixSlot(norm);
  if (slot < 0) return true;
  const n = norm.length;
  if (maySig(lex, slot, norm.charCodeAt(n - 1), n)) return true;
  const lemma = t.lemma;
  // `stemOf` is the lower-cased lemma unless that is the norm; read off the lemma's chars (no
  // string built) when it is ASCII, where lower-casing is one char for one
  const same = lemma === norm ? 1 : asciiSameFolded(lemma, norm);
  if (same === 1) {
    // `stemOf` with the lemma equal to the norm: the norm less a plural "s" or "ies" → "y"
    if (n >= 4 && norm.charCodeAt(n - 1) === 115 /* s */) {
      if (norm.endsWith('ies') && n > 4) {
        if (maySig(lex, slot, 121 /* y */, n - 2)) return true;
      } else if (!(norm.endsWith('ss') || norm.endsWith('us') || norm.endsWith('is')) && maySig(lex, slot, norm.charCodeAt(n - 2), n - 1)) return true;
    }
  } else if (same === 0) {
    // the stem is the lemma lower-cased (ASCII, not empty)
    const m = lemma.length;
    const stemSlot = (lower(lemma.charCodeAt(0)) << 7) | (m > 1 ? lower(lemma.charCodeAt(1)) : 0);
    if (maySig(lex, stemSlot, lower(lemma.charCodeAt(m - 1)), m)) return true;
  } else {
    const stem = keys.stem(i);
    const stemSlot = prefixSlot(stem);
    if (stemSlot < 0 || maySig(lex, stemSlot, stem.charCodeAt(stem.length - 1), stem.length)) return true;
  }
  return t.pos === 'VERB' && mayVerbForm(lex, slot, norm);
}

/** An ASCII char code lower-cased. */
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c | 32 : c;
}

/**
 * Compares an ASCII `lemma`, lower-cased, with `norm`: 1 when equal, 0 when not; -1 when the
 * lemma is empty or has a non-ASCII char (lower-casing may change its length: ask `stemOf`).
 */
function asciiSameFolded(lemma: string, norm: string): number {
  const m = lemma.length;
  if (m === 0) return -1;
  let same = m === norm.length ? 1 : 0;
  for (let k = 0; k < m; k++) {
    const c = lemma.charCodeAt(k);
    if (c >= 128) return -1;
    if (same && lower(c) !== norm.charCodeAt(k)) same = 0;
  }
  return same;
}

/** The `keySigs` prefilter of a pattern index. */
function keySigs(byWord: Map<string, CompiledPattern[]>): Uint32Array {
  const bits = new Uint32Array(1 << 11);
  // an empty key (a user trigger with leading space) could match a verb-form guess: no prefilter
  if (byWord.has('')) return bits.fill(0xffffffff);
  for (const key of byWord.keys()) {
    const slot = prefixSlot(key);
    const last = key.charCodeAt(key.length - 1);
    // a key with a non-ASCII end char only matches tokens that skip the prefilter
    if (slot < 0 || !(last < 128)) continue;
    const sig = keySig(slot, last, key.length);
    bits[sig >>> 5] |= 1 << (sig & 31);
  }
  return bits;
}

/** The compiled lexicon of a list of patterns and a gazetteer. */
function compiled(patterns: readonly EventPattern[], gazetteer: Gazetteer, problems: string[], hazards: readonly string[] = [], facilities: readonly string[] = []): EventLexicon {
  const byWord = index(patterns);
  return { byWord, keySigs: keySigs(byWord), gazetteer, hazards: new Set([...HAZARD_NOUNS, ...hazards]), facilities: new Set([...FACILITY_NOUNS, ...facilities]), problems };
}

/** Validates one user pattern; returns it or the reason it is unusable. */
export function userPattern(raw: unknown, i: number): EventPattern | string {
  if (!raw || typeof raw !== 'object') return `eventPatterns[${i}] must be an object with id, type and words`;
  const r = raw as Record<string, unknown>;
  const type = typeof r.type === 'string' ? ploverType(r.type) : null;
  if (!type) return `eventPatterns[${i}]: type ${JSON.stringify(r.type)} is not a PLOVER type (AGREE, CONSULT, ... FIGHT; REQUEST, ACCUSE)`;
  const words = strList(r.words);
  if (!words || !words.length) return `eventPatterns[${i}]: words must be a word or a list of words`;
  const cameo = r.cameo === undefined ? CAMEO_ROOTS[type][0] : String(r.cameo).padStart(2, '0').slice(0, 2);
  if (!/^(0[1-9]|1\d|20)$/.test(cameo)) return `eventPatterns[${i}]: cameo ${JSON.stringify(r.cameo)} is not a CAMEO root 01-20`;
  const lists: Record<string, string[] | null> = {};
  for (const key of ['with', 'after', 'not', 'notNext', 'withNotNext', 'targetPreps', 'notTarget']) {
    lists[key] = strList(r[key]);
    if (!lists[key]) return `eventPatterns[${i}]: ${key} must be a list of words`;
  }
  if (r.pos !== undefined && r.pos !== 'VERB' && r.pos !== 'NOUN') return `eventPatterns[${i}]: pos must be VERB or NOUN`;
  const id = typeof r.id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(r.id) ? r.id : `user-${words[0].replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
  return {
    id,
    type,
    cameo,
    words,
    pos: r.pos as EventPattern['pos'],
    with: lists.with!.length ? lists.with! : undefined,
    after: lists.after!.length ? lists.after! : undefined,
    not: lists.not!.length ? lists.not! : undefined,
    notNext: lists.notNext!.length ? lists.notNext! : undefined,
    withNotNext: lists.withNotNext!.length ? lists.withNotNext! : undefined,
    targetPreps: lists.targetPreps!.length ? lists.targetPreps! : undefined,
    notTarget: lists.notTarget!.length ? lists.notTarget! : undefined,
    reach: typeof r.reach === 'number' && r.reach > 0 ? Math.min(12, r.reach) : undefined,
    symmetric: r.symmetric === true,
    actorSubject: r.actorSubject === true || undefined,
    needsParty: r.needsParty === true || undefined,
    source: typeof r.source === 'string' ? r.source : 'user lexicon',
  };
}

function userActor(raw: unknown, i: number): GazEntry[] | string {
  if (!raw || typeof raw !== 'object') return `eventActors[${i}] must be an object with name and code`;
  const r = raw as Record<string, unknown>;
  if (typeof r.name !== 'string' || !r.name.trim()) return `eventActors[${i}]: name must be a non-empty string`;
  if (typeof r.code !== 'string' || !/^[A-Z]{3}[A-Z]*$/.test(r.code)) return `eventActors[${i}]: code must be a CAMEO code such as RUSGOV or IGOUNO`;
  const phrases = strList(r.phrases ?? r.aliases);
  if (!phrases) return `eventActors[${i}]: phrases must be a list of strings`;
  const { country, sector } = splitCode(r.code);
  return [r.name, ...phrases].map((p) =>
    gazEntry(p.toLowerCase().replace(/’/g, "'").split(/\s+|(?=')/).filter(Boolean), 'user', r.name as string, country, r.code as string, sector, false, undefined),
  );
}

/** The compiled lexicon for a user lexicon (cached; the built-in one when no event keys are set). */
export function eventLexicon(user: UserLexicon = {}): EventLexicon {
  if (!KEYS.some((k) => k in user)) return (base ??= compiled(EVENT_PATTERNS, buildGazetteer(), []));
  const hit = cache.get(user);
  if (hit) return hit;
  const problems: string[] = [];
  const patterns: EventPattern[] = [];
  const rawPatterns = user.eventPatterns;
  if (rawPatterns !== undefined && !Array.isArray(rawPatterns)) problems.push('eventPatterns must be a list');
  (Array.isArray(rawPatterns) ? rawPatterns : []).forEach((raw, i) => {
    const p = userPattern(raw, i);
    if (typeof p === 'string') problems.push(p);
    else patterns.push(p);
  });
  const actors: GazEntry[] = [];
  const agents: { words: string[]; sector: string }[] = [];
  const rawActors = user.eventActors;
  (Array.isArray(rawActors) ? rawActors : []).forEach((raw, i) => {
    const a = userActor(raw, i);
    if (typeof a === 'string') problems.push(a);
    else actors.push(...a);
  });
  const files = strList(user.actorsFiles);
  if (!files) problems.push('actorsFiles must be a list of paths to .actors dictionaries');
  for (const path of files ?? []) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      problems.push(`actorsFiles: ${path} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
      continue;
    }
    const dict = parseActors(text);
    for (const p of dict.problems.slice(0, 5)) problems.push(`actorsFiles: ${path}:${p.line}: ${p.message}`);
    for (const a of dict.actors) {
      for (const words of a.phrases) actors.push(gazEntry(words, 'user', a.name, a.country, a.code, a.sector, false, undefined));
    }
    for (const g of dict.agents) agents.push({ words: g.phrase, sector: g.sector });
  }
  const hazards = strList(user.eventHazards);
  if (!hazards) problems.push('eventHazards must be a list of nouns');
  const facilities = strList(user.eventFacilities);
  if (!facilities) problems.push('eventFacilities must be a list of nouns');
  // user patterns first so they win over built-in ones for the same trigger
  const lex = compiled([...patterns, ...EVENT_PATTERNS], buildGazetteer(actors, agents), problems, (hazards ?? []).map((h) => h.toLowerCase()), (facilities ?? []).map((h) => h.toLowerCase()));
  cache.set(user, lex);
  return lex;
}
