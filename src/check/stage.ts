/**
 * The `findings` stage: runs every enabled rule over the shared context and turns the drafts into
 * findings (ids k1.., text slices, severity), sorted by start. A rule that throws on one document
 * becomes an `E_RULE_FAILED` diagnostic; the other rules still run.
 */
import { defineStage } from '../pipeline/stage.js';
import type { AnalyzeOptions, Finding, Offsets, Source, Span, UserLexicon } from '../types.js';
import { buildContext, type CheckLayers } from './context.js';
import { checkLexicon } from './lexicon.js';
import { SEVERITY_RANK, type Draft, type Rule } from './rule.js';
import { RULES } from './rules/index.js';

/** A rule selection that names a rule that does not exist: misuse, thrown at once. */
export class RuleSelectionError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'RuleSelectionError';
  }
}

/**
 * Parses a `--rules` value ("a,b,-c"): naming rules without a sign runs only those; `-id` turns
 * one off. Throws `RuleSelectionError` for an unknown id, listing the known ones.
 */
export function parseRuleSelection(spec: string, rules: readonly Rule[] = RULES): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  const items = spec.split(',').map((s) => s.trim()).filter(Boolean);
  const only = items.some((s) => !s.startsWith('-') && !s.startsWith('+'));
  if (only) for (const r of rules) out[r.id] = false;
  for (const item of items) {
    const off = item.startsWith('-');
    const id = item.replace(/^[-+]/, '');
    if (!rules.some((r) => r.id === id)) {
      throw new RuleSelectionError('E_UNKNOWN_RULE', `unknown rule \`${id}\`; known rules: ${rules.map((r) => r.id).join(', ')}`);
    }
    out[id] = !off;
  }
  return out;
}

/** The rules a run enables (all unless `options.rules` turns some off). */
export function enabledRules(options: AnalyzeOptions, rules: readonly Rule[] = RULES): Rule[] {
  const sel = options.rules ?? {};
  return rules.filter((r) => sel[r.id] !== false);
}

/** Runs the rules over one document's layers. */
export function runRules(
  source: Source,
  layers: CheckLayers,
  options: AnalyzeOptions,
  lexicon: UserLexicon,
  report: (code: string, message: string, start?: number | null, end?: number | null) => void = () => {},
  rules: readonly Rule[] = RULES,
): Finding[] {
  const { lexicon: lex, problems } = checkLexicon(lexicon);
  for (const p of problems) report('W_LEXICON_ENTRY', p);
  if (options.rules) {
    for (const id of Object.keys(options.rules)) {
      if (!rules.some((r) => r.id === id)) report('W_UNKNOWN_RULE', `options.rules names \`${id}\`, which is not a rule; known: ${rules.map((r) => r.id).join(', ')}`);
    }
  }
  const ctx = buildContext(source, layers, lex);
  const text = source.text;
  const found: Finding[] = [];
  // (no selection: every rule, without a filtered copy per document)
  const enabled = options.rules ? enabledRules(options, rules) : rules;
  for (let r = 0; r < enabled.length; r++) {
    const rule = enabled[r];
    let drafts;
    try {
      drafts = rule.check(ctx);
    } catch (err) {
      report('E_RULE_FAILED', `rule \`${rule.id}\` failed on this document and was skipped: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    for (let i = 0; i < drafts.length; i++) if (validSpan(drafts[i], text)) found.push(toFinding(rule, drafts[i], text));
  }
  found.sort(byPosition);
  // ids in final order; the objects are built with their `id` slot first (see `toFinding`)
  for (let i = 0; i < found.length; i++) found[i].id = `k${i + 1}`;
  return found;
}

/** Whether a rule's offsets are a real span of the text. */
function validSpan(o: Offsets, text: string): boolean {
  return Number.isInteger(o.start) && Number.isInteger(o.end) && o.start >= 0 && o.end <= text.length && o.start <= o.end;
}

/** A span with its text slice. */
function spanOf(o: Offsets, text: string): Span {
  return { start: o.start, end: o.end, text: text.slice(o.start, o.end) };
}

/** A draft as a finding (id filled in after sorting); fields written out so every finding has one shape. */
function toFinding(rule: Rule, d: Draft, text: string): Finding {
  const related: Span[] = [];
  for (const r of d.related) if (validSpan(r, text)) related.push(spanOf(r, text));
  return { id: '', rule: rule.id, severity: rule.severity, message: d.message, start: d.start, end: d.end, text: text.slice(d.start, d.end), related };
}

/** Findings order: by start, the more severe first, then by rule id and end. */
function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.rule.localeCompare(b.rule) || a.end - b.end;
}

/** The `findings` stage. */
export const findings = defineStage({
  name: 'findings',
  lexiconKeys: ['vagueSources', 'attributionVerbs', 'outlets'],
  requires: ['structure', 'tokens', 'entities', 'quotes', 'hedges', 'figures', 'loaded', 'events'],
  produces: 'findings',
  run: ({ source, layers, options, lexicon, report }) => runRules(source, layers, options, lexicon, report),
});
