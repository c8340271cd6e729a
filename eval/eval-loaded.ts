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
 * matched when it shares one character with a span of the other side).
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
    let pSum = 0;
    let nPred = 0;
    let rSum = 0;
    let nGold = 0;
    let anyP = 0;
    let anyR = 0;
    for (const file of readdirSync(`${dir}/articles`).sort()) {
      const id = /(\d+)/.exec(file)![1];
      const text = readFileSync(`${dir}/articles/${file}`, 'utf8');
      const toU16 = codePointToUtf16(text);
      const g = mergeSpans((gold.get(id) ?? []).map(([s, e]) => [toU16(s), toU16(e)] as Pair));
      const p = mergeSpans(analyze(text).loaded.map((l) => [l.start, l.end] as Pair));
      for (const s of p) {
        let o = 0;
        for (const t of g) o += overlap(s, t);
        pSum += o / (s[1] - s[0]);
        if (o > 0) anyP++;
      }
      for (const t of g) {
        let o = 0;
        for (const s of p) o += overlap(s, t);
        rSum += o / (t[1] - t[0]);
        if (o > 0) anyR++;
      }
      nPred += p.length;
      nGold += g.length;
    }
    const prf = (p: number, r: number) => ({ p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 });
    const si = prf(nPred ? pSum / nPred : 0, nGold ? rSum / nGold : 0);
    const any = prf(nPred ? anyP / nPred : 0, nGold ? anyR / nGold : 0);
    return {
      lines: [
        `${nGold} gold spans (merged), ${nPred} predicted`,
        scoreLine('SI partial overlap (SemEval-2020)', si, 0.4),
        `${'any-overlap span match'.padEnd(34)} P ${f3(any.p)}  R ${f3(any.r)}  F1 ${f3(any.f1)}`,
      ],
      ok: si.f1 >= 0.4,
    };
  },
};
