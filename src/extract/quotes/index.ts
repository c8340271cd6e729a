import { defineStage } from '../../pipeline/stage.js';

/** The `quotes` stage (placeholder until its issue lands: produces no annotations). */
export const quotes = defineStage({
  name: 'quotes',
  requires: ['structure', 'tokens', 'entities'],
  produces: 'quotes',
  run: () => [],
});
