/**
 * The `figures` stage: every reported number with what it counts, its bounds and qualifier, its
 * currency or percentage base, the figure it is part of, whom it is about, who gives it and which
 * epistemic hedges cover it.
 *
 * One walk over the document's tokens finds where a figure can start (numbers, currency signs,
 * number and quantity words); at each such token `readFigure` tries to read a number there
 * (skipping years, dates, times, phone numbers, ages, model names and labels such as "Section
 * 230"); the drafts of a sentence are then linked (part–whole, "among ...") and attributed, first
 * from the quote the figure sits in (quotes layer), then from its clause's attribution verb.
 */
import { defineStage } from '../../pipeline/stage.js';
import type { Entity, Figure, FigureSource, Hedge, Layers, Offsets, Quote, Sentence, Span, Token, UserLexicon } from '../../types.js';
import { quoteAt } from '../quotes/lookup.js';
import { aboutAfter, attributionFor, hedgesCovering, isPartLink, type Attribution } from './attach.js';
import { compileLexicon, type CompiledLexicon } from './compile.js';
import { USER_KEYS } from './lexicon.js';
import { canState, resolvePronoun } from './sources.js';
import { figureStarts, readDrafts, type Draft, type ReadContext } from './read.js';

/**
 * Extracts the figures of a document from its layers. The work is split into small module-level
 * functions (one sentence, one figure at a time) so V8 optimises each once instead of recompiling
 * one huge function, and figures are built with their final shape (id first) from the start.
 */
export function extractFigures(
  text: string,
  layers: Pick<Layers, 'tokens' | 'entities' | 'quotes' | 'hedges'>,
  lexicon: UserLexicon = {},
  report: (code: string, message: string) => void = () => {},
): Figure[] {
  const lex = compileLexicon(lexicon);
  for (const p of lex.problems) report(p.code, p.message);
  const { tokens, sentences } = layers.tokens;
  // lower-cased forms (read many times per figure by index) and the tokens a figure may start at
  const { norms, starts } = figureStarts(tokens);
  const doc: DocInput = { text, tokens, norms, lex, quotes: layers.quotes, mentions: layers.entities, hedges: layers.hedges };
  const figures: Figure[] = [];
  const partRefs: (number | null)[] = [];
  // sentences and starts are both in token order: one cursor walks the starts
  let k = 0;
  for (const s of sentences) {
    while (k < starts.length && starts[k] < s.firstToken) k++;
    const from = k;
    while (k < starts.length && starts[k] < s.endToken) k++;
    if (k === from) continue;
    const c: ReadContext = { text, tokens, norms, first: s.firstToken, end: s.endToken, lex };
    const drafts = readDrafts(c, starts, from, k);
    if (drafts.length) sentenceFigures(doc, c, s, drafts, figures, partRefs);
  }
  for (let i = 0; i < partRefs.length; i++) {
    const p = partRefs[i];
    if (p === null) continue;
    const f = figures[i];
    f.partOf = figures[p].id;
    // "12 of them", "of whom 200": a part without its own unit counts the whole's unit
    if (f.unit === null && f.currency === null) {
      f.unit = figures[p].unit;
      f.unitText = figures[p].unitText;
    }
  }
  return figures;
}

/** What every sentence of a document shares. */
interface DocInput {
  text: string;
  tokens: readonly Token[];
  norms: readonly string[];
  lex: CompiledLexicon;
  /** Sorted by start (pipeline contract), as `quoteAt` needs. */
  quotes: readonly Quote[];
  mentions: readonly Entity[];
  hedges: readonly Hedge[];
}

