/**
 * Raw wink-nlp over a directory, for `npm run bench`: one pass in a fresh process, the way the
 * CLI meets the texts (every word seen for the first time), after the model is loaded and the
 * texts are read into memory. readDoc with sbd+pos+ner (issue 2's reference), token values and
 * POS read out. Prints one JSON line: {"seconds": s, "tokens": n, "repeatSeconds": s|null}, where
 * seconds is the pass alone (model loaded, texts in memory) and repeatSeconds, with `--repeat`, a
 * second pass over the same texts in the same process (wink's caches warm). Without `--repeat` the
 * process does exactly one pass, so timing the whole process from outside (as the bench does for
 * the CLI) gives raw wink-nlp's time for the corpus start-up included.
 *
 *   node bench/raw-wink.mjs [--repeat] [FILE...]   (the files come as a JSON list on stdin when none is given)
 */
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const args = process.argv.slice(2);
const repeatToo = args.includes('--repeat');
const named = args.filter((a) => a !== '--repeat');
const files = named.length ? named : JSON.parse(readFileSync(0, 'utf8'));
const texts = files.map((f) => readFileSync(f, 'utf8'));
const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
const its = nlp.its;

function pass() {
  let tokens = 0;
  const t0 = performance.now();
  for (const text of texts) {
    const doc = nlp.readDoc(text);
    const values = doc.tokens().out(its.value);
    const pos = doc.tokens().out(its.pos);
    if (pos.length !== values.length) throw new Error('wink-nlp gave a POS list of another length than the tokens');
    tokens += values.length;
  }
  return { seconds: (performance.now() - t0) / 1000, tokens };
}

const first = pass();
const repeat = repeatToo ? pass() : null;
process.stdout.write(JSON.stringify({ seconds: first.seconds, tokens: first.tokens, repeatSeconds: repeat && repeat.seconds }) + '\n');
