/**
 * The `hedges` stage: epistemic hedges ("may", "reportedly", "estimates"), weasel words ("some
 * say", "critics", "it is believed") and vague attributions ("reports indicate", "sources say"),
 * each with the clause it scopes over. One walk over the tokens against a compiled cue index;
 * the cues are data in ./cues.ts, extended by the `--lexicon` key `hedges`.
 */
import { defineStage } from '../../pipeline/stage.js';
import type { Hedge, Token, TokenLayer, UserLexicon } from '../../types.js';
import { CUE_RULES, LEXICON_KEY, type CueRule } from './cues.js';
import { PatternIndex, compileWord, normOf, testWord, type WordTest } from './match.js';
import { clauseScope } from './scope.js';

const KINDS = new Set<Hedge['kind']>(['epistemic', 'weasel', 'attribution']);

interface Compiled {
  rule: CueRule;
  pos: ReadonlySet<string> | null;
  notNext: ReadonlySet<string> | null;
  nextPos: ReadonlySet<string> | null;
  notNextPos: ReadonlySet<string> | null;
  notPrev: ReadonlySet<string> | null;
  notFollowedBy: WordTest[][];
  rootWithGenericSubject: boolean;
}

const set = (xs?: readonly string[]) => (xs && xs.length ? new Set(xs) : null);

function compile(rules: readonly CueRule[]): PatternIndex<Compiled> {
  const index = new PatternIndex<Compiled>();
  for (const rule of rules) {
    index.add(rule.words, { rule, pos: set(rule.pos), notNext: set(rule.notNext), nextPos: set(rule.nextPos), notNextPos: set(rule.notNextPos), notPrev: set(rule.notPrev), notFollowedBy: (rule.notFollowedBy ?? []).map((p) => p.split(' ').map(compileWord)), rootWithGenericSubject: !!rule.rootWithGenericSubject });
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
  const next = end < sentenceEnd ? tokens[end] : null;
  if (c.notNext && next && c.notNext.has(normOf(next))) return false;
  if (c.nextPos && (!next || !c.nextPos.has(next.pos))) return false;
  if (c.notNextPos && next && c.notNextPos.has(next.pos)) return false;
  if (c.rule.participle && tokens[end - 1].norm.endsWith('ing')) return false;
  if (c.rootWithGenericSubject && genericRoot(tokens, i, end, sentenceStart, sentenceEnd)) return false;
  for (const seq of c.notFollowedBy) {
    if (end + seq.length <= sentenceEnd && seq.every((w, k) => testWord(tokens[end + k], w))) return false;
  }
  return true;
}

const EPISTEMIC_NEXT = new Set(['have', 'be', 'well', 'not', "n't", 'also', 'even']);
const SPECIFIC = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', "'s", '’s']);
const INDEFINITE = new Set(['a', 'an', 'any', 'each', 'every']);

/** Whether a modal at `i` has a generic subject and a dynamic verb (see `rootWithGenericSubject`). */
function genericRoot(tokens: readonly Token[], i: number, end: number, first: number, last: number): boolean {
  let v = end;
  while (v < last && tokens[v].pos === 'ADV' && !EPISTEMIC_NEXT.has(tokens[v].norm)) v++;
  if (v >= last || EPISTEMIC_NEXT.has(tokens[v].norm) || tokens[v].pos !== 'VERB') return false;
  let k = i - 1;
  while (k >= first && tokens[k].pos === 'ADV') k--;
  if (k < first || tokens[k].pos !== 'NOUN') return false;
  // walk the noun phrase back to its determiner, if any
  let d = k;
  while (d - 1 >= first && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(tokens[d - 1].pos) && tokens[d - 1].norm !== ',') d--;
  const det = d - 1 >= first ? tokens[d - 1].norm : '';
  if (SPECIFIC.has(det)) return false;
  if (INDEFINITE.has(det)) return true;
  const head = tokens[k];
  return head.lemma !== head.norm && head.norm.endsWith('s');
}

/** Finds hedges, weasels and vague attributions in tokenised text. */
export function findHedges(text: string, layer: TokenLayer, lexicon: UserLexicon = {}, report?: (code: string, message: string) => void): Hedge[] {
  const { index, problems } = indexFor(lexicon);
  if (report) for (const p of problems) report('W_LEXICON_ENTRY', p);
  const { tokens, sentences } = layer;
  const found: Omit<Hedge, 'id'>[] = [];
  for (const s of sentences) {
    // the last hedge of each kind in this sentence, and the token it ends at
    const last: Record<string, { hedge: Omit<Hedge, 'id'>; end: number }> = {};
    for (let i = s.firstToken; i < s.endToken; i++) {
      const matches = index.matchAt(tokens, i, s.endToken);
      if (!matches.length) continue;
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
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.map((h, k) => ({ id: `h${k + 1}`, ...h }));
}

/** The `hedges` stage. */
export const hedges = defineStage({
  name: 'hedges',
  requires: ['structure', 'tokens'],
  produces: 'hedges',
  run: ({ source, layers, lexicon, report }) => findHedges(source.text, layers.tokens, lexicon, report),
});
