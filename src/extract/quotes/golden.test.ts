/**
 * Golden file: a whole made-up article (golden/harbour-strike.txt) through the quotes extractor,
 * one line per quote, compared with golden/harbour-strike.golden.txt after checking invariants.
 * Rewrite the golden file only on purpose: `npx tsx src/extract/quotes/golden/update.ts`, then read the diff.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { quotesOf, render } from './_test-utils.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'golden');

describe('quotes golden articles', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.endsWith('.golden.txt'))) {
    const { quotes, diagnostics, text } = quotesOf(readFileSync(join(dir, file), 'utf8'));
    it(`${file}: spans, parts, ids and order hold`, () => {
      const bad: string[] = [];
      quotes.forEach((q, i) => {
        if (q.id !== `q${i + 1}`) bad.push(`${q.id}: id out of order`);
        if (text.slice(q.start, q.end) !== q.text) bad.push(`${q.id}: text is not the slice`);
        if (q.parts.some((p) => p.start < q.start || p.end > q.end || p.start >= p.end)) bad.push(`${q.id}: bad part`);
        if (q.speaker && text.slice(q.speaker.start, q.speaker.end) !== q.speaker.text) bad.push(`${q.id}: speaker text is not the slice`);
        if (q.cue && text.slice(q.cue.start, q.cue.end) !== q.cue.text) bad.push(`${q.id}: cue text is not the slice`);
        if (i > 0 && q.start < quotes[i - 1].start) bad.push(`${q.id}: not ordered by start`);
      });
      expect(bad).toEqual([]);
    });
    it(`${file}: matches its golden file`, () => {
      const out = [...quotes.map(render), ...diagnostics.map((d) => `diagnostic ${d.code} ${d.start}-${d.end}`)];
      expect(out.join('\n') + '\n').toBe(readFileSync(join(dir, file.replace(/\.txt$/, '.golden.txt')), 'utf8'));
    });
  }
});
