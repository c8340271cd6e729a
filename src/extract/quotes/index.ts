/**
 * The `quotes` stage: every direct, partial and reported statement and attributed belief, with its
 * speaker, cue, relay and section. How: `extract.ts`; word lists and their sources:
 * `lexicon-data.ts` (extendable with `--lexicon` keys `reportingVerbs`, `beliefVerbs`,
 * `judgementVerbs`, `relayCues`, `partialQuoteCues`, `unnamedSpeakers`).
 */
import { defineStage } from '../../pipeline/stage.js';
import { extractQuotes } from './extract.js';
import { KEYS } from './lexicon.js';

export { quoteAt, quotesIn } from './lookup.js';
export { extractQuotes } from './extract.js';

/** The `quotes` stage. */
export const quotes = defineStage({
  name: 'quotes',
  requires: ['structure', 'tokens', 'entities'],
  lexiconKeys: KEYS,
  produces: 'quotes',
  run: ({ source, layers, lexicon, report }) =>
    extractQuotes({ text: source.text, structure: layers.structure, tokens: layers.tokens, entities: layers.entities, lexicon, report }),
});