/** Links a sentence's drafts (part–whole, "among ...") and appends them as figures (ids in start order). */
function sentenceFigures(doc: DocInput, c: ReadContext, s: Sentence, drafts: Draft[], figures: Figure[], partRefs: (number | null)[]): void {
  const { text, tokens } = doc;
  // part–whole: "4,700 casualties, including 600 dead"; "600 of them"
  const parent: (number | null)[] = new Array(drafts.length).fill(null);
  for (let k = 1; k < drafts.length; k++) if (isPartLink(c, drafts[k - 1], drafts[k])) parent[k] = parent[k - 1] !== null && drafts[k - 1].partMarker ? parent[k - 1] : k - 1;
  // "40 of the 100 senators": the whole comes after its part
  for (let k = 0; k + 1 < drafts.length; k++) if (drafts[k].wholeAfter && parent[k] === null && parent[k + 1] !== k) parent[k] = k + 1;
  // "among North Korean forces" after a figure and its parts applies to all of them
  const about: (string | null)[] = new Array(drafts.length).fill(null);
  for (let k = 0; k < drafts.length; k++) {
    if (parent[k] !== null) continue;
    let last = k;
    while (last + 1 < drafts.length && parent[last + 1] !== null) last++;
    const a = aboutAfter(c, drafts[last].to);
    for (let m = k; m <= last; m++) about[m] = a ?? (m === k ? null : aboutAfter(c, drafts[m].to));
  }
  const base = figures.length;
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    if (parent[k] === null && d.unit === null && d.currency === null) antecedentUnit(c, d);
    const start = tokens[d.from].start;
    const end = tokens[d.to - 1].end - d.trim;
    const q = quoteAt(doc.quotes, start);
    const found = attributionFor(c, d, doc.mentions, doc.lex.vagueHeads);
    // a subject that cannot state a figure makes no attribution ("gun violence claimed 11 lives"): no source, no hedge
    const at = found?.source && !canState(found.source, doc.lex, writtenWithDeterminer(text, found.span)) ? null : found;
    const hedge = sourceHedge(doc.lex, q, at);
    const spans: Span[] = hedgesCovering(c, d, doc.hedges, start, end);
    if (hedge && !spans.some((h) => h.start === hedge.start)) spans.push(hedge);
    spans.sort((a, b) => a.start - b.start);
    partRefs.push(parent[k] === null ? null : base + parent[k]!);
    figures.push({
      id: `f${figures.length + 1}`,
      start, end, text: text.slice(start, end),
      value: d.value, min: d.min, max: d.max, qualifier: d.qualifier,
      unit: d.unit, unitText: d.unitText, currency: d.currency, percentOf: d.percentOf,
      partOf: null, about: about[k], source: sourceOf(doc, q, at), hedges: spans, section: s.section, rule: d.rule,
    });
  }
}

/**
 * "new questions, two of which matter", "hated communists and killed millions of them": a part
 * with no figure before it to be part of counts the nearest plural noun before it in its sentence
 * (the antecedent of "which" / "them"). Sets the draft's unit in place.
 */
function antecedentUnit(c: ReadContext, d: Draft): void {
  const { tokens, norms } = c;
  if (!d.partMarker && !(d.from > c.first && (norms[d.from - 1] === 'whom' || norms[d.from - 1] === 'which'))) return;
  for (let k = d.from - 1; k >= c.first; k--) {
    const t = tokens[k];
    if (t.pos === 'NOUN' && t.lemma !== norms[k] && /[a-z]/.test(norms[k])) {
      d.unit = d.unitText = t.text;
      d.rule = 'figures/unit-antecedent';
      return;
    }
  }
}

/** The hedge an attribution cue adds ("estimates", "claimed"): the quote's cue first, else the clause's verb. */
function sourceHedge(lex: CompiledLexicon, q: Quote | null, at: Attribution | null): Span | null {
  if (q?.cue && lex.hedging.has(lex.verbs.get(q.cue.text.toLowerCase()) ?? '')) return { start: q.cue.start, end: q.cue.end, text: q.cue.text };
  if (at?.verb && lex.hedging.has(lex.verbs.get(at.verb.norm) ?? '')) return { start: at.verb.start, end: at.verb.end, text: at.verb.text };
  return null;
}

/**
 * Who gives the figure: its quote's speaker, else its clause's subject (always a fresh object of
 * one shape). A pronoun takes the name it stands for; a candidate that cannot state a figure
 * (a misread speaker or subject: "birther", "Kim's ability") gives way to the next one.
 */
function sourceOf(doc: DocInput, q: Quote | null, at: Attribution | null): FigureSource | null {
  const sp = q?.speaker;
  // the clause's own subject wins over an unnamed speaker it contains ("intelligence" → "intelligence reports")
  if (sp && !(at && !sp.named && at.span.start <= sp.start && sp.end <= at.span.end && at.span.end - at.span.start > sp.end - sp.start)) {
    const s = resolvePronoun({ name: sp.name, entity: sp.entity, vague: !sp.named, quote: q!.id }, sp, doc.quotes, doc.mentions);
    if (canState(s, doc.lex, s.name, sp.named)) return s;
  }
  if (!at?.source) return null;
  const s = resolvePronoun({ name: at.source.name, entity: at.source.entity, vague: at.source.vague, quote: q?.id ?? null }, at.span, doc.quotes, doc.mentions);
  return canState(s, doc.lex, writtenWithDeterminer(doc.text, at.span)) ? s : null;
}

const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|each|every|another)\s+$/i;

/** The subject phrase as written, with the determiner before it (the subject span leaves it out): a bare singular noun is no speaker. */
function writtenWithDeterminer(text: string, span: Offsets): string {
  const phrase = text.slice(span.start, span.end);
  return DETERMINER_BEFORE.test(text.slice(Math.max(0, span.start - 10), span.start)) ? `the ${phrase}` : phrase;
}

/** The `figures` stage. */
export const figures = defineStage({
  name: 'figures',
  requires: ['tokens', 'entities', 'quotes', 'hedges'],
  lexiconKeys: Object.values(USER_KEYS),
  produces: 'figures',
  run: ({ source, layers, lexicon, report }) => extractFigures(source.text, layers, lexicon, report),
});
