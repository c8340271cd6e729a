/**
 * The findings stage's word lists, and the user additions to them (`--lexicon FILE`):
 *
 * - `vagueSources`: heads of unsupported attributions ("reports", "analysts", "sources say").
 *   Source: Wikipedia, Manual of Style / Words to watch, "Unsupported attributions" (weasel
 *   words: "some people say", "experts declare", "it is believed", "reports indicate",
 *   "analysts suggest", "critics argue") and the CoNLL-2010 weasel cue guidelines. "Officials"
 *   is left out on purpose: news names the body in the same paragraph ("the agency's officials")
 *   so often that flagging it cries wolf.
 * - `attributionVerbs`: verbs that introduce a claim after such a head; the reporting verbs of
 *   Bergler (1992) / the PARC 3.0 cue categories (say, claim, suggest, indicate, reveal, show ...).
 * - `outlets`: see `outlets.ts`.
 */
import type { UserLexicon } from '../types.js';
import { OUTLETS, type Outlet } from './outlets.js';

/** Heads of vague sources (Wikipedia Words to watch, "Unsupported attributions"). */
export const VAGUE_SOURCES: readonly string[] = [
  'reports', 'report', 'media reports', 'press reports', 'news reports', 'intelligence reports', 'unconfirmed reports',
  'analysts', 'experts', 'sources', 'observers', 'critics', 'commentators', 'insiders', 'pundits', 'watchers',
  'some', 'many', 'some people', 'many people', 'some observers', 'many observers', 'rumors', 'rumours',
];

/** Reporting verbs that follow a vague source (PARC 3.0 / Bergler 1992 reporting verbs). */
export const ATTRIBUTION_VERBS: readonly string[] = [
  'say', 'says', 'said', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated', 'reveal', 'reveals', 'revealed',
  'show', 'shows', 'showed', 'claim', 'claims', 'claimed', 'believe', 'believes', 'believed', 'estimate', 'estimates', 'estimated',
  'warn', 'warns', 'warned', 'argue', 'argues', 'argued', 'contend', 'contends', 'contended', 'allege', 'alleges', 'alleged',
  'agree', 'agrees', 'agreed', 'according to', 'point out', 'note', 'notes', 'noted', 'think', 'thinks', 'fear', 'fears', 'feared', 'speculate', 'speculated', 'confirm', 'confirms', 'confirmed',
];

/** The compiled lexicon the rules read. */
export interface CheckLexicon {
  vagueHeads: ReadonlySet<string>;
  /** Attribution verbs (lower case), for cues the quotes layer found. */
  verbs: ReadonlySet<string>;
  /** Vague sources as token sequences, by first word, longest first ("intelligence reports" before "reports"). */
  headSeqs: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Attribution verbs as token sequences, by first word ("point out"). */
  verbSeqs: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Words that can start a vague phrase: the first words of `headSeqs`, and "according". */
  startWords: ReadonlySet<string>;
  /** A cheap test that rules most words out of `startWords` before the set is asked (see `wordShape`). */
  startShape: WordShape;
  outlets: readonly Outlet[];
}

function compile(vague: readonly string[], verbs: readonly string[], outlets: readonly Outlet[]): CheckLexicon {
  const heads = [...new Set(vague.map((v) => v.toLowerCase()))].sort((a, b) => b.length - a.length);
  const vs = [...new Set(verbs.map((v) => v.toLowerCase()))].sort((a, b) => b.length - a.length);
  const bySeq = (list: readonly string[]) => {
    const m = new Map<string, string[][]>();
    for (const x of list) {
      const seq = x.split(/\s+/);
      const l = m.get(seq[0]) ?? [];
      l.push(seq);
      m.set(seq[0], l);
    }
    for (const l of m.values()) l.sort((a, b) => b.length - a.length);
    return m;
  };
  const headSeqs = bySeq(heads);
  const startWords = new Set([...headSeqs.keys(), 'according']);
  return {
    vagueHeads: new Set(heads),
    verbs: new Set(vs),
    headSeqs,
    verbSeqs: bySeq(vs),
    startWords,
    startShape: wordShape(startWords),
    outlets,
  };
}

