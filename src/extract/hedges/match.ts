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
  /** No alternative has an apostrophe: then the token's raw `norm` tests the same as `normOf` (see `testWord`). */
  plain: boolean;
}

/** Compiles `word|~lemma|#POS` into a test. */
export function compileWord(spec: string): WordTest {
  const norms = new Set<string>();
  const lemmas = new Set<string>();
  const pos = new Set<string>();
  let plain = true;
  for (const alt of spec.split('|')) {
    if (!alt) continue;
    if (alt.startsWith('~')) lemmas.add(alt.slice(1).toLowerCase());
    else if (alt.startsWith('#')) pos.add(alt.slice(1).toUpperCase());
    else norms.add(alt.toLowerCase());
    if (!alt.startsWith('#') && hasApostrophe(alt)) plain = false;
  }
  return { norms: norms.size ? norms : null, lemmas: lemmas.size ? lemmas : null, pos: pos.size ? pos : null, plain };
}

/** Whether a word has a plain or typographic apostrophe. */
export function hasApostrophe(w: string): boolean {
  return w.includes("'") || w.includes('’');
}

/**
 * Whether a token passes a word test. A token whose norm differs from `normOf` has an
 * apostrophe in both forms, so against words without any (`plain`) both miss: the raw norm
 * then gives the same answer and saves the per-token `normOf` (a string search).
 */
