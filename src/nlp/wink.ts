/**
 * The one place that loads wink-nlp and its English model (tokens, sentences, POS). Loading the
 * model takes a moment, so it happens once, on first use.
 */
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

/**
 * Every token's value, preceding spaces, POS, type and lemma, through wink's public API. (Reading
 * them in one pass through wink's internals, with lemmas remembered by word id, was tried: it saved
 * about 0.05 s over the 840 benchmark texts, 1% of the pipeline, not worth depending on internals.)
 */
export function readColumns(doc: Doc): WinkColumns {
  const its = wink().its;
  return {
    values: doc.tokens().out(its.value) as string[],
    spaces: doc.tokens().out(its.precedingSpaces) as string[],
    pos: doc.tokens().out(its.pos) as string[],
    types: doc.tokens().out(its.type) as string[],
    lemmas: doc.tokens().out(its.lemma as never) as string[],
  };
}
