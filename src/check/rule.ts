/**
 * What a findings rule is: an id, a default severity, a one-line description, a bad and a good
 * example (printed by `claimtrace rules`), and a pure `check` over the shared context that returns
 * drafts (span, message, related spans). The stage turns drafts into `Finding`s (ids, text slices,
 * severity), so a rule never deals with ids or slicing.
 */
import type { Offsets, Severity } from '../types.js';
import type { CheckContext } from './context.js';

/** A finding before the stage gives it an id, its severity and text slices. */
export interface Draft extends Offsets {
  message: string;
  related: Offsets[];
}

/** One findings rule. */
export interface Rule {
  /** kebab-case id, stable: users select rules by it (`--rules a,-b`). */
  id: string;
  severity: Severity;
  /** One sentence: what the rule finds and why a reader should care. */
  description: string;
  /** A short article passage that triggers the rule, and the same passage written well. */
  example: { bad: string; good: string };
  /** Whether the rule is a stretch rule (runs, but at `info` until it proves precise). */
  stretch?: boolean;
  check(ctx: CheckContext): Draft[];
}

/** Declares a rule (frozen, so the registry cannot be mutated by a caller). */
export function defineRule(rule: Rule): Rule {
  return Object.freeze(rule);
}

/** Severities in rising order, for `--fail-on` and sorting. */
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
