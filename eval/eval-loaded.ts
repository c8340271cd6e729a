/**
 * Loaded language on the SemEval-2020 Task 11 Propaganda Techniques Corpus (`ptc/`, Da San
 * Martino et al. 2019): gold spans of Loaded_Language and Name_Calling,Labeling against the
 * `loaded` layer of the real pipeline, all categories.
 *
 * Scoring: the span-identification (SI) measure of SemEval-2020 Task 11 (Da San Martino et al.
 * 2020, §3), which credits partial overlap by characters. Per article, overlapping spans on each
 * side are merged first; then with S the predicted and T the gold spans,
 *   P = (1/|S|) Σ_{s∈S} Σ_{t∈T} |s∩t| / |s|     R = (1/|T|) Σ_{t∈T} Σ_{s∈S} |s∩t| / |t|
 * summed over all articles, F1 their harmonic mean. Target F1 ≥ 0.40. Gold offsets count code
 * points and are converted to UTF-16. Also printed: the looser any-overlap span F1 (a span is
 * matched when it shares one character with a span of the other side), and the SI scores of
 * the two halves (articles at even and odd positions in file order), since a change is kept
 * only when it helps both.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../src/pipeline/analyze.js';
import { codePointToUtf16, f3, scoreLine, shared, type Evaluation } from './_lib.js';

type Pair = [number, number];

const TECHNIQUES = new Set(['Loaded_Language', 'Name_Calling,Labeling']);

/** Merges overlapping or touching spans. */
export function mergeSpans(spans: Pair[]): Pair[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Pair[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

const overlap = (a: Pair, b: Pair) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

export const evaluation: Evaluation = {
  name: 'loaded (PTC Loaded_Language + Name_Calling)',
  run() {
    const dir = shared('datasets', 'ptc');
    const gold = new Map<string, Pair[]>();
    for (const line of readFileSync(`${dir}/techniques.labels`, 'utf8').split('\n')) {
      const [id, tech, s, e] = line.split('\t');
      if (!TECHNIQUES.has(tech)) continue;
      (gold.get(id) ?? gold.set(id, []).get(id)!).push([Number(s), Number(e)]);
    }
    // per half (even/odd article position): SI sums and any-overlap counts
    const acc = [0, 1].map(() => ({ pSum: 0, nPred: 0, rSum: 0, nGold: 0, anyP: 0, anyR: 0 }));
    readdirSync(`${dir}/articles`).sort().forEach((file, idx) => {
      const h = acc[idx % 2];
      const id = /(\d+)/.exec(file)![1];
      const text = readFileSync(`${dir}/articles/${file}`, 'utf8');
      const toU16 = codePointToUtf16(text);
      const g = mergeSpans((gold.get(id) ?? []).map(([s, e]) => [toU16(s), toU16(e)] as Pair));
      const p = mergeSpans(analyze(text).loaded.map((l) => [l.start, l.end] as Pair));
      for (const s of p) {
        let o = 0;
        for (const t of g) o += overlap(s, t);
        h.pSum += o / (s[1] - s[0]);
        if (o > 0) h.anyP++;
      }
      for (const t of g) {
        let o = 0;
        for (const s of p) o += overlap(s, t);
        h.rSum += o / (t[1] - t[0]);
        if (o > 0) h.anyR++;
      }
      h.nPred += p.length;
      h.nGold += g.length;
    });
    const [even, odd] = acc;
    const all = { pSum: even.pSum + odd.pSum, nPred: even.nPred + odd.nPred, rSum: even.rSum + odd.rSum, nGold: even.nGold + odd.nGold, anyP: even.anyP + odd.anyP, anyR: even.anyR + odd.anyR };
    const prf = (p: number, r: number) => ({ p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 });
    const siOf = (h: typeof all) => prf(h.nPred ? h.pSum / h.nPred : 0, h.nGold ? h.rSum / h.nGold : 0);
    const si = siOf(all);
    const any = prf(all.nPred ? all.anyP / all.nPred : 0, all.nGold ? all.anyR / all.nGold : 0);
    return {
      lines: [
        `${all.nGold} gold spans (merged), ${all.nPred} predicted`,
        scoreLine('SI partial overlap (SemEval-2020)', si, 0.4),
        scoreLine('  even half', siOf(even)),
        scoreLine('  odd half', siOf(odd)),
        `${'any-overlap span match'.padEnd(34)} P ${f3(any.p)}  R ${f3(any.r)}  F1 ${f3(any.f1)}`,
      ],
      ok: si.f1 >= 0.4,
    };
  },
};
