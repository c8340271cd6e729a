/**
 * Quotes and attribution against PolNeAR dev (Newell, Margolin & Ruths, LREC 2018): brat
 * `Source`/`Cue`/`Content` spans joined by attribution relations, offsets in code points.
 *
 * - content P/R/F1: each predicted quote matched to at most one gold relation and vice versa,
 *   greedily by Jaccard overlap of characters (a match needs ≥ 0.5). PolNeAR is univocal (a token
 *   belongs to one attribution at most), so a prediction nested inside another prediction (a
 *   partial quote inside the reported clause it belongs to) is scored as part of the outer one.
 * - speech-cue F1: the same precision, with recall over the gold relations whose cue contains a
 *   word of polnear/SPEECH_CUES.txt.
 * - speaker accuracy: over matched relations with a gold source, the predicted speaker span
 *   overlaps the source, or the names contain one another.
 *
 * `CLAIMTRACE_EVAL_DUMP=FILE` writes the hits, misses and false alarms, one per line, for study.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline/analyze.js';
import type { Offsets, Quote } from '../src/types.js';
import { codePointToUtf16, f3, prf, scoreLine, shared, type Evaluation } from './_lib.js';

interface Gold {
  content: Offsets[];
  source: Offsets[] | null;
  sourceText: string;
  cueText: string;
}

const TARGET_SPEECH_F1 = 0.75;
const TARGET_SPEAKER = 0.85;

/** Reads one brat file into relations with UTF-16 offsets. */
function readGold(ann: string, text: string): Gold[] {
  const cp = codePointToUtf16(text);
  const spans = new Map<string, { type: string; parts: Offsets[]; text: string }>();
  const rels: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (cols[0].startsWith('T') && cols.length > 1) {
      const sp = cols[1].indexOf(' ');
      const type = cols[1].slice(0, sp);
      const parts = cols[1]
        .slice(sp + 1)
        .split(';')
        .map((r) => r.trim().split(/\s+/).map(Number))
        .map(([a, b]) => ({ start: cp(a), end: cp(b) }));
      spans.set(cols[0], { type, parts, text: cols[2] ?? '' });
    } else if (cols[0].startsWith('E') && cols.length > 1) {
      const args: Record<string, string> = {};
      for (const a of cols[1].split(/\s+/).slice(1)) {
        const [role, id] = a.split(':');
        args[role] = id;
      }
      rels.push(args);
    }
  }
  const out: Gold[] = [];
  for (const r of rels) {
    const content = spans.get(r.Content);
    if (!content) continue;
    const source = r.Source ? spans.get(r.Source) : undefined;
    const cue = r.Cue ? spans.get(r.Cue) : undefined;
    out.push({ content: content.parts, source: source?.parts ?? null, sourceText: source?.text ?? '', cueText: cue?.text ?? '' });
  }
  return out;
}

function length(parts: readonly Offsets[]): number {
  return parts.reduce((s, p) => s + Math.max(0, p.end - p.start), 0);
}

