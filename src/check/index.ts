/** Article-level findings: the rules, the stage that runs them, and how to select them. */
export { findings, runRules, enabledRules, parseRuleSelection, RuleSelectionError } from './stage.js';
export { RULES } from './rules/index.js';
export { SEVERITY_RANK, type Rule, type Draft } from './rule.js';
