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

/** Patterns indexed by what their first word must be: a word form, a lemma or a POS tag. */
export class PatternIndex<T> {
  private readonly byNorm = new Map<string, Compiled<T>[]>();
  private readonly byLemma = new Map<string, Compiled<T>[]>();
  private readonly byPos = new Map<string, Compiled<T>[]>();

  /** Adds a pattern (list of word specs) with its payload. */
  add(words: readonly string[], entry: T): void {
    const compiled = { words: words.map(compileWord), entry };
    const first = compiled.words[0];
    const put = (map: Map<string, Compiled<T>[]>, key: string) => {
      let bucket = map.get(key);
      if (!bucket) map.set(key, (bucket = []));
      bucket.push(compiled);
    };
    for (const w of first.norms ?? []) put(this.byNorm, w);
    for (const w of first.lemmas ?? []) put(this.byLemma, w);
    for (const p of first.pos ?? []) put(this.byPos, p);
  }

  /**
   * The patterns that match starting at token `i` (not past `end`), with the end token index
   * (exclusive) of each match.
   */
  matchAt(tokens: readonly Token[], i: number, end: number): { entry: T; end: number }[] {
    const t = tokens[i];
    const norm = normOf(t);
    const b1 = this.byNorm.get(norm);
    const b2 = this.byLemma.get(t.lemma);
    const b3 = t.lemma !== norm ? this.byLemma.get(norm) : undefined;
    const b4 = this.byPos.get(t.pos);
    if (!b1 && !b2 && !b3 && !b4) return NONE;
    let out: { entry: T; end: number }[] | null = null;
    let tried: Compiled<T>[] | null = null;
    let used = 0;
    for (const bucket of [b1, b2, b3, b4]) {
      if (!bucket) continue;
      used++;
      for (const c of bucket) {
        // a pattern whose first word lists a form and its lemma sits in two buckets
        if (used > 1 && tried?.includes(c)) continue;
        (tried ??= []).push(c);
        if (i + c.words.length > end) continue;
        let ok = true;
        for (let k = 1; k < c.words.length && ok; k++) ok = testWord(tokens[i + k], c.words[k]);
        if (ok) (out ??= []).push({ entry: c.entry, end: i + c.words.length });
      }
    }
    return out ?? NONE;
  }
}

const NONE: never[] = [];
