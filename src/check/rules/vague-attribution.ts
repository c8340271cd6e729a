/**
 * `vague-attribution`: a claim credited to nobody in particular: "reports indicate", "analysts
 * suggest", "sources say", "according to reports", "some say". One finding per attribution
 * phrase, whether the quotes layer found it (an unnamed speaker whose head is a vague source) or
 * the phrase scan did (the `vagueSources` + `attributionVerbs` lexicon, see ../lexicon.ts). A
 * source qualified by a name or a possessive ("Pentagon analysts", "the agency's experts") is
 * specific enough and not flagged; words inside someone's quote are the speaker's, not the
 * article's, and not flagged either.
 */
import type { Offsets, Token } from '../../types.js';
import type { CheckLexicon } from '../lexicon.js';
import { defineRule, type Draft } from '../rule.js';
import { clip, inQuoteMarks, type CheckContext } from '../context.js';

const DETERMINER = /^(?:the|this|that|these|those|its|his|her|their|our|whose)$/i;

/**
 * "the preliminary report indicated", "this latest study shows": a determiner before one or two
 * adjectives points back to a source the article has already named, like "the report" does.
 */
function determinedAcrossAdjectives(ctx: CheckContext, sentence: { firstToken: number; endToken: number }, start: number): boolean {
  const { tokens } = ctx.layers.tokens;
  let i = sentence.firstToken;
  while (i < sentence.endToken && tokens[i].start < start) i++;
  if (i >= sentence.endToken || tokens[i].start !== start) return false;
  let k = i - 1;
  let adjectives = 0;
  while (k >= sentence.firstToken && tokens[k].pos === 'ADJ' && adjectives < 2) {
    k--;
    adjectives++;
  }
  return adjectives > 0 && k >= sentence.firstToken && DETERMINER.test(tokens[k].text);
}

/** Whether the words before a vague head name who it is ("Pentagon analysts", "the agency's experts"). */
function qualified(ctx: CheckContext, start: number): boolean {
  const sentence = ctx.sentenceAt(start);
  const from = Math.max(sentence ? sentence.start : 0, start - 40);
  const before = ctx.analysisText.slice(from, start);
  const m = /(\S+)\s+$/.exec(before);
  if (!m) return false;
  const prev = m[1];
  if (/['’]s$|s['’]$/.test(prev)) return true;
  if (sentence && determinedAcrossAdjectives(ctx, sentence, start)) return true;
  // a determiner or possessive pronoun points back to a source already named ("the report says")
  if (/^(?:the|this|that|these|those|its|his|her|their|our|whose)$/i.test(prev)) return true;
  if (!/^[A-Z]/.test(prev) || /^(?:The|Some|Many|Several|Other|Others|Most|According|But|And|Yet|Meanwhile|However|Still|Also|Now|While|As|In)$/.test(prev)) return false;
  // a capitalised word names the source ("Pentagon analysts"); at a sentence start only if tagged a proper noun
  const isFirst = before.slice(0, m.index).trim() === '' && (!sentence || from === sentence.start);
  if (!isFirst || !sentence) return true;
  const at = from + m.index;
  const { tokens } = ctx.layers.tokens;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) if (tokens[i].start === at) return tokens[i].pos === 'PROPN';
  return false;
}

const AUX = new Set(['have', 'has', 'had', 'would', 'may', 'might']);
const ACCORDING_QUALIFIERS = new Set(['some', 'unconfirmed', 'media', 'news', 'press']);

/** The longest sequence of `seqs` (by first word) matching the tokens at `i`, as its end index. */
function seqAt(toks: readonly Token[], i: number, seqs: CheckLexicon['headSeqs']): number {
  const list = toks[i] ? seqs.get(toks[i].norm) : undefined;
  if (!list) return -1;
  for (let l = 0; l < list.length; l++) {
    const seq = list[l];
    let k = 1;
    while (k < seq.length && toks[i + k]?.norm === seq[k] && toks[i + k].sentence === toks[i].sentence) k++;
    if (k === seq.length) return i + k;
  }
  return -1;
}

