/** The CLI in-process: formats, exit codes, messages, batches, colour, schema, URLs. */
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrace-cli-'));
const ARTICLE = 'Harbour bridge to close\n\nThe mayor of Port Ellis said on Monday that the harbour bridge would close for six weeks.\n';
const SECOND = 'Ferry strike ends\n\nDockers returned to work on Friday, the union said.\n';
const at = (name: string) => join(dir, name);

let server: Server;
let base = '';

beforeAll(async () => {
  writeFileSync(at('bridge.txt'), ARTICLE);
  writeFileSync(at('ferry.md'), `---\ntitle: Ferry strike ends\noutlet: Coast Courier\n---\n${SECOND}`);
  writeFileSync(at('empty.txt'), '\n  \n');
  writeFileSync(at('binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]));
  writeFileSync(at('bad-lexicon.json'), '{"actors": ');
  writeFileSync(at('list-lexicon.yaml'), 'actors: Port Ellis Council\n');
  writeFileSync(at('typo-lexicon.yaml'), 'reportingVerb:\n  - opine\n');
  mkdirSync(at('batch'));
  writeFileSync(at('batch/1-bridge.txt'), ARTICLE);
  writeFileSync(at('batch/2-broken.txt'), Buffer.from([0, 1, 2, 3]));
  writeFileSync(at('batch/3-ferry.txt'), SECOND);
  server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><head><title>Bridge closes</title></head><body><p>${ARTICLE}</p></body></html>`));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await new Promise((resolve) => server.close(resolve));
});

/** Runs the CLI with captured output; `tty` makes both streams claim to be terminals. */
async function cli(argv: string[], opts: { tty?: boolean; env?: NodeJS.ProcessEnv; stdin?: string } = {}) {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (out += s), isTTY: opts.tty },
    stderr: { write: (s: string) => (err += s), isTTY: opts.tty },
    env: opts.env ?? {},
    stdin: opts.stdin === undefined ? undefined : async () => Buffer.from(opts.stdin!),
  });
  return { code, out, err: err.replaceAll(dir, 'DIR') };
}

const ANSI = /\x1b\[/;

describe('formats', () => {
  it('text: a report for a person', async () => {
    const r = await cli(['analyze', at('bridge.txt')]);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out.split('\n')[0]).toBe('Harbour bridge to close');
    expect(r.out).not.toMatch(ANSI);
  });

  it('json: one object for one input, following the spec', async () => {
    const r = await cli(['analyze', at('bridge.txt'), '--format', 'json']);
    const a = JSON.parse(r.out);
    expect([r.code, a.schema, a.document.text, a.document.origin.path]).toEqual([0, 'claimtrace.analysis/1', ARTICLE, at('bridge.txt')]);
    expect(Object.keys(a)).toEqual(['schema', 'document', 'entities', 'quotes', 'figures', 'hedges', 'loaded', 'events', 'findings', 'diagnostics']);
  });

  it('json: an array for several inputs, with front matter and flags as metadata', async () => {
    const r = await cli(['analyze', at('bridge.txt'), at('ferry.md'), '--format', 'json', '--published', '2031-04-07', '--outlet', 'Harbour Times']);
    const all = JSON.parse(r.out);
    expect(all.map((a: any) => `${a.document.title} | ${a.document.published} | ${a.document.outlet}`)).toEqual([
      'Harbour bridge to close | 2031-04-07 | Harbour Times',
      'Ferry strike ends | 2031-04-07 | Harbour Times',
    ]);
  });

  it('jsonl: one analysis per line for a directory batch', async () => {
    writeFileSync(at('batch2.jsonl'), `${JSON.stringify({ id: 'b', text: ARTICLE })}\n${JSON.stringify({ id: 'f', text: SECOND })}\n`);
    const r = await cli(['analyze', at('batch2.jsonl'), '--format', 'jsonl']);
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect([r.code, ...lines.map((a) => a.document.origin.id)]).toEqual([0, 'b', 'f']);
  });

  it('a directory walk follows links to article files', async () => {
    mkdirSync(at('linked'));
    symlinkSync(at('bridge.txt'), at('linked/bridge.txt'));
    const r = await cli(['analyze', at('linked'), '--format', 'jsonl']);
    expect([r.code, r.out.trimEnd().split('\n').length]).toEqual([0, 1]);
  });

  it('reads standard input with -', async () => {
    const r = await cli(['analyze', '-', '--format', 'json'], { stdin: SECOND });
    expect([r.code, JSON.parse(r.out).document.text]).toEqual([0, SECOND]);
  });

  it('schema: valid JSON', async () => {
    const r = await cli(['schema']);
    const schema = JSON.parse(r.out);
    expect([r.code, typeof schema, schema !== null]).toEqual([0, 'object', true]);
  });
});

describe('bad input: a clear message and a non-zero exit', () => {
  const table: [string, string[], number, string][] = [
    ['missing file', ['analyze', 'DIR/nope.txt'], 1, 'claimtrace: DIR/nope.txt: no such file or directory; check the path\n'],
    ['empty file', ['analyze', 'DIR/empty.txt'], 1, 'claimtrace: DIR/empty.txt is empty; give claimtrace an article with some text\n'],
    ['binary file', ['analyze', 'DIR/binary.txt'], 1, 'claimtrace: DIR/binary.txt looks like a binary file, not text; give claimtrace a text, Markdown, HTML or JSONL article\n'],
    ['unknown format', ['analyze', 'DIR/bridge.txt', '--format', 'xml'], 2, 'claimtrace: unknown format `xml`; use one of '],
    ['lexicon that is not JSON', ['analyze', 'DIR/bridge.txt', '--lexicon', 'DIR/bad-lexicon.json'], 2, 'claimtrace: lexicon DIR/bad-lexicon.json: not valid JSON: '],
    ['lexicon key that is not a list', ['analyze', 'DIR/bridge.txt', '--lexicon', 'DIR/list-lexicon.yaml'], 2, 'claimtrace: lexicon DIR/list-lexicon.yaml: "actors" must be a list\n'],
    ['lexicon key no stage reads', ['analyze', 'DIR/bridge.txt', '--lexicon', 'DIR/typo-lexicon.yaml'], 2, 'claimtrace: lexicon DIR/typo-lexicon.yaml: no stage reads lexicon key `reportingVerb` (did you mean `reportingVerbs`?); the keys are actors, '],
    ['missing lexicon', ['analyze', 'DIR/bridge.txt', '--lexicon', 'DIR/none.yaml'], 2, 'claimtrace: lexicon DIR/none.yaml: cannot be read (ENOENT)\n'],
    ['bad date', ['analyze', 'DIR/bridge.txt', '--published', 'soon'], 2, 'claimtrace: --published `soon` is not a date; use ISO 8601, e.g. 2025-04-28\n'],
    ['nothing to analyse', ['analyze'], 2, 'claimtrace: nothing to analyse; give a file, a directory, a URL or - for standard input\n'],
    ['unknown option', ['analyze', 'DIR/bridge.txt', '--colour'], 2, "claimtrace: Unknown option '--colour'"],
    ['unknown command', ['analyse', 'DIR/bridge.txt'], 2, 'claimtrace: unknown command `analyse`; try `claimtrace analyze FILE` or `claimtrace --help`\n'],
  ];
  it.each(table)('%s', async (_name, argv, code, message) => {
    const r = await cli(argv.map((a) => a.replace('DIR', dir)));
    expect(r.code).toBe(code);
    expect(r.err.startsWith(message)).toBe(true);
    if (!r.err.startsWith(message)) expect(r.err).toBe(message); // shows the difference
    expect(r.out).toBe('');
  });

  it('a batch reports the bad file on stderr and still analyses the others', async () => {
    const r = await cli(['analyze', at('batch'), '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('claimtrace: DIR/batch/2-broken.txt looks like a binary file, not text; give claimtrace a text, Markdown, HTML or JSONL article\n');
    expect(r.out.trimEnd().split('\n').map((l) => JSON.parse(l).document.origin.path.replace(dir, 'DIR'))).toEqual(['DIR/batch/1-bridge.txt', 'DIR/batch/3-ferry.txt']);
  });

  it('json with every input bad prints no JSON', async () => {
    const r = await cli(['analyze', at('empty.txt'), at('binary.txt'), '--format', 'json']);
    expect([r.code, r.out, r.err.split('\n').length - 1]).toEqual([1, '', 2]);
  });
});

describe('colour', () => {
  it('is used on a TTY', async () => {
    expect((await cli(['analyze', at('bridge.txt')], { tty: true })).out).toMatch(ANSI);
  });
  it('is never used with NO_COLOR, even on a TTY', async () => {
    expect((await cli(['analyze', at('bridge.txt')], { tty: true, env: { NO_COLOR: '1' } })).out).not.toMatch(ANSI);
    expect((await cli(['analyze', at('bridge.txt')], { tty: true, env: { NO_COLOR: '' } })).out).not.toMatch(ANSI);
  });
  it('is not used when output is not a TTY, and batches show progress only on a TTY', async () => {
    const r = await cli(['analyze', at('batch')]);
    expect(r.out + r.err).not.toMatch(ANSI);
    expect(r.err).not.toContain('analysed');
    expect((await cli(['analyze', at('batch'), '--format', 'jsonl'], { tty: true, env: { NO_COLOR: '1' } })).err).toContain('2 analysed, 1 failed');
  });
});

describe('URLs', () => {
  it('are refused on loopback without --allow-private-network', async () => {
    const r = await cli(['analyze', `${base}/story`, '--format', 'json']);
    expect([r.code, r.out]).toEqual([1, '']);
    expect(r.err).toBe(`claimtrace: ${base}/story: 127.0.0.1 is a private or loopback address (127.0.0.1); pass --allow-private-network to fetch it\n`);
  });
  it('are fetched with --allow-private-network', async () => {
    const r = await cli(['analyze', `${base}/story`, '--format', 'json', '--allow-private-network']);
    const a = JSON.parse(r.out);
    expect([r.code, a.document.title, a.document.origin.url, a.document.text.startsWith('Bridge closes\n\n')]).toEqual([0, 'Bridge closes', `${base}/story`, true]);
  });
});
