/**
 * `npm run eval`: every accuracy evaluation against the gold data in ../shared/datasets.
 * `npm run eval -- quotes` runs the ones whose name contains "quotes".
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { haveShared, SHARED, type Evaluation } from './_lib.js';

const here = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<number> {
  if (!haveShared()) {
    console.error(`claimtrace eval: no gold data at ${SHARED}/datasets; set CLAIMTRACE_SHARED to the shared folder`);
    return 2;
  }
  const filter = process.argv[2];
  const files = readdirSync(here).filter((f) => f.startsWith('eval-') && f.endsWith('.ts')).sort();
  let allOk = true;
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { evaluation: Evaluation };
    const ev = mod.evaluation;
    if (filter && !ev.name.includes(filter)) continue;
    const t0 = performance.now();
    const { lines, ok } = await ev.run();
    console.log(`\n== ${ev.name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    for (const l of lines) console.log(l);
    allOk &&= ok;
  }
  console.log(`\n${allOk ? 'all targets met' : 'some targets not met'}`);
  return allOk ? 0 : 1;
}

main().then((code) => (process.exitCode = code));