/** Whether token `j` exists and is in token `i`'s sentence (a plain function: no closure per call in the hot loop). */
function same(toks: readonly Token[], i: number, j: number): boolean {
  return j < toks.length && toks[j].sentence === toks[i].sentence;
}

/** A vague attribution phrase starting at token `i`: its end offset, head and verb. */
function matchPhrase(toks: readonly Token[], i: number, lex: CheckLexicon): { end: number; headStart: number; head: string; verb: string | null } | null {
  if (toks[i].norm === 'according' && same(toks, i, i + 1) && toks[i + 1].norm === 'to') {
    let j = i + 2;
    let h = seqAt(toks, j, lex.headSeqs);
    if (h < 0 && same(toks, i, j) && ACCORDING_QUALIFIERS.has(toks[j].norm)) h = seqAt(toks, ++j, lex.headSeqs);
    if (h < 0 || !same(toks, i, h - 1)) return null;
    // "according to reports" is a whole phrase only when the head ends there ("reports by X" is named later)
    return { end: toks[h - 1].end, headStart: toks[j].start, head: toks.slice(j, h).map((t) => t.norm).join(' '), verb: null };
  }
  const h = seqAt(toks, i, lex.headSeqs);
  if (h < 0 || !same(toks, i, h)) return null;
  let v = h;
  if (AUX.has(toks[v].norm) && same(toks, i, v + 1)) v++;
  const e = seqAt(toks, v, lex.verbSeqs);
  if (e < 0) return null;
  return { end: toks[e - 1].end, headStart: toks[i].start, head: toks.slice(i, h).map((t) => t.norm).join(' '), verb: toks.slice(v, e).map((t) => t.norm).join(' ') };
}

/** "a new report by Politico", "reports from the agency": the source is named right after. */
function namedAfter(ctx: CheckContext, end: number): boolean {
  return /^\s*(?:by|from|of|at|in)\s+(?:the\s+)?[A-Z]/.test(ctx.analysisText.slice(end, end + 40));
}

const PLURAL_HEAD = /s$|^(?:some|many|few|people|some people|many people)$/i;
const SINGULAR_VERB = /^(?:says|suggests|indicates|reveals|shows|claims|believes|estimates|warns|argues|contends|alleges|notes|thinks|fears|confirms|agrees)$/i;
const PLURAL_VERB = /^(?:say|suggest|indicate|reveal|show|claim|believe|estimate|warn|argue|contend|allege|note|think|fear|confirm|agree)$/i;

/** Subject–verb agreement of a vague head and its verb (past tenses agree with anything). */
function agrees(head: string, verb: string): boolean {
  const h = head.trim().split(/\s+/).pop() ?? '';
  const plural = PLURAL_HEAD.test(h) && !/ss$/.test(h);
  const v = verb.toLowerCase().replace(/\s+/g, ' ');
  if (plural && SINGULAR_VERB.test(v)) return false;
  if (!plural && PLURAL_VERB.test(v)) return false;
  return true;
}

/** Whether an offset is inside a direct or partial quote (someone else's words). */
function inQuote(ctx: CheckContext, start: number, end: number): boolean {
  const q = ctx.quoteAt(start, end);
  return !!q && (q.kind === 'direct' || q.kind === 'partial');
}

/** A character of a head word: a-z or an apostrophe (straight or curly). */
function isHeadChar(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 39 || c === 0x2019;
}

/**
 * The last word of a lower-cased speaker text: its last run of a-z and apostrophes, curly ones
 * straightened (what replacing every other character by a space and taking the last word gives,
 * without building the intermediate strings).
 */
