import { defineStage } from '../../pipeline/stage.js';

/** The `entities` stage (placeholder until its issue lands: produces no annotations). */
export const entities = defineStage({
  name: 'entities',
  requires: ['structure', 'tokens'],
  produces: 'entities',
  run: () => [],
});
