import { defineStage } from '../../pipeline/stage.js';

/** The `loaded` stage (placeholder until its issue lands: produces no annotations). */
export const loaded = defineStage({
  name: 'loaded',
  requires: ['structure', 'tokens', 'quotes'],
  produces: 'loaded',
  run: () => [],
});
