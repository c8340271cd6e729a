/**
 * Findings over the real pipeline (all layers as they are today), the `check` and `rules`
 * commands, and the Markdown / HTML / SARIF renderers. Articles are written for these tests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { run, invariantViolations } from '../../test/helpers.js';
import { runCli } from '../cli/run.js';
import { renderHtml } from '../report/html.js';
import { renderMarkdown } from '../report/markdown.js';
import { RULES } from './rules/index.js';
import { HOSTILE, NEUTRAL, SLANTED } from './_articles.js';

const severe = (a: ReturnType<typeof run>) => a.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} “${f.text}”`);

describe('findings over the real pipeline', () => {
  it('a well-sourced, neutral article gets no warning or error', () => {
    const a = run(NEUTRAL);
    expect(invariantViolations(a)).toEqual([]);
    expect(severe(a)).toEqual([]);
  });

  it('a slanted article gets the findings a fact-checker would write', () => {
    const a = run(SLANTED);
    expect(invariantViolations(a)).toEqual([]);
    const rules = new Set(a.findings.map((f) => f.rule));
    for (const r of ['hedge-dropped', 'quote-not-in-body', 'vague-attribution', 'sources-not-cited']) expect(rules, r).toContain(r);
    expect(a.findings.find((f) => f.rule === 'quote-not-in-body')?.text).toBe('abandon the lower town');
    expect(a.findings.filter((f) => f.rule === 'sources-not-cited').map((f) => f.text)).toEqual(['Reuters.com', 'BBC.com']);
  });

  it('rules can be switched off through the options', () => {
    const a = run(SLANTED, { rules: { 'sources-not-cited': false, 'vague-attribution': false } });
    expect(a.findings.some((f) => f.rule === 'sources-not-cited' || f.rule === 'vague-attribution')).toBe(false);
  });
});

/** Runs the CLI in-process and captures its output. */
async function cli(args: string[], env: NodeJS.ProcessEnv = { NO_COLOR: '1' }, tty = false) {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: { write: (s: string) => (out += s), isTTY: tty }, stderr: { write: (s: string) => (err += s) }, env });
  return { code, out, err };
}