function headOf(lower: string): string {
  let end = lower.length;
  while (end > 0 && !isHeadChar(lower.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isHeadChar(lower.charCodeAt(start - 1))) start--;
  const w = lower.slice(start, end);
  return w.indexOf('’') >= 0 ? w.replace(/’/g, "'") : w;
}

/** Records a finding for `span` unless one overlaps it, or it is in the source list or in someone's quote. */
function add(ctx: CheckContext, found: Draft[], span: Offsets, related: Offsets[]): void {
  for (const f of found) if (f.start < span.end && span.start < f.end) return;
  if (ctx.sectionAt(span.start) === 'sources' || inQuote(ctx, span.start, span.end) || inQuoteMarks(ctx, span.start, span.end)) return;
  const phrase = ctx.text.slice(span.start, span.end);
  found.push({ start: span.start, end: span.end, message: `“${clip(phrase, 40)}” does not say who is behind the claim; name the source.`, related });
}

/** The rule. */
export const vagueAttribution = defineRule({
  id: 'vague-attribution',
  severity: 'warning',
  description: 'A claim is credited only to "reports", "analysts", "sources" or "some", so the reader cannot tell who says it.',
  example: {
    bad: 'Reports suggest the factory will close in March.',
    good: 'The company said in a filing on Monday that the factory will close in March.',
  },
  check(ctx) {
    const found: Draft[] = [];
    // 1. speakers the quotes layer found
    for (const q of ctx.layers.quotes) {
      const s = q.speaker;
      if (!s || s.named) continue;
      const lower = s.text.toLowerCase();
      if (!ctx.lexicon.vagueHeads.has(headOf(lower)) && !ctx.lexicon.vagueHeads.has(lower)) continue;
      if (/[’']s\b/.test(s.text) || /\s[A-Z]/.test(s.text.trim()) || qualified(ctx, s.start) || namedAfter(ctx, s.end)) continue;
      // "the report", "their analysts": pointing back to a source already named
      if (/^(?:the|this|that|these|those|its|his|her|their|our)\s/i.test(s.text.trim())) continue;
      // only attributions ("analysts say"), not what a vague group saw or did
      if (q.cue && !ctx.lexicon.verbs.has(q.cue.text.toLowerCase())) continue;
      let span: Offsets = { start: s.start, end: s.end };
      const c = q.cue;
      if (c) {
        const gap = c.start >= s.end ? ctx.analysisText.slice(s.end, c.start) : ctx.analysisText.slice(c.end, s.start);
        if (/^\s*(?:(?:have|has|had|would|may|might)\s+)?$|^\s*$/.test(gap)) span = { start: Math.min(s.start, c.start), end: Math.max(s.end, c.end) };
      }
      add(ctx, found, span, [{ start: q.start, end: q.end }]);
    }
    // 2. the phrase scan, for what the quotes layer missed: token sequences matched against the
    // lexicon ("<vague source> [aux] <verb>", "according to [some|media ...] <vague source>"),
    // from the tokens that may start one (a char-code test in the context's shared token walk)
    const toks = ctx.layers.tokens.tokens;
    const lex = ctx.lexicon;
    const starts = ctx.tokenMarks().phraseStarts;
    for (let n = 0; n < starts.length; n++) {
      const i = starts[n];
      const m = matchPhrase(toks, i, lex);
      if (!m) continue;
      const start = toks[i].start;
      const end = m.end;
      if (qualified(ctx, m.headStart)) continue;
      // "a new report by Politico", "reports from the agency": the source is named after all
      if (namedAfter(ctx, end)) continue;
      // a head that does not agree with the verb is not its subject ("an analysis of reports shows")
      if (m.verb && !agrees(m.head, m.verb)) continue;
      const sentence = ctx.sentenceAt(start);
      let from = end;
      while (from < ctx.text.length && /[\s,]/.test(ctx.text[from])) from++;
      const rest = sentence ? { start: from, end: sentence.end } : null;
      add(ctx, found, { start, end }, rest && rest.end > rest.start ? [rest] : []);
    }
    return found;
  },
});
