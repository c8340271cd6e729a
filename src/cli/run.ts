/**
 * The command line, in-process: `runCli(argv, io)` returns the exit code, so tests call it
 * directly; only `main.ts` touches `process`.
 *
 *   claimtrace analyze <file|dir|url|->... [--format text|json|jsonl] [--lexicon FILE]...
 *   claimtrace schema
 */
import { parseArgs } from 'node:util';
import { analyze } from '../pipeline/analyze.js';
import { readInputs, type ReadOptions } from '../ingest/index.js';
import { loadLexicon, LexiconError } from '../lexicon/load.js';
import { analysisSchema } from '../report/schema.js';
import { renderText } from '../report/text.js';
import { paintFor } from '../report/color.js';
import type { Analysis, UserLexicon } from '../types.js';

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
};

const USAGE = `claimtrace: reads news like a fact-checker

Usage:
  claimtrace analyze <file|dir|url|->... [options]   analyse articles
  claimtrace schema                                 print the JSON Schema of the analysis

Options for analyze:
  --format <name>        ${Object.keys(FORMATS).join(' | ')} (default: text)
  --lexicon <file>       add actors, cues, terms from a YAML or JSON file (repeatable)
  --published <date>     publication date for plain-text input (ISO 8601)
  --outlet <name>        outlet for plain-text input
  --allow-private-network  allow fetching URLs on private or loopback addresses
  -h, --help             show this help
`;

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
    throw new UsageError(`unknown command \`${command}\`; try \`claimtrace analyze FILE\` or \`claimtrace --help\``);
  } catch (err) {
    if (err instanceof UsageError || err instanceof LexiconError) {
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
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}; see \`claimtrace --help\``);
  }
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
  const lexicon: UserLexicon = loadLexicon(values.lexicon as string[]);
  const opts: ReadOptions = {
    published: values.published ?? null,
    outlet: values.outlet ?? null,
    allowPrivateNetwork: values['allow-private-network'] as boolean,
    stdin: io.stdin,
  };
  const many = positionals.length > 1 || !positionals.every((p) => /\.(txt|md|markdown|html?|text)$/i.test(p) || p === '-' || /^https?:/i.test(p));
  const all: Analysis[] = [];
  let failed = 0;
  let done = 0;
  const progress = !!io.stderr.isTTY && many;
  let index = 0;
  for await (const item of readInputs(positionals, opts)) {
    if ('error' in item) {
      failed++;
      io.stderr.write(`claimtrace: ${item.error.message}\n`);
      continue;
    }
    const a = analyze(item.source, { lexicon });
    const out = format.each(a, { io, many, index: index++ });
    if (out) io.stdout.write(out);
    if (format.collect) all.push(a);
    done++;
    if (progress) io.stderr.write(`\r${done} analysed${failed ? `, ${failed} failed` : ''}`);
  }
  if (progress) io.stderr.write('\n');
  if (format.end) {
    const out = format.end(all, { io, many: many || done > 1 });
    if (out) io.stdout.write(out);
  }
  if (done === 0) return failed ? 1 : 2;
  return failed ? 1 : 0;
}
