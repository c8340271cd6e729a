/** Test helpers for the quotes stage: run it on hand-written text and render one line per quote. */
import { toSource } from '../../pipeline/analyze.js';
import { buildStructure } from '../../nlp/structure.js';
import { tokenize } from '../../nlp/tokens.js';
import type { Diagnostic, Entity, Quote, UserLexicon } from '../../types.js';
import { extractQuotes } from './extract.js';

/** Runs structure, tokens and the quotes extractor (entities given by hand, none by default). */
export function quotesOf(text: string, options: { entities?: Entity[]; lexicon?: UserLexicon } = {}): { quotes: Quote[]; diagnostics: Diagnostic[]; text: string } {
  const source = toSource(text);
  const structure = buildStructure(source);
  const tokens = tokenize(source.text, structure);
  const diagnostics: Diagnostic[] = [];
  const report = (code: string, message: string, start: number | null = null, end: number | null = null) => diagnostics.push({ code, message, stage: 'quotes', start, end });
  const quotes = extractQuotes({ text: source.text, structure, tokens, entities: options.entities ?? [], lexicon: options.lexicon, report });
  return { quotes, diagnostics, text: source.text };
}

/** `quote 12-40 direct "We will not resign" speaker=Smith (quotes/cue-after)`, with span, via and cue when they say more. */
export function render(q: Quote): string {
  let sp = 'speaker=-';
  if (q.speaker) {
    sp = `speaker=${q.speaker.name}`;
    if (q.speaker.text !== q.speaker.name) sp += `<${q.speaker.text}>`;
    if (!q.speaker.named) sp += ' unnamed';
    if (q.speaker.country) sp += ` ${q.speaker.country}`;
    if (q.speaker.entity) sp += ` ${q.speaker.entity}`;
  }
  const via = q.via ? ` via=${q.via.name}` : '';
  const parts = q.parts.length > 1 ? ` parts=${q.parts.map((p) => `${p.start}-${p.end}`).join(',')}` : '';
  const section = q.section === 'body' ? '' : ` [${q.section}]`;
  return `quote ${q.start}-${q.end} ${q.kind} ${JSON.stringify(q.text)}${parts} ${sp}${via} cue=${q.cue?.text ?? '-'}${section} (${q.rule})`;
}

/** The rendered lines of a text's quotes. */
export function lines(text: string, options: { entities?: Entity[]; lexicon?: UserLexicon } = {}): string[] {
  return quotesOf(text, options).quotes.map(render);
}
