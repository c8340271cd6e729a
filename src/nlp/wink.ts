/**
 * The one place that loads wink-nlp and its English model (tokens, sentences, POS). Loading the
 * model takes a moment, so it happens once, on first use.
 *
 * It also reads a document's tokens out of wink (`readColumns`). wink's public way is one
 * `doc.tokens().out(its.x)` pass per property, and its lemma re-runs the lemmatiser for every
 * token; that was a fifth of the tokens stage. When the wink-nlp installed is the one this was
 * written against (2.x: its `allowed.its4tokens` set and the `rdd` layout below), one pass reads
 * every property and remembers lemmas and token types by wink's word id, which is exact: a type
 * is a property of the word, and the lemma of a word that is no contraction depends only on the
 * word and its POS (wink's lemmatiser consults only its intrinsic, read-only lexicon). Otherwise
 * the public path runs; both give the same columns (tested in tokens.test.ts).
 */
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
type Doc = ReturnType<Nlp['readDoc']>;
let nlp: Nlp | null = null;

/** The shared wink-nlp instance with sentence boundaries and POS tags. */
export function wink(): Nlp {
  if (!nlp) nlp = winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/** What the tokens stage reads of every wink token, one array per property. */
export interface WinkColumns {
  values: string[];
  spaces: string[];
  pos: string[];
  types: string[];
  lemmas: string[];
}

/** Public `its` readers, typed loosely: wink's typings do not cover `its.lemma` as a token reader. */
type ItsFn = (index: number, rdd: Rdd, addons: unknown) => string;
interface Rdd {
  tokens: ArrayLike<number>;
}

/** wink keeps four numbers per token; the second exceeds 65535 for a piece of a contraction. */
const TOKEN_SIZE = 4;
const CONTRACTION = 65535;

/** Lemmas by word id and POS, and types by word id: exact across documents (see the header). */
const lemmaOf = new Map<number, string>();
const typeOf = new Map<number, string>();
const posCode = new Map<string, number>();

// the columns of the document being read (one document at a time: reading is synchronous)
let cValues: string[] = [];
let cSpaces: string[] = [];
let cPos: string[] = [];
let cTypes: string[] = [];
let cLemmas: string[] = [];

let fast: ((doc: Doc) => WinkColumns) | null | undefined;

/** The one-pass reader over wink's internals, or null when this wink-nlp is not the one it knows. */
function fastReader(): ((doc: Doc) => WinkColumns) | null {
  const its = wink().its as unknown as Record<string, ItsFn>;
  let allowed: { its4tokens?: Set<unknown> } | undefined;
  try {
    allowed = createRequire(import.meta.url)('wink-nlp/src/allowed.js') as { its4tokens?: Set<unknown> };
  } catch {
    return null;
  }
  const { value, precedingSpaces, pos, type, lemma } = its;
  if (!(allowed?.its4tokens instanceof Set) || ![value, precedingSpaces, pos, type, lemma].every((f) => typeof f === 'function' && allowed!.its4tokens!.has(f))) return null;
  const row: ItsFn = (index, rdd, addons) => {
    const at = index * TOKEN_SIZE;
    const id = rdd.tokens[at];
    const v = value(index, rdd, addons);
    const tag = pos(index, rdd, addons);
    cValues.push(v);
    cSpaces.push(precedingSpaces(index, rdd, addons));
    cPos.push(tag);
    let t = typeOf.get(id);
    if (t === undefined) typeOf.set(id, (t = type(index, rdd, addons)));
    cTypes.push(t);
    if (rdd.tokens[at + 1] > CONTRACTION) {
      cLemmas.push(lemma(index, rdd, addons));
    } else {
      let code = posCode.get(tag);
      if (code === undefined) posCode.set(tag, (code = posCode.size));
      const key = id * 64 + code;
      let l = lemmaOf.get(key);
      if (l === undefined) lemmaOf.set(key, (l = lemma(index, rdd, addons)));
      cLemmas.push(l);
    }
    return v;
  };
  // wink only lets its own readers through `out`: add ours beside them
  allowed.its4tokens.add(row);
  return (doc) => {
    cValues = [];
    cSpaces = [];
    cPos = [];
    cTypes = [];
    cLemmas = [];
    doc.tokens().out(row as never);
    const columns = { values: cValues, spaces: cSpaces, pos: cPos, types: cTypes, lemmas: cLemmas };
    cValues = cSpaces = cPos = cTypes = cLemmas = [];
    return columns;
  };
}

/** The columns through wink's public API, one pass per property. */
export function readColumnsPublic(doc: Doc): WinkColumns {
  const its = wink().its;
  return {
    values: doc.tokens().out(its.value) as string[],
    spaces: doc.tokens().out(its.precedingSpaces) as string[],
    pos: doc.tokens().out(its.pos) as string[],
    types: doc.tokens().out(its.type) as string[],
    lemmas: doc.tokens().out(its.lemma as never) as string[],
  };
}

/** Every token's value, preceding spaces, POS, type and lemma. */
export function readColumns(doc: Doc): WinkColumns {
  if (fast === undefined) fast = fastReader();
  return fast ? fast(doc) : readColumnsPublic(doc);
}
