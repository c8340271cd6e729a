/**
 * Findings over the 84 PolNeAR dev articles (real US political news from 7 outlets): how many
 * findings per article each rule gives, and a random sample of 20 warnings and errors, drawn with
 * a fixed seed, printed with their context so a person can judge each by hand (the issue asks
 * that at least 16 of 20 be right). There is no gold for findings, so this evaluation has no
 * automatic target: it fails only if it cannot run.
 *
 *   npx tsx eval/run.ts findings            (seed 6; FINDINGS_SEED=n to draw another sample)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline/analyze.js';
import { fromText } from '../src/ingest/text.js';
import { RULES } from '../src/check/index.js';
import type { Analysis, Finding } from '../src/types.js';
import { shared, type Evaluation } from './_lib.js';

/** The seed of the hand-judged sample (the issue number); override with FINDINGS_SEED. */
export const SEED = Number(process.env.FINDINGS_SEED ?? 6);
const SAMPLE = 20;

/** mulberry32: a small, well-known seeded PRNG, so the sample is the same on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const one = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The sentence(s) around a finding, with the finding's words in [[ ]]. */
function context(a: Analysis, f: Finding): string {
  const t = a.document.text;
  let from = Math.max(0, f.start - 160);
  let to = Math.min(t.length, f.end + 160);
  const nlBefore = t.lastIndexOf('\n', f.start - 1);
  if (nlBefore >= from) from = nlBefore + 1;
  const nlAfter = t.indexOf('\n', f.end);
  if (nlAfter >= 0 && nlAfter < to) to = nlAfter;
  return one(`${from > 0 ? '…' : ''}${t.slice(from, f.start)}[[${t.slice(f.start, f.end)}]]${t.slice(f.end, to)}${to < t.length ? '…' : ''}`);
}

/** The evaluation. */
export const evaluation: Evaluation = {
  name: 'findings (PolNeAR dev, hand-judged sample)',
  run() {
    const dir = shared('datasets', 'polnear', 'dev', 'text');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const byRule = new Map<string, number>(RULES.map((r) => [r.id, 0]));
    const articlesWith = new Map<string, number>(RULES.map((r) => [r.id, 0]));
    const pool: { file: string; a: Analysis; f: Finding }[] = [];
    let total = 0;
    let clean = 0;
    const t0 = performance.now();
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8').replace(/\r\n?/g, '\n');
      const a = analyze(fromText(text, { origin: { path: file } }));
      const seen = new Set<string>();
      for (const f of a.findings) {
        byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
        seen.add(f.rule);
        total++;
        if (f.severity !== 'info') pool.push({ file, a, f });
      }
      for (const r of seen) articlesWith.set(r, (articlesWith.get(r) ?? 0) + 1);
      if (!a.findings.some((f) => f.severity !== 'info')) clean++;
    }
    const ms = performance.now() - t0;
    const n = files.length;
    const lines: string[] = [];
    lines.push(`${n} articles, ${total} findings (${(total / n).toFixed(2)} per article), ${pool.length} warnings+errors; ${clean} articles with no warning or error; ${(ms / 1000).toFixed(1)} s`);
    lines.push('', `${'rule'.padEnd(24)} ${'severity'.padEnd(8)} ${'total'.padStart(6)} ${'/article'.padStart(9)} ${'articles'.padStart(9)}`);
    for (const r of RULES) {
      const c = byRule.get(r.id) ?? 0;
      lines.push(`${r.id.padEnd(24)} ${r.severity.padEnd(8)} ${String(c).padStart(6)} ${(c / n).toFixed(2).padStart(9)} ${String(articlesWith.get(r.id) ?? 0).padStart(9)}`);
    }
    // the sample: Fisher–Yates over the pool with the seeded PRNG, first 20
    const rnd = mulberry32(SEED);
    const order = pool.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    lines.push('', `Sample of ${Math.min(SAMPLE, pool.length)} warnings and errors (seed ${SEED}, mulberry32 + Fisher–Yates), to judge by hand:`);
    order.slice(0, SAMPLE).forEach((i, k) => {
      const { file, a, f } = pool[i];
      lines.push('', `${String(k + 1).padStart(2)}. ${f.severity} ${f.rule}  ${file}`, `    ${f.message}`, `    context: ${context(a, f)}`);
      for (const r of f.related.slice(0, 2)) lines.push(`    related: “${one(r.text).slice(0, 140)}”`);
    });
    return { lines, ok: true };
  },
};
