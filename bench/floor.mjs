/**
 * The floor under the pipeline, for `npm run bench`: a fresh process that does what the CLI does
 * apart from the extractors. It loads the same modules (so start-up is the CLI's), reads every
 * input through the real ingest, runs the structure and tokens stages (wink-nlp's readDoc is in
 * there), and writes each document's text and sections as JSON to stdout. No entities, quotes,
 * figures, hedges, loaded terms, events or findings. Its time is the least any version of the
 * pipeline built on these stages can take, so wink's time over it is the best ratio reachable
 * without a cheaper tokens layer.
 *
 *   node bench/floor.mjs DIR > /dev/null
 */
import { STAGES } from '../dist/pipeline/stages.js';
import { readInputs } from '../dist/ingest/index.js';

const base = STAGES.filter((s) => s.name === 'structure' || s.name === 'tokens');
const out = process.stdout;
for await (const item of readInputs(process.argv.slice(2))) {
  if (!item.source) continue;
  const source = item.source;
  const layers = {};
  for (const st of base) layers[st.produces] = st.run({ source, layers, lexicon: {}, options: {}, report: () => undefined });
  out.write(JSON.stringify({ text: source.text, sections: layers.structure.sections, tokens: layers.tokens.tokens.length }) + '\n');
}
