/** Test helpers: analyse hand-written text and render annotations as one readable line each. */
import { analyze } from '../src/pipeline/analyze.js';
import type { Analysis, AnalyzeOptions } from '../src/types.js';

/** Analyses plain text (or Markdown with `format`). */
export function run(text: string, options: AnalyzeOptions & { format?: 'text' | 'markdown' | 'html'; published?: string } = {}): Analysis {
  const { format = 'text', published, ...rest } = options;
  return analyze({ text, format, published: published ?? null }, rest);
}

/**
 * Checks the invariants every analysis must hold: spans in bounds, `text` equal to the slice,
 * unique ids, each kind ordered by start. Returns the list of violations (empty when fine).
 */
export function invariantViolations(a: Analysis): string[] {
  const bad: string[] = [];
  const text = a.document.text;
  const ids = new Set<string>();
  const seen = (id: string) => {
    if (ids.has(id)) bad.push(`duplicate id ${id}`);
    ids.add(id);
  };
  const check = (where: string, s: any) => {
    if (!s || typeof s.start !== 'number') return;
    if (s.start < 0 || s.end > text.length || s.start > s.end) bad.push(`${where}: span ${s.start}-${s.end} out of bounds`);
    if (typeof s.text === 'string' && text.slice(s.start, s.end) !== s.text) bad.push(`${where}: text ${JSON.stringify(s.text)} != slice ${JSON.stringify(text.slice(s.start, s.end))}`);
  };
  const walk = (where: string, v: any) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(`${where}[${i}]`, x));
    else if (v && typeof v === 'object') {
      check(where, v);
      for (const [k, x] of Object.entries(v)) if (k !== 'document') walk(`${where}.${k}`, x);
    }
  };
  for (const kind of ['entities', 'quotes', 'figures', 'hedges', 'loaded', 'events', 'findings'] as const) {
    const list = a[kind] as any[];
    list.forEach((x) => seen(x.id));
    walk(kind, list);
    if (kind !== 'entities' && kind !== 'findings') {
      for (let i = 1; i < list.length; i++) if (list[i].start < list[i - 1].start) bad.push(`${kind} not ordered by start at ${list[i].id}`);
    }
  }
  walk('listedSources', a.document.listedSources);
  walk('links', a.document.links);
  return bad;
}
