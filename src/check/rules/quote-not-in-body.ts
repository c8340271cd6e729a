/**
 * `quote-not-in-body`: words the headline, summary or a heading puts in quotation marks that the
 * body never has, with the closest body passage as related span so the reader sees what was
 * actually said. Quoted words come from the quotes layer (direct and partial quotes in those
 * sections) and from the quotation marks themselves (a headline's scare-quoted phrase is still
 * presented as someone's words). Matching is on words, ignoring case, punctuation and quote
 * marks; an ellipsis or a bracketed insertion splits the quote into pieces that must each occur.
 */
import type { Offsets } from '../../types.js';
import { defineRule, type Draft } from '../rule.js';
import { clip, sectionName, type CheckContext } from '../context.js';
import { closestPassage, containsSequence, STOP, wordIndex, wordsOf, type Word } from '../words.js';

/**
 * Quoted passages in headline text: “…”, "…", ‘…’ (curly single quotes only: straight ones are apostrophes).
 * (The ‘ comes before its look-behind, no letter or digit before it: every alternative then opens with a
 * literal mark, which lets the regex engine skip ahead to the next mark instead of testing each position.)
 */
const QUOTED = /“([^”\n]{2,300})”|"([^"\n]{2,300})"|‘(?<![\p{L}\p{N}]‘)([^’\n]{2,300}?)’(?![\p{L}\p{N}])/gu;
/** A quote needs this many content words to be checked (one-word scare quotes are too noisy). */
const MIN_CONTENT_WORDS = 2;
/** A "heading" of several sentences ('"I don't think so," she said. "It's changing."') is a short body paragraph misread as a heading. */
const SEVERAL_SENTENCES = /[.!?]["'”’]*\s+["'“‘]*[A-Za-z]/;
/** The body must be at least this long to tell what it lacks. */
const MIN_BODY_CHARS = 100;

/** Words of the body sections, split like the quoted words (`wordsOf`), so "isn't" meets "isn't". */
function bodyWords(ctx: CheckContext): Word[] {
  const out: Word[] = [];
  for (const s of ctx.layers.structure.sections) if (s.kind === 'body') for (const w of wordsOf(ctx.analysisText, s.start, s.end)) out.push(w);
  return out;
}

/** The rule. */
export const quoteNotInBody = defineRule({
  id: 'quote-not-in-body',
  severity: 'error',
  description: 'The headline, summary or a heading quotes words that appear nowhere in the body.',
  example: {
    bad: 'Mayor vows to "shut down the port"\n\nThe mayor said she would "review the port\'s licence" next year.',
    good: 'Mayor vows to "review the port\'s licence"\n\nThe mayor said she would "review the port\'s licence" next year.',
  },
  check(ctx) {
    if (ctx.bodyChars < MIN_BODY_CHARS) return [];
    const text = ctx.analysisText;
    const spans: Offsets[] = [];
    for (const q of ctx.layers.quotes) {
      if (!(q.kind === 'direct' || q.kind === 'partial') || !ctx.isHeadline(q.start)) continue;
      const s = ctx.layers.structure.sections.find((x) => q.start >= x.start && q.start < x.end);
      if (s?.kind === 'heading' && SEVERAL_SENTENCES.test(text.slice(s.start, s.end))) continue;
      spans.push({ start: q.start, end: q.end });
    }
    for (const s of ctx.layers.structure.sections) {
      if (s.kind !== 'title' && s.kind !== 'summary' && s.kind !== 'heading') continue;
      const slice = text.slice(s.start, s.end);
      if (s.kind === 'heading' && SEVERAL_SENTENCES.test(slice)) continue;
      for (const m of slice.matchAll(QUOTED)) {
        const inner = m[1] ?? m[2] ?? m[3];
        const start = s.start + m.index! + 1;
        const span = { start, end: start + inner.length };
        if (!spans.some((x) => x.start < span.end && span.start < x.end)) spans.push(span);
      }
    }
    if (!spans.length) return [];
    // the quotes to check, with their words, before reading the body: the body's word index then
    // only needs the words some quote has (the only words looked up in it)
    const checks: { span: Offsets; quoted: string; words: string[]; pieces: string[][] }[] = [];
    const wanted = new Set<string>();
    for (const span of spans.sort((a, b) => a.start - b.start)) {
      const quoted = text.slice(span.start, span.end);
      const words = wordsOf(quoted).map((w) => w.w);
      if (words.filter((w) => !STOP.has(w)).length < MIN_CONTENT_WORDS) continue;
      const pieces = quoted.split(/\.\.\.|…|\[[^\]]*\]/).map((p) => wordsOf(p).map((w) => w.w)).filter((p) => p.length);
      checks.push({ span, quoted, words, pieces });
      for (const w of words) wanted.add(w);
      for (const p of pieces) for (const w of p) wanted.add(w);
    }
    if (!checks.length) return [];
    const out: Draft[] = [];
    // body words once, normalised like the quoted words (`wordsOf`)
    const body = bodyWords(ctx);
    const idx = wordIndex(body, wanted);
    for (const { span, quoted, words, pieces } of checks) {
      if (pieces.every((p) => containsSequence(body, idx, p))) continue;
      const near = closestPassage(body, idx, words);
      const where = sectionName(ctx.sectionAt(span.start));
      const close = near && near.score >= 0.25 ? near.span : null;
      out.push({
        start: span.start,
        end: span.end,
        message: close
          ? `The ${where} quotes “${clip(quoted, 50)}”, but the body never has these words; the closest is “${clip(ctx.text.slice(close.start, close.end), 70)}”.`
          : `The ${where} quotes “${clip(quoted, 50)}”, but nothing like these words appears in the body.`,
        related: close ? [close] : [],
      });
    }
    return out;
  },
});
