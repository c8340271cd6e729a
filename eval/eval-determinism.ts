/**
 * Determinism: the same article gives the same analysis whatever the process read before it.
 * The PolNeAR dev texts are analysed twice in one process and the two outputs compared, which
 * catches state that leaks from one document into the next (wink-nlp, for one, remembers words it
 * has seen: it used to stop splitting possessives such as "Clinton's" on a second reading).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../src/pipeline/analyze.js';
import { shared, type Evaluation } from './_lib.js';

export const evaluation: Evaluation = {
  name: 'determinism (PolNeAR dev, analysed twice in one process)',
  run() {
    const dir = shared('datasets', 'polnear', 'dev', 'text');
    const texts = readdirSync(dir).sort().map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
    const once = texts.map((t) => JSON.stringify(analyze(t)));
    const twice = texts.map((t) => JSON.stringify(analyze(t)));
    const differing = once.filter((x, i) => x !== twice[i]).length;
    return {
      lines: [`${texts.length} articles; ${differing} give a different analysis the second time (target 0)`],
      ok: differing === 0,
    };
  },
};