/**
 * The first and last characters and the lengths of a word list: a word whose (first, last) ASCII pair
 * is not flagged, or whose length is out of range, is not in the list, and is ruled out with no string
 * hashed. A word with a character outside ASCII at either end always passes to the set.
 */
export interface WordShape {
  /** Bit at first * 128 + last for each listed word whose first and last characters are ASCII. */
  pairs: Uint8Array;
  minLen: number;
  maxLen: number;
}

/** The shape of a word list (see `WordShape`). */
function wordShape(words: Iterable<string>): WordShape {
  const pairs = new Uint8Array(128 * 128);
  let minLen = Infinity;
  let maxLen = 0;
  for (const w of words) {
    minLen = Math.min(minLen, w.length);
    maxLen = Math.max(maxLen, w.length);
    const a = w.charCodeAt(0);
    const b = w.charCodeAt(w.length - 1);
    if (a < 128 && b < 128) pairs[a * 128 + b] = 1;
  }
  return { pairs, minLen, maxLen };
}

/** Whether a word may be in the list `shape` was made of (false: it certainly is not). */
export function mayHaveWord(shape: WordShape, w: string): boolean {
  const n = w.length;
  if (n < shape.minLen || n > shape.maxLen) return false;
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(n - 1);
  return a >= 128 || b >= 128 || shape.pairs[a * 128 + b] === 1;
}

const BUILT_IN = compile(VAGUE_SOURCES, ATTRIBUTION_VERBS, OUTLETS);
const cache = new WeakMap<UserLexicon, { lexicon: CheckLexicon; problems: string[] }>();

function strings(value: unknown, key: string, problems: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(`lexicon key \`${key}\` must be a list of strings`);
    return [];
  }
  const out: string[] = [];
  value.forEach((v, i) => {
    if (typeof v === 'string' && v.trim()) out.push(v.trim());
    else problems.push(`lexicon \`${key}\`[${i}] is not a non-empty string; ignored`);
  });
  return out;
}

/**
 * The built-in lexicon plus the user's `vagueSources`, `attributionVerbs` and `outlets`
 * (compiled once per user lexicon object); `problems` lists entries that were ignored.
 */
export function checkLexicon(user: UserLexicon): { lexicon: CheckLexicon; problems: string[] } {
  if (!user || (user.vagueSources === undefined && user.attributionVerbs === undefined && user.outlets === undefined)) return { lexicon: BUILT_IN, problems: [] };
  const hit = cache.get(user);
  if (hit) return hit;
  const problems: string[] = [];
  const vague = strings(user.vagueSources, 'vagueSources', problems);
  const verbs = strings(user.attributionVerbs, 'attributionVerbs', problems);
  const outlets: Outlet[] = [];
  if (user.outlets !== undefined) {
    if (!Array.isArray(user.outlets)) problems.push('lexicon key `outlets` must be a list of { domain, names }');
    else
      user.outlets.forEach((o, i) => {
        const rec = o as { domain?: unknown; domains?: unknown; names?: unknown };
        const domains = ([] as unknown[]).concat(rec?.domain ?? [], rec?.domains ?? []).filter((d): d is string => typeof d === 'string' && !!d.trim());
        const names = Array.isArray(rec?.names) ? rec.names.filter((n): n is string => typeof n === 'string' && !!n.trim()) : [];
        if (!o || typeof o !== 'object' || (domains.length === 0 && names.length === 0)) problems.push(`lexicon \`outlets\`[${i}] needs a \`domain\` and \`names\` (a list of strings); ignored`);
        else outlets.push({ domains: domains.map((d) => d.toLowerCase()), names });
      });
  }
  const result = { lexicon: compile([...VAGUE_SOURCES, ...vague], [...ATTRIBUTION_VERBS, ...verbs], [...outlets, ...OUTLETS]), problems };
  cache.set(user, result);
  return result;
}
