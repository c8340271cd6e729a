/**
 * The command line, in-process: `runCli(argv, io)` returns the exit code, so tests call it
 * directly; only `main.ts` touches `process`.
 *
 *   claimtrace analyze <file|dir|url|->... [--format text|json|jsonl] [--lexicon FILE]...
 *   claimtrace check <file|dir|url|->... [--fail-on error|warning|info|none] [--rules a,b,-c] [--format text|sarif]
 *   claimtrace rules
 *   claimtrace schema
 */
import { parseArgs } from 'node:util';
import { analyzeMany } from '../pipeline/analyze.js';
import { readInputs, type InputItem, type ReadOptions } from '../ingest/index.js';
import { loadLexicon, LexiconError } from '../lexicon/load.js';
import { pipeline } from '../pipeline/stages.js';
import { analysisSchema } from '../report/schema.js';
import { renderText } from '../report/text.js';
import { paintFor } from '../report/color.js';
import type { Analysis, AnalyzeOptions, Finding, Severity, UserLexicon } from '../types.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderHtmlPage } from '../report/html.js';
import { renderSarif } from '../report/sarif.js';
import { renderEventsCsv } from '../report/events-csv.js';
import { LineIndex } from '../report/position.js';
import { RULES, SEVERITY_RANK, parseRuleSelection, RuleSelectionError } from '../check/index.js';

/** Where the CLI writes; injected by tests. */
export interface CliIO {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env?: NodeJS.ProcessEnv;
  stdin?: () => Promise<Uint8Array>;
}

/** A renderer of analyses for `--format`. */
export interface Format {
  /** Called once per analysis; returns the text to write now. */
  each(a: Analysis, ctx: { io: CliIO; many: boolean; index: number }): string;
  /** Called at the end with all analyses (for formats that wrap them). */
  end?(all: Analysis[], ctx: { io: CliIO; many: boolean }): string;
  /** Whether `end` needs the analyses kept in memory. */
  collect?: boolean;
}

/** The output formats of `analyze`; other features add theirs here. */
export const FORMATS: Record<string, Format> = {
  text: { each: (a, { io, index }) => (index > 0 ? '\n' : '') + renderText(a, paintFor(io.stdout, io.env)) },
  jsonl: { each: (a) => JSON.stringify(a) + '\n' },
  json: {
    collect: true,
    each: () => '',
    end: (all, { many }) => (many ? JSON.stringify(all, null, 2) : JSON.stringify(all[0] ?? null, null, 2)) + '\n',
  },
  md: { each: (a, { index }) => (index > 0 ? '\n---\n\n' : '') + renderMarkdown(a) },
  // one page, however many inputs: several documents one after another would not be valid HTML
  html: { collect: true, each: () => '', end: (all) => (all.length ? renderHtmlPage(all) : '') },
  sarif: { collect: true, each: () => '', end: (all) => renderSarif(all) },
  'events-csv': { each: (a, { index }) => renderEventsCsv(a, index === 0) },
};

const USAGE = `claimtrace: reads news like a fact-checker

Usage:
  claimtrace analyze <file|dir|url|->... [options]   analyse articles
  claimtrace check <file|dir|url|->... [options]     lint articles: findings as file:line:col, exit 1 on failure
  claimtrace rules                                  list the findings rules with examples
  claimtrace schema                                 print the JSON Schema of the analysis

Options for analyze:
  --format <name>        ${Object.keys(FORMATS).join(' | ')} (default: text)
  --lexicon <file>       add actors, cues, terms from a YAML or JSON file (repeatable)
  --published <date>     publication date for plain-text input (ISO 8601)
  --outlet <name>        outlet for plain-text input
  --allow-private-network  allow fetching URLs on private or loopback addresses
  --rules <list>         findings rules to run: \`a,b\` only those, \`-c\` all but c (see \`claimtrace rules\`)
  -h, --help             show this help

Options for check (and the analyze options above):
  --fail-on <severity>   exit 1 when a finding is at least: error (default), warning, info, or none
  --format <name>        text (default) | sarif
`;

/** The input options `analyze` and `check` share. */
function readOptionsFrom(values: { published?: unknown; outlet?: unknown; 'allow-private-network'?: unknown }, io: CliIO): ReadOptions {
  return {
    published: (values.published as string | undefined) ?? null,
    outlet: (values.outlet as string | undefined) ?? null,
    allowPrivateNetwork: !!values['allow-private-network'],
    stdin: io.stdin,
  };
}

