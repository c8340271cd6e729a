/**
 * Rewrites the quotes golden files from the current extractor: `npx tsx src/extract/quotes/golden/update.ts`.
 * Run it only on purpose, then read the diff.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quotesOf, render } from '../_test-utils.js';

const dir = dirname(fileURLToPath(import.meta.url));
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.endsWith('.golden.txt'))) {
  const { quotes, diagnostics } = quotesOf(readFileSync(join(dir, file), 'utf8'));
  const out = [...quotes.map(render), ...diagnostics.map((d) => `diagnostic ${d.code} ${d.start}-${d.end}`)];
  writeFileSync(join(dir, file.replace(/\.txt$/, '.golden.txt')), out.join('\n') + '\n');
  console.log(`${file}: ${quotes.length} quotes`);
}
