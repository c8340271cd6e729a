/**
 * Golden files: whole articles written for the tests (test/golden/*.txt|md), analysed and rendered
 * one line per annotation, compared with `<name>.golden.txt`. Invariants are checked first.
 * Rewrite the golden files only on purpose: `npm run golden:update`, then read the diff.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeMany } from '../src/pipeline/analyze.js';
import { fromMarkdown, fromText } from '../src/ingest/text.js';
import { invariantViolations } from './helpers.js';
import { renderLines } from './render.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const articles = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && !f.endsWith('.golden.txt'));

/** One golden article as a source, the way the CLI reads it. */
function goldenSource(file: string) {
  const text = readFileSync(join(dir, file), 'utf8');
  const meta = { origin: { path: `test/golden/${file}` }, published: '2025-05-20' };
  return file.endsWith('.md') ? fromMarkdown(text, meta) : fromText(text, meta);
}

/** Analyses one golden article the way the CLI would. */
export function analyzeGolden(file: string) {
  return analyze(goldenSource(file));
}

describe('golden articles', () => {
  it('has articles', () => expect(articles.length).toBeGreaterThan(0));
  it('gives each article the same analysis alone and in a batch (as the CLI runs them)', () => {
    const alone = articles.map((f) => JSON.stringify(analyzeGolden(f)));
    // reversed, so that no article's analysis can lean on what was read before it
    const batch = analyzeMany([...articles].reverse().map(goldenSource)).map((a) => JSON.stringify(a)).reverse();
    expect(batch).toEqual(alone);
  });
  for (const file of articles) {
    describe(file, () => {
      const a = analyzeGolden(file);
      it('holds the invariants', () => expect(invariantViolations(a)).toEqual([]));
      it('is stable across runs', () => expect(JSON.stringify(analyzeGolden(file))).toBe(JSON.stringify(a)));
      const golden = join(dir, file.replace(/\.(txt|md)$/, '.golden.txt'));
      it('matches its golden file', () => {
        expect(existsSync(golden), `missing ${golden}: run npm run golden:update`).toBe(true);
        expect(renderLines(a).join('\n') + '\n').toBe(readFileSync(golden, 'utf8'));
      });
    });
  }
});
