import { defineStage } from '../../pipeline/stage.js';

/** The `hedges` stage (placeholder until its issue lands: produces no annotations). */
export const hedges = defineStage({
  name: 'hedges',
  requires: ['structure', 'tokens', 'quotes'],
  produces: 'hedges',
  run: () => [],
});
