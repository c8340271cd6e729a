/**
 * Entities on CoNLL-2003 English dev (`conll2003/eng.testa`): PER/ORG/LOC precision, recall and F1
 * with exact spans. Only the tokens are read (the gold POS and chunk columns are not used): the
 * text is rebuilt by joining tokens with spaces, one sentence a line, one document per
 * `-DOCSTART-`, and run through `analyze`. Mapping: person → PER, organization → ORG,
 * country/place → LOC; groups, `other`, and demonym mentions ("German") are not predictions of
 * these types (CoNLL tags demonyms MISC). A mention whose edges do not fall on token edges counts
 * as a false positive. The documents are also scored in two halves, as a check that the score
 * does not hang on a few documents.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/pipeline/analyze.js';
import type { Analysis } from '../src/types.js';
import { prf, scoreLine, shared, type Evaluation } from './_lib.js';

const TYPES = ['PER', 'ORG', 'LOC'] as const;
type Tag = (typeof TYPES)[number];

/** One document: its text, token offsets and gold spans (token ranges). */
interface Doc {
  text: string;
  starts: number[];
  ends: number[];
  gold: { a: number; b: number; type: string }[];
}

/** Reads the CoNLL file into documents. */
export function readConll(path: string): Doc[] {
  const docs: Doc[] = [];
  let lines: string[][] = [];
  let cur: string[] = [];
  const flushDoc = () => {
    if (cur.length) lines.push(cur);
    cur = [];
    if (!lines.some((l) => l.length)) {
      lines = [];
      return;
    }
    const doc: Doc = { text: '', starts: [], ends: [], gold: [] };
    const tags: string[] = [];
    const parts: string[] = [];
    let at = 0;
    lines.forEach((sent, si) => {
      if (si > 0) {
        parts.push('\n');
        at += 1;
      }
      sent.forEach((row, ti) => {
        const [tok, , , tag] = row.split(' ');
        if (ti > 0) {
          parts.push(' ');
          at += 1;
        }
        doc.starts.push(at);
        parts.push(tok);
        at += tok.length;
        doc.ends.push(at);
        tags.push(tag);
      });
      tags.push('O|break');
    });
    doc.text = parts.join('');
    // IOB1 → spans (a sentence break ends a span)
    let k = 0;
    let open: { a: number; type: string } | null = null;
    const close = (b: number) => {
      if (open) doc.gold.push({ a: open.a, b, type: open.type });
      open = null;
    };
    for (const tag of tags) {
      if (tag === 'O|break') {
        close(k);
        continue;
      }
      const [bio, type] = tag.split('-');
      if (tag === 'O') close(k);
      else if (bio === 'B' || !open || open.type !== type) {
        close(k);
        open = { a: k, type };
      }
      k++;
    }
    close(k);
    docs.push(doc);
    lines = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flushDoc();
      continue;
    }
    if (!line.trim()) {
      if (cur.length) lines.push(cur);
      cur = [];
      continue;
    }
    cur.push(line.trim());
  }
  flushDoc();
  return docs;
}

/** The CoNLL type an entity mention predicts, or null. */
export function predictedTag(type: string, rule: string): Tag | null {
  if (rule === 'entities/demonym') return null;
  if (type === 'person') return 'PER';
  if (type === 'organization') return 'ORG';
  if (type === 'country' || type === 'place') return 'LOC';
  return null;
}

/** Predicted spans (token ranges) of one analysed document; unaligned mentions get a = -1. */
export function predictedSpans(doc: Doc, a: Analysis): { a: number; b: number; type: Tag }[] {
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  doc.starts.forEach((s, i) => byStart.set(s, i));
  doc.ends.forEach((e, i) => byEnd.set(e, i + 1));
  const out: { a: number; b: number; type: Tag }[] = [];
  for (const e of a.entities) {
    for (const m of e.mentions) {
      const tag = predictedTag(e.type, m.rule);
      if (!tag) continue;
      const s = byStart.get(m.start);
      const t = byEnd.get(m.end);
      out.push(s === undefined || t === undefined ? { a: -1, b: -1, type: tag } : { a: s, b: t, type: tag });
    }
  }
  return out;
}

type Counts = Record<Tag, { tp: number; fp: number; fn: number }>;
const zero = (): Counts => ({ PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } });

function score(doc: Doc, pred: { a: number; b: number; type: Tag }[], c: Counts): void {
  const gold = new Set(doc.gold.filter((g) => (TYPES as readonly string[]).includes(g.type)).map((g) => `${g.a}:${g.b}:${g.type}`));
  const seen = new Set<string>();
  for (const p of pred) {
    const key = `${p.a}:${p.b}:${p.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (gold.has(key)) c[p.type].tp++;
    else c[p.type].fp++;
  }
  for (const g of gold) if (!seen.has(g)) c[g.split(':')[2] as Tag].fn++;
}

const TARGET = 0.65;

/** The evaluation. */
export const evaluation: Evaluation = {
  name: 'entities (CoNLL-2003 eng.testa, PER/ORG/LOC exact spans)',
  run() {
    const docs = readConll(shared('datasets', 'conll2003', 'eng.testa'));
    const all = zero();
    const halves = [zero(), zero()];
    docs.forEach((doc, i) => {
      const a = analyze({ text: doc.text, format: 'text' });
      const pred = predictedSpans(doc, a);
      score(doc, pred, all);
      score(doc, pred, halves[i < docs.length / 2 ? 0 : 1]);
    });
    const total = (c: Counts) => {
      const t = { tp: 0, fp: 0, fn: 0 };
      for (const k of TYPES) {
        t.tp += c[k].tp;
        t.fp += c[k].fp;
        t.fn += c[k].fn;
      }
      return prf(t.tp, t.fp, t.fn);
    };
    const overall = total(all);
    const lines = [
      `${docs.length} documents`,
      ...TYPES.map((k) => scoreLine(k, prf(all[k].tp, all[k].fp, all[k].fn))),
      scoreLine('overall PER/ORG/LOC', overall, TARGET),
      scoreLine('  first half of the documents', total(halves[0])),
      scoreLine('  second half of the documents', total(halves[1])),
    ];
    return { lines, ok: overall.f1 >= TARGET };
  },
};
