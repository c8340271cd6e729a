/** Rewrites the golden files from the current output: `npm run golden:update`. Read the diff after. */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/pipeline/analyze.js';
import { fromMarkdown, fromText } from '../src/ingest/text.js';
import { readFileSync } from 'node:fs';
import { renderLines } from './render.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'golden');
for (const file of readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && !f.endsWith('.golden.txt'))) {
  const text = readFileSync(join(dir, file), 'utf8');
  const meta = { origin: { path: `test/golden/${file}` }, published: '2025-05-20' };
  const a = analyze(file.endsWith('.md') ? fromMarkdown(text, meta) : fromText(text, meta));
  const out = join(dir, file.replace(/\.(txt|md)$/, '.golden.txt'));
  writeFileSync(out, renderLines(a).join('\n') + '\n');
  console.log(`wrote ${out}`);
}
