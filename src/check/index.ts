import { defineStage } from '../pipeline/stage.js';

/** The `findings` stage (placeholder until its issue lands: produces no findings). */
export const findings = defineStage({
  name: 'findings',
  requires: ['structure', 'tokens', 'entities', 'quotes', 'hedges', 'figures', 'loaded', 'events'],
  produces: 'findings',
  run: () => [],
});