export function testWord(t: Token, w: WordTest): boolean {
  const norm = w.plain ? t.norm : normOf(t);
  return !!((w.norms && w.norms.has(norm)) || (w.lemmas && (w.lemmas.has(t.lemma) || w.lemmas.has(norm))) || (w.pos && w.pos.has(t.pos)));
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

/**
 * The patterns that share a first-word key, with the union of their second words: one test of
 * the next token against it rules out every longer pattern of the bucket at once.
 */
export interface Bucket<T> {
  patterns: Compiled<T>[];
  second: SecondWords;
  /** A one-word pattern is in the bucket (it matches whatever follows). */
  single: boolean;
}

/** A bucket's union of second words: a word test whose sets the bucket owns and grows. */
interface SecondWords extends WordTest {
  norms: Set<string> | null;
  lemmas: Set<string> | null;
  pos: Set<string> | null;
}

/** Patterns whose first word is a given string: as a word form, and as a lemma; and the caller's mark (`mark`). */
export interface FirstWord<T> {
  norm: Bucket<T> | undefined;
  lemma: Bucket<T> | undefined;
  marked: boolean;
}

/** One match of `PatternIndex.matchAt`: the payload and the end token index (exclusive). */
export interface Match<T> {
  entry: T;
  end: number;
}

/** An empty bucket (its second-word union matches nothing yet). */
function newBucket<T>(): Bucket<T> {
  return { patterns: [], second: { norms: null, lemmas: null, pos: null, plain: true }, single: false };
}

/** Adds a pattern to a bucket and its second word to the bucket's union. */
function addToBucket<T>(bucket: Bucket<T>, c: Compiled<T>): void {
  bucket.patterns.push(c);
  if (c.words.length === 1) {
    bucket.single = true;
    return;
  }
  const w = c.words[1];
  const u = bucket.second;
  // the union's sets belong to the bucket (made here, never a pattern's own): grow them in place,
  // not copied once per pattern added (a bucket can hold hundreds)
  bucket.second = { norms: union(u.norms, w.norms), lemmas: union(u.lemmas, w.lemmas), pos: union(u.pos, w.pos), plain: u.plain && w.plain };
}

/** `a` (a bucket's own set, or null) with the words of `b` added. */
function union(a: Set<string> | null, b: ReadonlySet<string> | null): Set<string> | null {
  if (!b) return a;
  const out = a ?? new Set<string>();
  for (const x of b) out.add(x);
  return out;
}

/** Patterns indexed by what their first word must be: a word form, a lemma or a POS tag. */
export class PatternIndex<T> {
  // word forms and lemmas share one map, so a token costs two lookups (its form, its lemma)
  private readonly byWord = new Map<string, FirstWord<T>>();
  private readonly byPos = new Map<string, Bucket<T>>();
  // no key has an apostrophe: look tokens up by their raw norm (see `testWord`)
  private plainKeys = true;

  /** Adds a pattern (list of word specs) with its payload. */
  add(words: readonly string[], entry: T): void {
    const compiled = { words: words.map(compileWord), entry };
    const first = compiled.words[0];
    for (const w of first.norms ?? []) addToBucket((this.entry(w).norm ??= newBucket()), compiled);
    for (const w of first.lemmas ?? []) addToBucket((this.entry(w).lemma ??= newBucket()), compiled);
    for (const p of first.pos ?? []) {
      let bucket = this.byPos.get(p);
      if (!bucket) this.byPos.set(p, (bucket = newBucket()));
      addToBucket(bucket, compiled);
    }
  }

  /**
   * Marks a word form for a test of the caller's own (`firstWord(key).marked`): a caller that
   * checks a word list of its own before matching then needs one lookup per token, not two.
   */
  mark(word: string): void {
    this.entry(word).marked = true;
  }

  /** The entry for `key`, made when missing. */
  private entry(key: string): FirstWord<T> {
    let w = this.byWord.get(key);
    if (!w) this.byWord.set(key, (w = { norm: undefined, lemma: undefined, marked: false }));
    if (hasApostrophe(key)) this.plainKeys = false;
    return w;
  }

  /** The form a token is looked up by: with the raw norm a form with an apostrophe misses as its `normOf` would (no key has one). */
  keyOf(t: Token): string {
    return this.plainKeys ? t.norm : normOf(t);
  }

  /** What is keyed by a form (`keyOf` a token): its patterns and mark; undefined for most words. */
  firstWord(key: string): FirstWord<T> | undefined {
    return this.byWord.get(key);
  }

  /**
   * The patterns that match starting at token `i` (not past `end`), with the end token index
   * (exclusive) of each match: those keyed by the token's form, by its lemma, by its form as a
   * lemma, then by its POS, each pattern once. Runs for every token: it only looks the token up,
   * the rare token that starts a pattern goes on to `tryBuckets`.
   */
  matchAt(tokens: readonly Token[], i: number, end: number): Match<T>[] {
    const norm = this.keyOf(tokens[i]);
    return this.matchFrom(this.byWord.get(norm), norm, tokens, i, end);
  }

  /** `matchAt` for a caller that has looked the token up already: `norm` is its `keyOf`, `byNorm` its `firstWord`. */
  matchFrom(byNorm: FirstWord<T> | undefined, norm: string, tokens: readonly Token[], i: number, end: number): Match<T>[] {
    const t = tokens[i];
    const lemma = t.lemma;
    const b1 = byNorm?.norm;
    let b2: Bucket<T> | undefined;
    let b3: Bucket<T> | undefined;
    if (lemma === norm) b2 = byNorm?.lemma;
    else {
      b2 = this.byWord.get(lemma)?.lemma;
      b3 = byNorm?.lemma;
    }
    const b4 = this.byPos.size ? this.byPos.get(t.pos) : undefined;
    if (!b1 && !b2 && !b3 && !b4) return NONE;
    return tryBuckets(b1, b2, b3, b4, tokens, i, end);
  }
}

/**
 * The patterns already matched at the current token, when a token has two buckets or more (a
 * pattern whose first word lists a form and its lemma sits in two): one scratch list, emptied
 * per token, instead of a fresh one per call (most calls match nothing).
 */
const SEEN: unknown[] = [];

/** Tries the buckets found for token `i` in order. */
function tryBuckets<T>(b1: Bucket<T> | undefined, b2: Bucket<T> | undefined, b3: Bucket<T> | undefined, b4: Bucket<T> | undefined, tokens: readonly Token[], i: number, end: number): Match<T>[] {
  const dedupe = (b1 ? 1 : 0) + (b2 ? 1 : 0) + (b3 ? 1 : 0) + (b4 ? 1 : 0) > 1;
  if (dedupe) SEEN.length = 0;
  let out: Match<T>[] | null = null;
  // one call site in a loop, not four: four inlined copies would make the caller slow to compile
  for (let k = 0; k < 4; k++) {
    const b = k === 0 ? b1 : k === 1 ? b2 : k === 2 ? b3 : b4;
    if (b) out = tryBucket(b, tokens, i, end, dedupe, out);
  }
  return out ?? NONE;
}

/** Tries the patterns of one bucket at token `i`; returns `out` with the matches added (made on the first). */
function tryBucket<T>(bucket: Bucket<T>, tokens: readonly Token[], i: number, end: number, dedupe: boolean, out: Match<T>[] | null): Match<T>[] | null {
  const patterns = bucket.patterns;
  // the next token against the union of second words: when it fails, only one-word patterns can
  // match (with one pattern, its own test below is as cheap)
  const nextOk = patterns.length === 1 || (i + 1 < end && testWord(tokens[i + 1], bucket.second));
  if (!nextOk && !bucket.single) return out;
  for (let b = 0; b < patterns.length; b++) {
    const c = patterns[b];
    const n = c.words.length;
    if ((n > 1 && !nextOk) || i + n > end) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) ok = testWord(tokens[i + k], c.words[k]);
    if (!ok) continue;
    // a pattern tried in an earlier bucket failed there as here, unless it matched: only matches are kept
    if (dedupe) {
      if (SEEN.includes(c)) continue;
      SEEN.push(c);
    }
    (out ??= []).push({ entry: c.entry, end: i + n });
  }
  return out;
}

const NONE: never[] = [];