/** Bad usage: exit code 2 with a message saying what to do. */
class UsageError extends Error {}

/** Runs the CLI; resolves to the process exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '-h' || command === '--help' || command === 'help') {
      io.stdout.write(USAGE);
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write('claimtrace 0.1.0\n');
      return 0;
    }
    if (command === 'schema') {
      io.stdout.write(JSON.stringify(analysisSchema, null, 2) + '\n');
      return 0;
    }
    if (command === 'analyze') return await analyzeCommand(rest, io);
    if (command === 'check') return await checkCommand(rest, io);
    if (command === 'rules') return rulesCommand(rest, io);
    throw new UsageError(`unknown command \`${command}\`; try \`claimtrace analyze FILE\` or \`claimtrace --help\``);
  } catch (err) {
    if (err instanceof UsageError || err instanceof LexiconError || err instanceof RuleSelectionError) {
      io.stderr.write(`claimtrace: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        lexicon: { type: 'string', multiple: true, default: [] },
        published: { type: 'string' },
        outlet: { type: 'string' },
        'allow-private-network': { type: 'boolean', default: false },
        rules: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}; see \`claimtrace --help\``);
  }
}

/** How many documents, or how much text, the CLI reads before it analyses them together. */
export const BATCH_DOCUMENTS = 32;
const BATCH_CHARS = 512 * 1024;

/**
 * The inputs in order, each with its analysis (or an error when it could not be read). They are
 * analysed in batches: `analyzeMany` runs each stage over a whole batch, which is faster than one
 * document at a time (see bench/README.md), and memory stays bounded.
 */
async function* analysed(items: AsyncIterable<InputItem>, options: AnalyzeOptions): AsyncGenerator<{ label: string; a: Analysis } | { label: string; error: Error }> {
  let batch: InputItem[] = [];
  let chars = 0;
  const flush = function* () {
    const analyses = analyzeMany(batch.flatMap((item) => ('source' in item ? [item.source] : [])), options);
    let k = 0;
    for (const item of batch) yield 'source' in item ? { label: item.label, a: analyses[k++] } : item;
    batch = [];
    chars = 0;
  };
  for await (const item of items) {
    batch.push(item);
    if ('source' in item) chars += item.source.text.length;
    if (batch.length >= BATCH_DOCUMENTS || chars >= BATCH_CHARS) yield* flush();
  }
  if (batch.length) yield* flush();
}

async function analyzeCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const format = FORMATS[values.format as string];
  if (!format) throw new UsageError(`unknown format \`${values.format}\`; use one of ${Object.keys(FORMATS).join(', ')}`);
  if (positionals.length === 0) throw new UsageError('nothing to analyse; give a file, a directory, a URL or - for standard input');
  if (values.published && Number.isNaN(new Date(values.published).getTime())) {
    throw new UsageError(`--published \`${values.published}\` is not a date; use ISO 8601, e.g. 2025-04-28`);
  }
  const lexicon: UserLexicon = loadLexicon(values.lexicon as string[], pipeline.lexiconKeys);
  const opts = readOptionsFrom(values, io);
  const many = positionals.length > 1 || !positionals.every((p) => /\.(txt|md|markdown|html?|text)$/i.test(p) || p === '-' || /^https?:/i.test(p));
  const all: Analysis[] = [];
  let failed = 0;
  let done = 0;
  const progress = !!io.stderr.isTTY && many;
  let index = 0;
  const rules = values.rules ? parseRuleSelection(values.rules) : undefined;
  for await (const item of analysed(readInputs(positionals, opts), { lexicon, rules })) {
    if ('error' in item) {
      failed++;
      io.stderr.write(`claimtrace: ${item.error.message}\n`);
      continue;
    }
    const out = format.each(item.a, { io, many, index: index++ });
    if (out) io.stdout.write(out);
    if (format.collect) all.push(item.a);
    done++;
    if (progress) io.stderr.write(`\r${done} analysed${failed ? `, ${failed} failed` : ''}`);
  }
  if (progress) io.stderr.write('\n');
  if (format.end && done > 0) {
    const out = format.end(all, { io, many: many || done > 1 });
    if (out) io.stdout.write(out);
  }
  if (done === 0) return failed ? 1 : 2;
  return failed ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// `check` and `rules`: the linter face of the findings

