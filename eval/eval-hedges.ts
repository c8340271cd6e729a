/**
 * Hedge detection, sentence level, on the CoNLL-2010 Wikipedia weasel/hedge sentences
 * (`conll2010-weasel/dev.csv`: "1" certain, "-1" uncertain; Farkas et al. 2010). A sentence is
 * called uncertain when the real pipeline (`analyze`) finds in it an epistemic hedge, a weasel or
 * a vague attribution (a vague attribution is a weasel in Wikipedia's sense). Scored: precision,
 * recall and F1 of the uncertain class. Target F1 ≥ 0.80 with precision ≥ 0.75.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/pipeline/analyze.js';
import { prf, scoreLine, shared, type Evaluation } from './_lib.js';

/** Parses the two-column CSV (label, sentence; sentences quoted when they hold commas). */
export function readConll(path: string): { label: number; text: string }[] {
  const out: { label: number; text: string }[] = [];
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const m = /^(-?1),(.*)$/.exec(line);
    if (!m) continue;
    let text = m[2];
    if (text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/g, '"');
    out.push({ label: Number(m[1]), text });
  }
  return out;
}

/** The uncertain-sentence decision: any hedge of any kind. */
export function isUncertain(text: string): boolean {
  return analyze(text).hedges.length > 0;
}

export const evaluation: Evaluation = {
  name: 'hedges (CoNLL-2010 weasel sentences)',
  run() {
    const rows = readConll(shared('datasets', 'conll2010-weasel', 'dev.csv'));
    // counts over all sentences and over the even and odd halves (by sentence index): a change
    // is kept only when it helps both halves, so it does not fit particular sentences
    const counts = [0, 1, 2].map(() => ({ tp: 0, fp: 0, fn: 0 }));
    rows.forEach((r, i) => {
      const got = isUncertain(r.text);
      for (const c of [counts[0], counts[1 + (i % 2)]]) {
        if (got && r.label === -1) c.tp++;
        else if (got) c.fp++;
        else if (r.label === -1) c.fn++;
      }
    });
    const [s, even, odd] = counts.map((c) => prf(c.tp, c.fp, c.fn));
    const ok = s.f1 >= 0.8 && s.p >= 0.75;
    return {
      lines: [
        `${rows.length} sentences, ${rows.filter((r) => r.label === -1).length} uncertain`,
        scoreLine('uncertain sentences', s, 0.8),
        scoreLine('  even half', even, 0.8),
        scoreLine('  odd half', odd, 0.8),
        `precision ≥ 0.75: ${s.p >= 0.75 ? 'ok' : 'BELOW'}`,
      ],
      ok,
    };
  },
};
