/**
 * The events stage's lexicon: built-in patterns and actors plus what the user adds through
 * `--lexicon FILE`, compiled once per lexicon object (WeakMap cache). Keys read here:
 *
 *   eventPatterns:   [{ id, type, cameo?, words, pos?, with?, after?, not?, reach?, targetPreps?,
 *                       notTarget?, symmetric?, source? }]    same shape as patterns.ts; `type` is a
 *                    PLOVER type (REQUEST/ACCUSE accepted); `cameo` defaults to the type's root.
 *   eventActors:     [{ name, code, phrases?: [..] }]        a name (and phrases) with a CAMEO code
 *                    (`RUSGOV`, `IGOUNO`); the country is the code's first three letters when ISO-3.
 *   actorsFiles:     [path, ...]                             PETRARCH/TABARI `.actors` or agents
 *                    dictionaries (see actors-file.ts), read once when the lexicon is compiled.
 *
 * Bad entries are skipped and reported as `E_EVENTS_LEXICON` diagnostics; they never throw.
 */
import { readFileSync } from 'node:fs';
import type { UserLexicon } from '../../types.js';
import { EVENT_PATTERNS, type EventPattern } from './patterns.js';
import { CAMEO_ROOTS, ploverType } from './plover.js';
import { buildGazetteer, type GazEntry, type Gazetteer } from './gazetteer.js';
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
  order: number;
}

/** Everything the stage matches with. */
export interface EventLexicon {
  /** Patterns by the first word of their trigger, in priority order. */
  byWord: Map<string, CompiledPattern[]>;
  gazetteer: Gazetteer;
  problems: string[];
}

const cache = new WeakMap<object, EventLexicon>();
let base: EventLexicon | null = null;
const KEYS = ['eventPatterns', 'eventActors', 'actorsFiles'];

function strList(v: unknown): string[] | null {
  if (v === undefined) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  return null;
}

function compilePattern(p: EventPattern, order: number): CompiledPattern {
  return {
    ...p,
    trigger: [],
    withWords: wordSet(p.with),
    afterWords: wordSet(p.after),
    notWords: new Set((p.not ?? []).map((w) => w.toLowerCase())),
    order,
  };
}

function index(patterns: readonly EventPattern[]): Map<string, CompiledPattern[]> {
  const byWord = new Map<string, CompiledPattern[]>();
  patterns.forEach((p, order) => {
    for (const w of p.words) {
      const trigger = w.toLowerCase().split(/\s+/);
      const cp = { ...compilePattern(p, order), trigger };
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
  for (const key of ['with', 'after', 'not', 'targetPreps', 'notTarget']) {
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
    targetPreps: lists.targetPreps!.length ? lists.targetPreps! : undefined,
    notTarget: lists.notTarget!.length ? lists.notTarget! : undefined,
    reach: typeof r.reach === 'number' && r.reach > 0 ? Math.min(12, r.reach) : undefined,
    symmetric: r.symmetric === true,
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
  return [r.name, ...phrases].map((p) => ({
    words: p.toLowerCase().replace(/’/g, "'").split(/\s+|(?=')/).filter(Boolean),
    kind: 'user' as const,
    name: r.name as string,
    country,
    code: r.code as string,
    sector,
    proper: false,
  }));
}

/** The compiled lexicon for a user lexicon (cached; the built-in one when no event keys are set). */
export function eventLexicon(user: UserLexicon = {}): EventLexicon {
  if (!KEYS.some((k) => k in user)) return (base ??= { byWord: index(EVENT_PATTERNS), gazetteer: buildGazetteer(), problems: [] });
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
      for (const words of a.phrases) actors.push({ words, kind: 'user', name: a.name, country: a.country, code: a.code, sector: a.sector, proper: false });
    }
    for (const g of dict.agents) agents.push({ words: g.phrase, sector: g.sector });
  }
  // user patterns first so they win over built-in ones for the same trigger
  const compiled: EventLexicon = { byWord: index([...patterns, ...EVENT_PATTERNS]), gazetteer: buildGazetteer(actors, agents), problems };
  cache.set(user, compiled);
  return compiled;
}