const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;

/** `claimtrace check`: findings as `file:line:col  severity  rule  message`, grouped per file. */
async function checkCommand(args: readonly string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        'fail-on': { type: 'string', default: 'error' },
        rules: { type: 'string' },
        lexicon: { type: 'string', multiple: true, default: [] },
        published: { type: 'string' },
        outlet: { type: 'string' },
        'allow-private-network': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}; see \`claimtrace --help\``);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const failOn = values['fail-on'] as string;
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on \`${failOn}\` is not a severity; use one of ${FAIL_ON.join(', ')}`);
  if (values.format !== 'text' && values.format !== 'sarif') throw new UsageError(`check has no format \`${values.format}\`; use text or sarif`);
  if (positionals.length === 0) throw new UsageError('nothing to check; give a file, a directory, a URL or - for standard input');
  const rules = values.rules ? parseRuleSelection(values.rules) : undefined;
  const lexicon: UserLexicon = loadLexicon(values.lexicon as string[], pipeline.lexiconKeys);
  const opts = readOptionsFrom(values, io);
  const paint = paintFor(io.stdout, io.env);
  const sev = (s: Severity) => (s === 'error' ? paint.red(s.padEnd(7)) : s === 'warning' ? paint.yellow(s.padEnd(7)) : paint.blue(s.padEnd(7)));
  const threshold = failOn === 'none' ? Infinity : SEVERITY_RANK[failOn as Severity];
  const all: Analysis[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let failed = 0;
  let files = 0;
  let failing = false;
  for await (const item of analysed(readInputs(positionals, opts), { lexicon, rules })) {
    if ('error' in item) {
      failed++;
      io.stderr.write(`claimtrace: ${item.error.message}\n`);
      continue;
    }
    const a = item.a;
    files++;
    for (const f of a.findings) {
      totals[f.severity]++;
      if (SEVERITY_RANK[f.severity] >= threshold) failing = true;
    }
    if (values.format === 'sarif') {
      all.push(a);
      continue;
    }
    if (!a.findings.length) continue;
    const name = a.document.origin.path ?? a.document.origin.url ?? a.document.origin.id ?? item.label;
    const at = new LineIndex(a.document.text);
    const where = a.findings.map((f: Finding) => `${name}:${at.label(f.start)}`);
    const w = Math.max(...where.map((x) => x.length));
    const r = Math.max(...a.findings.map((f) => f.rule.length));
    io.stdout.write(a.findings.map((f, i) => `${paint.bold(where[i].padEnd(w))}  ${sev(f.severity)}  ${paint.cyan(f.rule.padEnd(r))}  ${f.message}`).join('\n') + '\n\n');
  }
  if (values.format === 'sarif') io.stdout.write(renderSarif(all));
  else {
    const n = totals.error + totals.warning + totals.info;
    const summary = `${n} finding${n === 1 ? '' : 's'} (${totals.error} error${totals.error === 1 ? '' : 's'}, ${totals.warning} warning${totals.warning === 1 ? '' : 's'}, ${totals.info} info) in ${files} file${files === 1 ? '' : 's'}`;
    io.stdout.write((n ? paint.bold(summary) : paint.green(summary)) + '\n');
  }
  if (failed) return 2;
  if (files === 0) return 2;
  return failing ? 1 : 0;
}

/** `claimtrace rules`: every rule with its severity, what it finds, and a bad and a good example. */
function rulesCommand(args: readonly string[], io: CliIO): number {
  if (args.length) throw new UsageError('`claimtrace rules` takes no arguments');
  const paint = paintFor(io.stdout, io.env);
  const indent = (s: string) => s.split('\n').map((l) => `      ${l}`).join('\n');
  const out: string[] = [];
  for (const r of RULES) {
    const sev = r.severity === 'error' ? paint.red(r.severity) : r.severity === 'warning' ? paint.yellow(r.severity) : paint.blue(r.severity);
    out.push(`${paint.bold(r.id)}  ${sev}${r.stretch ? paint.dim('  (experimental)') : ''}`);
    out.push(`  ${r.description}`);
    out.push(`  ${paint.red('bad:')}`, indent(r.example.bad));
    out.push(`  ${paint.green('good:')}`, indent(r.example.good), '');
  }
  io.stdout.write(out.join('\n'));
  return 0;
}
