/**
 * `npm run accept`: what the project expects of the articles in ../shared/examples, written in
 * the project's own words. Each file in eval/accept/ exports `checks`: named expectations on the
 * analysis of one example. Exit 1 when any fails.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze } from '../src/pipeline/analyze.js';
import { fromText } from '../src/ingest/text.js';
import { shared } from './_lib.js';
import type { Analysis } from '../src/types.js';

const here = dirname(fileURLToPath(import.meta.url));

/** One expectation: returns null when met, or what was wrong. */
export interface Check {
  example: string;
  name: string;
  check(a: Analysis): string | null;
}

async function main(): Promise<number> {
  const dir = join(here, 'accept');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
  const cache = new Map<string, Analysis>();
  let failed = 0;
  let passed = 0;
  for (const file of files) {
    const { checks } = (await import(pathToFileURL(join(dir, file)).href)) as { checks: Check[] };
    for (const c of checks) {
      const path = shared('examples', c.example);
      if (!existsSync(path)) {
        console.log(`skip  ${c.example}: not found at ${path}`);
        continue;
      }
      if (!cache.has(path)) cache.set(path, analyze(fromText(readFileSync(path, 'utf8').replace(/\r\n?/g, '\n'), { origin: { path } })));
      let problem: string | null;
      try {
        problem = c.check(cache.get(path)!);
      } catch (err) {
        problem = `threw ${(err as Error).message}`;
      }
      if (problem) {
        failed++;
        console.log(`FAIL  ${file.replace(/\.ts$/, '')}: ${c.name} — ${problem}`);
      } else {
        passed++;
        console.log(`ok    ${file.replace(/\.ts$/, '')}: ${c.name}`);
      }
    }
  }
  console.log(`\naccept: ${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then((code) => (process.exitCode = code));
