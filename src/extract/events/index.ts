import { defineStage } from '../../pipeline/stage.js';

/** The `events` stage (placeholder until its issue lands: produces no annotations). */
export const events = defineStage({
  name: 'events',
  requires: ['structure', 'tokens', 'entities', 'quotes', 'hedges'],
  produces: 'events',
  run: () => [],
});
