/** The `hedges` extractor: hedges, weasels and vague attributions with their scope. */
export { hedges, findHedges, userCueRules } from './hedges.js';
export { CUE_RULES } from './cues.js';
export { clauseScope } from './scope.js';