describe('claimtrace check / rules', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrace-check-'));
  const slanted = join(dir, 'slanted.txt');
  const neutral = join(dir, 'neutral.txt');
  writeFileSync(slanted, SLANTED);
  writeFileSync(neutral, NEUTRAL);

  it('prints file:line:col  severity  rule  message and exits 1 on an error-level finding', async () => {
    const { code, out } = await cli(['check', slanted, neutral]);
    const lines = out.split('\n').filter((l) => l.startsWith(slanted));
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(l).toMatch(/^\S+:\d+:\d+\s+(error|warning|info)\s+[a-z-]+\s+\S/);
    expect(out).toMatch(/\d+ findings \(\d+ errors?, \d+ warnings?, \d+ info\) in 2 files/);
    expect(out).not.toContain(neutral);
    expect(code).toBe(1);
  });

  it('--fail-on decides the exit code; a clean article exits 0', async () => {
    expect((await cli(['check', slanted, '--fail-on', 'none'])).code).toBe(0);
    expect((await cli(['check', neutral, '--fail-on', 'warning'])).code).toBe(0);
    expect((await cli(['check', slanted, '--rules', 'sources-not-cited', '--fail-on', 'warning'])).code).toBe(1);
    expect((await cli(['check', slanted, '--rules', 'sources-not-cited'])).code).toBe(0);
  });

  it('exits 2 for bad usage and unreadable input', async () => {
    expect((await cli(['check'])).code).toBe(2);
    expect((await cli(['check', slanted, '--fail-on', 'fatal'])).code).toBe(2);
    const bad = await cli(['check', slanted, '--rules', 'no-such-rule']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown rule `no-such-rule`');
    expect((await cli(['check', join(dir, 'missing.txt')])).code).toBe(2);
  });

  it('colours only on a TTY and never with NO_COLOR', async () => {
    expect((await cli(['check', slanted], { NO_COLOR: '1' }, true)).out).not.toContain('\x1b[');
    expect((await cli(['check', slanted], {}, true)).out).toContain('\x1b[');
    expect((await cli(['check', slanted], {}, false)).out).not.toContain('\x1b[');
  });

  it('--format sarif writes SARIF 2.1.0 with rule metadata and 1-based code-point regions', async () => {
    const emoji = join(dir, 'emoji.txt');
    writeFileSync(emoji, SLANTED.replace('The flooding', '🌊 The flooding'));
    const { out, code } = await cli(['check', emoji, '--format', 'sarif']);
    expect(code).toBe(1);
    const log = JSON.parse(out);
    expect(log.version).toBe('2.1.0');
    const run0 = log.runs[0];
    expect(run0.columnKind).toBe('unicodeCodePoints');
    expect(run0.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const r of run0.tool.driver.rules) expect(r.help.text).toMatch(/^Bad: .*\nGood: /s);
    const loaded = run0.results.find((r: any) => r.ruleId === 'loaded-language' || r.ruleId === 'vague-attribution');
    expect(loaded).toBeTruthy();
    const reg = loaded.locations[0].physicalLocation.region;
    // the region's columns count code points: the emoji before "The" is one column
    const line = SLANTED.replace('The flooding', '🌊 The flooding').split('\n')[reg.startLine - 1];
    expect([...line].slice(reg.startColumn - 1, reg.endColumn - 1).join('')).toBe(reg.snippet.text);
  });

  it('`claimtrace rules` lists every rule with its severity and a bad and a good example', async () => {
    const { out, code } = await cli(['rules']);
    expect(code).toBe(0);
    for (const r of RULES) {
      expect(out).toContain(`${r.id}  ${r.severity}`);
      expect(out).toContain(r.example.bad.split('\n')[0]);
      expect(out).toContain(r.example.good.split('\n')[0]);
    }
  });

  it('analyze --format md and html', async () => {
    const md = await cli(['analyze', slanted, '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.out).toMatch(/^# Mayor confirms 900 homes flooded/);
    expect(md.out).toContain('## Findings (');
    const html = await cli(['analyze', slanted, '--format', 'html']);
    expect(html.out).toMatch(/^<!doctype html>/);
    expect(html.out).toContain('id="findings"');
  });

  it('analyze --format html with several inputs writes one valid page, ids unique per document', async () => {
    const html = await cli(['analyze', slanted, neutral, '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.out.match(/<!doctype html>/g)).toHaveLength(1);
    expect(html.out.match(/<\/html>/g)).toHaveLength(1);
    const { document } = parseHTML(html.out);
    expect([...document.querySelectorAll('section.document')].map((s) => s.id)).toEqual(['d1', 'd2']);
    expect([...document.querySelectorAll('#documents a')].map((a) => a.getAttribute('href'))).toEqual(['#d1', '#d2']);
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    // every finding links to an anchor inside its own document
    const links = [...document.querySelectorAll('a.finding')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      const target = a.getAttribute('href')!.slice(1);
      expect(target.slice(0, 3)).toBe(a.closest('section.document')!.id + '-');
      expect(document.getElementById(target)).toBeTruthy();
    }
  });
});

describe('reports escape hostile articles', () => {
  it('HTML: no markup from the article survives, a CSP forbids scripts', () => {
    const html = renderHtml(run(HOSTILE));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img|<b |<a href="javascript/i);
    // parsed as a browser would: no script, no event handler attribute, only our own elements
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script, img, iframe, object, embed, b, base, form').length).toBe(0);
    for (const el of document.querySelectorAll('*')) for (const attr of el.attributes) expect(attr.name).not.toMatch(/^on/i);
    expect(document.title).toMatch(/^claimtrace: Breaking <\/title><script>/);
    expect(html.match(/<title>[^<]*<\/title>/)).toBeTruthy();
    expect(html).toContain("script-src 'none'");
    expect([...html.matchAll(/href="([^"]*)"/g)].every((m) => m[1].startsWith('#'))).toBe(true);
  });
  it('Markdown: no raw HTML or links from the article', () => {
    const md = renderMarkdown(run(HOSTILE));
    expect(md).not.toMatch(/<script|<img|<a |<b /i);
    expect(md).not.toMatch(/(?<!\\)\[here\]\(/);
  });
});
