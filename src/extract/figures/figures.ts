/**
 * The `figures` stage: every reported number with what it counts, its bounds and qualifier, its
 * currency or percentage base, the figure it is part of, whom it is about, who gives it and which
 * epistemic hedges cover it.
 *
 * One walk over each sentence's tokens: at each token `readFigure` tries to read a number there
 * (skipping years, dates, times, phone numbers, ages, model names and labels such as "Section
 * 230"); the drafts of a sentence are then linked (part–whole, "among ...") and attributed, first
 * from the quote the figure sits in (quotes layer), then from its clause's attribution verb.
 */
import { defineStage } from '../../pipeline/stage.js';
import type { Entity, Figure, Hedge, Layers, Quote, Span, UserLexicon } from '../../types.js';
import { quoteAt } from '../quotes/lookup.js';
import { aboutAfter, attributionFor, hedgesCovering, isPartLink } from './attach.js';
import { compileLexicon } from './compile.js';
import { mayStartFigure, readFigure, type Draft, type ReadContext } from './read.js';

/** Extracts the figures of a document from its layers. */
export function extractFigures(
  text: string,
  layers: Pick<Layers, 'tokens' | 'entities' | 'quotes' | 'hedges'>,
  lexicon: UserLexicon = {},
  report: (code: string, message: string) => void = () => {},
): Figure[] {
  const lex = compileLexicon(lexicon);
  for (const p of lex.problems) report(p.code, p.message);
  const { tokens, sentences } = layers.tokens;
  const norms = tokens.map((t) => t.norm);
  const mentions = layers.entities;
  // the quotes layer comes sorted by start (pipeline contract), as `quoteAt` needs
  const quotes = layers.quotes;
  const hedges: readonly Hedge[] = layers.hedges;
  const out: Omit<Figure, 'id'>[] = [];
  const partRefs: (number | null)[] = [];
  for (const s of sentences) {
    const c: ReadContext = { text, tokens, norms, first: s.firstToken, end: s.endToken, lex };
    const drafts: Draft[] = [];
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (!mayStartFigure(tokens[i])) continue;
      const d = readFigure(c, i);
      if (!d) continue;
      drafts.push(d);
      i = Math.max(i, d.to - 1);
    }
    if (!drafts.length) continue;
    // part–whole: "4,700 casualties, including 600 dead"; "600 of them"
    const parent: (number | null)[] = drafts.map(() => null);
    for (let k = 1; k < drafts.length; k++) if (isPartLink(c, drafts[k - 1], drafts[k])) parent[k] = parent[k - 1] !== null && drafts[k - 1].partMarker ? parent[k - 1] : k - 1;
    // "among North Korean forces" after a figure and its parts applies to all of them
    const about: (string | null)[] = drafts.map(() => null);
    for (let k = 0; k < drafts.length; k++) {
      if (parent[k] !== null) continue;
      let last = k;
      while (last + 1 < drafts.length && parent[last + 1] !== null) last++;
      const a = aboutAfter(c, drafts[last].to);
      for (let m = k; m <= last; m++) about[m] = a ?? (m === k ? null : aboutAfter(c, drafts[m].to));
    }
    const base = out.length;
    drafts.forEach((d, k) => {
      const start = tokens[d.from].start;
      const end = tokens[d.to - 1].end - d.trim;
      const { source, hedge } = sourceOf(c, d, start, quotes, mentions);
      const spans: Span[] = hedgesCovering(hedges, start, end);
      if (hedge && !spans.some((h) => h.start === hedge.start)) spans.push(hedge);
      spans.sort((a, b) => a.start - b.start);
      partRefs.push(parent[k] === null ? null : base + parent[k]!);
      out.push({
        start, end, text: text.slice(start, end),
        value: d.value, min: d.min, max: d.max, qualifier: d.qualifier,
        unit: d.unit, unitText: d.unitText, currency: d.currency, percentOf: d.percentOf,
        partOf: null, about: about[k], source, hedges: spans, section: s.section, rule: d.rule,
      });
    });
  }
  // ids in start order (sentences are in order, so `out` already is)
  const figures = out.map((f, i) => ({ id: `f${i + 1}`, ...f }));
  partRefs.forEach((p, i) => {
    if (p === null) return;
    const f = figures[i];
    f.partOf = figures[p].id;
    // "12 of them", "of whom 200": a part without its own unit counts the whole's unit
    if (f.unit === null && f.currency === null) {
      f.unit = figures[p].unit;
      f.unitText = figures[p].unitText;
    }
  });
  return figures;

  /** Who gives the figure (its quote's speaker, else its clause's subject) and the hedge its cue adds. */
  function sourceOf(c: ReadContext, d: Draft, start: number, qs: readonly Quote[], ms: readonly Entity[]) {
    const q = quoteAt(qs, start);
    let hedge: Span | null = null;
    if (q?.cue && lex.hedging.has(lex.verbs.get(q.cue.text.toLowerCase()) ?? '')) hedge = { start: q.cue.start, end: q.cue.end, text: q.cue.text };
    const at = attributionFor(c, d, ms, lex.vagueHeads);
    if (at?.verb && lex.hedging.has(lex.verbs.get(at.verb.norm) ?? '')) hedge ??= { start: at.verb.start, end: at.verb.end, text: at.verb.text };
    const sp = q?.speaker;
    // the clause's own subject wins over an unnamed speaker it contains ("intelligence" → "intelligence reports")
    if (sp && !(at && !sp.named && at.span.start <= sp.start && sp.end <= at.span.end && at.span.end - at.span.start > sp.end - sp.start)) {
      return { source: { name: sp.name, entity: sp.entity, vague: !sp.named, quote: q!.id }, hedge };
    }
    if (!at?.source) return { source: null, hedge };
    return { source: { ...at.source, quote: q?.id ?? null }, hedge };
  }
}

/** The `figures` stage. */
export const figures = defineStage({
  name: 'figures',
  requires: ['tokens', 'entities', 'quotes', 'hedges'],
  produces: 'figures',
  run: ({ source, layers, lexicon, report }) => extractFigures(source.text, layers, lexicon, report),
});
