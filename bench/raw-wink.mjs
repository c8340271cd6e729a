/**
 * Raw wink-nlp over a directory, for `npm run bench`: one pass in a fresh process, the way the
 * CLI meets the texts (every word seen for the first time), after the model is loaded and the
 * texts are read into memory. readDoc with sbd+pos+ner (issue 2's reference), token values and
 * POS read out. Prints one JSON line: {"seconds": s, "tokens": n, "repeatSeconds": s}, where
 * repeatSeconds is a second pass over the same texts in the same process (wink's caches warm).
 *
 *   node bench/raw-wink.mjs FILE...   (the files are passed as a JSON list on stdin instead when no argument is given)
 */
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const files = process.argv.length > 2 ? process.argv.slice(2) : JSON.parse(readFileSync(0, 'utf8'));
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
const repeat = pass();
process.stdout.write(JSON.stringify({ seconds: first.seconds, tokens: first.tokens, repeatSeconds: repeat.seconds }) + '\n');