function intersection(a: readonly Offsets[], b: readonly Offsets[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/** Jaccard overlap of two sets of character ranges. */
export function jaccard(a: readonly Offsets[], b: readonly Offsets[]): number {
  const i = intersection(a, b);
  const u = length(a) + length(b) - i;
  return u > 0 ? i / u : 0;
}

/** Drops quotes nested inside another quote (PolNeAR gives each token one attribution). */
export function outermost(quotes: readonly Quote[]): Quote[] {
  return quotes.filter((q) => !quotes.some((o) => o !== q && o.start <= q.start && o.end >= q.end && (o.end - o.start > q.end - q.start)));
}

function speechWords(): Set<string> {
  const raw = readFileSync(shared('datasets', 'polnear', 'SPEECH_CUES.txt'), 'utf8');
  return new Set(raw.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

function speakerRight(q: Quote, g: Gold): boolean {
  if (!q.speaker || !g.source) return false;
  const sp = q.speaker;
  if (g.source.some((s) => s.start < sp.end && s.end > sp.start)) return true;
  const a = sp.name.toLowerCase();
  const b = g.sourceText.toLowerCase();
  return a.length > 1 && b.length > 1 && (a.includes(b) || b.includes(a));
}

/** The quotes evaluation. */
export const evaluation: Evaluation = {
  name: 'quotes (PolNeAR dev)',
  run() {
    const dir = shared('datasets', 'polnear', process.env.CLAIMTRACE_POLNEAR_SPLIT ?? 'dev');
    const speech = speechWords();
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let speechGold = 0;
    let speechHit = 0;
    let spTotal = 0;
    let spRight = 0;
    let docs = 0;
    let ms = 0;
    const dump: string[] = [];
    for (const file of readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort()) {
      const base = file.replace(/_[0-9a-f]{4}\.ann$/, '');
      const text = readFileSync(join(dir, 'text', `${base}.txt`), 'utf8');
      const gold = readGold(readFileSync(join(dir, 'attributions', file), 'utf8'), text);
      const t0 = performance.now();
      const analysis = analyze({ text, format: 'text' });
      ms += performance.now() - t0;
      docs++;
      const preds = outermost(analysis.quotes);
      const pairs: { p: number; g: number; j: number }[] = [];
      preds.forEach((q, p) => {
        gold.forEach((g, gi) => {
          const j = jaccard(q.parts, g.content);
          if (j >= 0.5) pairs.push({ p, g: gi, j });
        });
      });
      pairs.sort((x, y) => y.j - x.j);
      const pUsed = new Set<number>();
      const gUsed = new Map<number, number>();
      for (const { p, g } of pairs) {
        if (pUsed.has(p) || gUsed.has(g)) continue;
        pUsed.add(p);
        gUsed.set(g, p);
      }
      tp += pUsed.size;
      fp += preds.length - pUsed.size;
      fn += gold.length - gUsed.size;
      gold.forEach((g, gi) => {
        const words = g.cueText.toLowerCase().split(/[^a-z]+/).filter(Boolean);
        const isSpeech = words.some((w) => speech.has(w));
        if (isSpeech) {
          speechGold++;
          if (gUsed.has(gi)) speechHit++;
        }
        const p = gUsed.get(gi);
        if (p !== undefined && g.source) {
          spTotal++;
          const ok = speakerRight(preds[p], g);
          if (ok) spRight++;
          else dump.push(`SPEAKER\t${base}\tgold=${g.sourceText}\tpred=${preds[p].speaker?.text ?? '-'}|${preds[p].speaker?.name ?? '-'}\t${preds[p].rule}\t${preds[p].text.slice(0, 100)}`);
        }
        if (p === undefined) {
          const gtext = g.content.map((c) => text.slice(c.start, c.end)).join(' … ');
          dump.push(`MISS\t${base}\t${isSpeech ? 'speech' : 'other'}\tcue=${g.cueText}\tsrc=${g.sourceText}\t${gtext.slice(0, 160).replace(/\n/g, ' ')}`);
        }
      });
      preds.forEach((q, p) => {
        let best = 0;
        let bestG: Gold | null = null;
        for (const g of gold) {
          const j = jaccard(q.parts, g.content);
          if (j > best) [best, bestG] = [j, g];
        }
        const gt = bestG ? bestG.content.map((c) => text.slice(c.start, c.end)).join(' … ').slice(0, 160).replace(/\n/g, ' ') : '';
        if (pUsed.has(p)) dump.push(`HIT\t${base}\t${q.kind}\t${q.rule}\tcue=${q.cue?.text ?? '-'}\t${q.text.slice(0, 160).replace(/\n/g, ' ')}`);
        else dump.push(`FALSE\t${base}\tJ=${best.toFixed(2)}\t${q.kind}\tGOLD[${gt}]\t${q.rule}\tcue=${q.cue?.text ?? '-'}\tsp=${q.speaker?.text ?? '-'}\t${q.text.slice(0, 160).replace(/\n/g, ' ')}`);
      });
    }
    if (process.env.CLAIMTRACE_EVAL_DUMP) writeFileSync(process.env.CLAIMTRACE_EVAL_DUMP, dump.join('\n') + '\n');
    const all = prf(tp, fp, fn);
    const sp = prf(tp, fp, 0);
    const speechR = speechGold ? speechHit / speechGold : 0;
    const speechF1 = sp.p + speechR ? (2 * sp.p * speechR) / (sp.p + speechR) : 0;
    const spAcc = spTotal ? spRight / spTotal : 0;
    const lines = [
      `${docs} articles, ${tp + fn} gold relations (${speechGold} speech-cued), ${tp + fp} predicted quotes; analyse ${(ms / docs).toFixed(1)} ms/article`,
      scoreLine('content spans (Jaccard ≥ 0.5)', all),
      scoreLine('speech-cue content spans', { p: sp.p, r: speechR, f1: speechF1 }, TARGET_SPEECH_F1),
      `${'speaker accuracy (matched)'.padEnd(34)} ${f3(spAcc)}  (${spRight}/${spTotal})  (target ≥ ${TARGET_SPEAKER}: ${spAcc >= TARGET_SPEAKER ? 'ok' : 'BELOW'})`,
    ];
    return { lines, ok: speechF1 >= TARGET_SPEECH_F1 && spAcc >= TARGET_SPEAKER };
  },
};
