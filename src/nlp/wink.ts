/**
 * The one place that loads wink-nlp and its English model (tokens, sentences, POS). Loading the
 * model takes a moment, so it happens once, on first use.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** The shared wink-nlp instance with sentence boundaries and POS tags. */
export function wink(): Nlp {
  if (!nlp) nlp = winkNLP(model, ['sbd', 'pos']);
  return nlp;
}
