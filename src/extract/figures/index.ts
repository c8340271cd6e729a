import { defineStage } from '../../pipeline/stage.js';

/** The `figures` stage (placeholder until its issue lands: produces no annotations). */
export const figures = defineStage({
  name: 'figures',
  requires: ['structure', 'tokens', 'entities', 'quotes', 'hedges'],
  produces: 'figures',
  run: () => [],
});
