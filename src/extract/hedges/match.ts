/**
 * A small token-sequence matcher shared by the `hedges` and `loaded` stages: lexicon entries are
 * written as word matchers (`word`, `~lemma`, `#POS`, alternatives with `|`), compiled once into
 * an index keyed by what the first token must be, so one walk over the tokens finds every cue.
 */
import type { Token } from '../../types.js';

/** One compiled word matcher: a token matches when any of its alternatives does. */
export interface WordTest {
  norms: ReadonlySet<string> | null;
  lemmas: ReadonlySet<string> | null;
  pos: ReadonlySet<string> | null;
}

/** Compiles `word|~lemma|#POS` into a test. */
export function compileWord(spec: string): WordTest {
  const norms = new Set<string>();
  const lemmas = new Set<string>();
  const pos = new Set<string>();
  for (const alt of spec.split('|')) {
    if (!alt) continue;
    if (alt.startsWith('~')) lemmas.add(alt.slice(1).toLowerCase());
    else if (alt.startsWith('#')) pos.add(alt.slice(1).toUpperCase());
    else norms.add(alt.toLowerCase());
  }
  return { norms: norms.size ? norms : null, lemmas: lemmas.size ? lemmas : null, pos: pos.size ? pos : null };
}

/** Whether a token passes a word test. */
export function testWord(t: Token, w: WordTest): boolean {
  return !!((w.norms && w.norms.has(normOf(t))) || (w.lemmas && (w.lemmas.has(t.lemma) || w.lemmas.has(normOf(t)))) || (w.pos && w.pos.has(t.pos)));
}

/** The lower-cased token with typographic apostrophes made plain. */
export function normOf(t: Token): string {
  return t.norm.includes('’') ? t.norm.replace(/’/g, "'") : t.norm;
}

/** A compiled pattern with its payload. */
export interface Compiled<T> {
  words: WordTest[];
  entry: T;
}

/** Patterns whose first word is a given string: as a word form, and as a lemma. */
interface FirstWord<T> {
  norm: Compiled<T>[] | undefined;
  lemma: Compiled<T>[] | undefined;
}

/** Patterns indexed by what their first word must be: a word form, a lemma or a POS tag. */
export class PatternIndex<T> {
  // word forms and lemmas share one map, so a token costs two lookups (its form, its lemma)
  private readonly byWord = new Map<string, FirstWord<T>>();
  private readonly byPos = new Map<string, Compiled<T>[]>();

  /** Adds a pattern (list of word specs) with its payload. */
  add(words: readonly string[], entry: T): void {
    const compiled = { words: words.map(compileWord), entry };
    const first = compiled.words[0];
    const word = (key: string) => {
      let w = this.byWord.get(key);
      if (!w) this.byWord.set(key, (w = { norm: undefined, lemma: undefined }));
      return w;
    };
    for (const w of first.norms ?? []) (word(w).norm ??= []).push(compiled);
    for (const w of first.lemmas ?? []) (word(w).lemma ??= []).push(compiled);
    for (const p of first.pos ?? []) {
      let bucket = this.byPos.get(p);
      if (!bucket) this.byPos.set(p, (bucket = []));
      bucket.push(compiled);
    }
  }

  /**
   * The patterns that match starting at token `i` (not past `end`), with the end token index
   * (exclusive) of each match: those keyed by the token's form, by its lemma, by its form as a
   * lemma, then by its POS, each pattern once.
   */
  matchAt(tokens: readonly Token[], i: number, end: number): { entry: T; end: number }[] {
    const t = tokens[i];
    const norm = normOf(t);
    const byNorm = this.byWord.get(norm);
    const lemma = t.lemma;
    const b1 = byNorm?.norm;
    const b2 = lemma === norm ? byNorm?.lemma : this.byWord.get(lemma)?.lemma;
    const b3 = lemma !== norm ? byNorm?.lemma : undefined;
    const b4 = this.byPos.get(t.pos);
    if (!b1 && !b2 && !b3 && !b4) return NONE;
    const state: MatchState<T> = { out: null, tried: null, used: 0 };
    if (b1) this.tryBucket(b1, tokens, i, end, state);
    if (b2) this.tryBucket(b2, tokens, i, end, state);
    if (b3) this.tryBucket(b3, tokens, i, end, state);
    if (b4) this.tryBucket(b4, tokens, i, end, state);
    return state.out ?? NONE;
  }

  private tryBucket(bucket: Compiled<T>[], tokens: readonly Token[], i: number, end: number, state: MatchState<T>): void {
    state.used++;
    for (const c of bucket) {
      // a pattern whose first word lists a form and its lemma sits in two buckets
      if (state.used > 1 && state.tried?.includes(c)) continue;
      (state.tried ??= []).push(c);
      if (i + c.words.length > end) continue;
      let ok = true;
      for (let k = 1; k < c.words.length && ok; k++) ok = testWord(tokens[i + k], c.words[k]);
      if (ok) (state.out ??= []).push({ entry: c.entry, end: i + c.words.length });
    }
  }
}

interface MatchState<T> {
  out: { entry: T; end: number }[] | null;
  tried: Compiled<T>[] | null;
  used: number;
}

const NONE: never[] = [];
