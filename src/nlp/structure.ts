/**
 * The `structure` stage: splits the text into blocks (title, summary bullets, headings, body
 * paragraphs, the trailing source list) before any sentence splitting, because wink-nlp's
 * sentence splitter would merge a headline or bullet into the next sentence.
 *
 * Plain text has no markup, so line breaks are read the way a person reads them: a break after a
 * line with no closing punctuation, followed by a lower-case word or a digit, is a hard wrap and
 * is joined (in `analysisText`, offsets unchanged); a short unpunctuated line followed by a
 * capitalised line is a heading; `- `, `* `, `• `, `1. ` start bullets.
 */
import { defineStage } from '../pipeline/stage.js';
import type { Block, ListedSource, Offsets, Section, SectionKind, Source, Structure } from '../types.js';

/** Lines that open a trailing source list; each later line is one listed source. */
export const SOURCE_LIST_HEADERS: readonly RegExp[] = [
  /^(?:the\s+)?sources?(?:\s+for\s+(?:this|the)\s+(?:article|story|report))?(?:\s+(?:include|includes|used|cited))?\s*:?\s*$/i,
  /^(?:read\s+more|references|further\s+reading|see\s+also|more\s+on\s+this(?:\s+story)?|related(?:\s+(?:articles|stories|coverage))?)\s*:?\s*$/i,
];

const BULLET = /^[ \t]*(?:[-*•–—▪●◦]|\d{1,2}[.)])[ \t]+/;
const MD_HEADING = /^[ \t]{0,3}(#{1,6})[ \t]+/;
const TERMINAL = /[.!?:;…"”’»)\]]$/;
const HEADING_MAX_CHARS = 110;
const HEADING_MAX_WORDS = 14;
const LISTED_SOURCE_MAX_CHARS = 160;

interface Line extends Offsets {
  /** Where the content starts after bullet or heading markup. */
  contentStart: number;
  bullet: boolean;
  mdHeading: number;
  blank: boolean;
}

function splitLines(text: string, skip: readonly Offsets[]): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const start = pos;
    let end = nl;
    pos = nl + 1;
    if (skip.some((s) => start >= s.start && end <= s.end)) {
      if (nl >= text.length) break;
      continue;
    }
    const raw = text.slice(start, end);
    let contentStart = start + (raw.length - raw.trimStart().length);
    while (end > contentStart && /\s/.test(text[end - 1])) end--;
    const bulletMatch = BULLET.exec(raw);
    const headingMatch = MD_HEADING.exec(raw);
    if (bulletMatch) contentStart = start + bulletMatch[0].length;
    if (headingMatch) contentStart = start + headingMatch[0].length;
    lines.push({
      start,
      end,
      contentStart: Math.min(contentStart, end),
      bullet: !!bulletMatch,
      mdHeading: headingMatch ? headingMatch[1].length : 0,
      blank: end <= contentStart,
    });
    if (nl >= text.length) break;
  }
  return lines;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * A syndication credit ("This article was originally published by X at Y", "First appeared on Y",
 * "Republished with permission"): a line of the article's provenance, not a heading over what follows,
 * in the wording republishing guidelines ask for (e.g. Creative Commons' and The Conversation's).
 */
const CREDIT = /\b(?:(?:originally|first) (?:published|appeared|posted|ran)|republished|reprinted|reproduced|with (?:kind )?permission)\b/i;

function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= HEADING_MAX_CHARS && wordCount(t) <= HEADING_MAX_WORDS && !TERMINAL.test(t) && !/[,–—-]$/.test(t);
}

function startsLikeContinuation(text: string): boolean {
  return /^[a-z0-9(\[$€£%]/.test(text) || /^[“"‘'](?=[a-z])/.test(text);
}

/** Splits the source into blocks, reading markup where the format has it. */
export function findBlocks(source: Source): { blocks: Block[]; joins: number[] } {
  const text = source.text;
  const lines = splitLines(text, source.skip ?? []);
  const markdown = source.format === 'markdown';
  const hintKind = (l: Line): SectionKind | null => {
    for (const h of source.hints) if (l.contentStart >= h.start && l.contentStart < h.end) return h.kind;
    return null;
  };
  const blocks: (Block & { heading: boolean; lines: number })[] = [];
  const joins: number[] = [];
  let prev: Line | null = null;
  // After a source-list header every line is its own entry: never join them.
  let inSourceList = false;
  for (const line of lines) {
    if (line.blank) {
      prev = null;
      continue;
    }
    const content = text.slice(line.contentStart, line.end);
    const cur = blocks[blocks.length - 1];
    const prevContent = prev ? text.slice(prev.contentStart, prev.end) : '';
    const hinted = hintKind(line);
    let join = false;
    if (prev && SOURCE_LIST_HEADERS.some((re) => re.test(prevContent))) inSourceList = true;
    if (prev && cur && !inSourceList && !/^\S+\.[a-z]{2,}\S*$/i.test(prevContent) && !line.bullet && !line.mdHeading && !prev.mdHeading && !hinted) {
      if (markdown || source.format === 'html') join = true;
      else if (!TERMINAL.test(prevContent)) {
        if (startsLikeContinuation(content) || /[,–—-]$/.test(prevContent)) join = true;
        else if (!(cur.lines === 1 && looksLikeHeading(prevContent))) join = true;
      }
    }
    if (join && cur) {
      // the line break (and indentation) becomes spaces in analysisText
      joins.push(prev!.end);
      cur.end = line.end;
      cur.lines++;
    } else {
      blocks.push({
        start: line.contentStart,
        end: line.end,
        kind: hinted ?? (line.mdHeading ? 'heading' : 'body'),
        bullet: line.bullet,
        heading: !!line.mdHeading || hinted === 'heading' || hinted === 'title',
        lines: 1,
      });
    }
    prev = line;
  }
  return { blocks: classify(text, blocks, source), joins };
}

function classify(text: string, blocks: (Block & { heading: boolean; lines: number })[], source: Source): Block[] {
  const hinted = source.hints.length > 0;
  // Title: the first block, when it reads as one and more follows.
  if (blocks.length > 1 && !hinted) {
    const first = blocks[0];
    const t = text.slice(first.start, first.end);
    const manySentences = /[.!?]["”’]?\s+[A-Z“"]/.test(t);
    if (!first.bullet && t.length <= 220 && !(t.endsWith('.') && manySentences)) first.kind = 'title';
  } else if (blocks.length > 1 && source.format === 'markdown' && blocks[0].heading) {
    blocks[0].kind = 'title';
  }
  if (source.format === 'markdown') {
    const firstTitle = blocks.findIndex((b) => b.kind === 'title');
    if (firstTitle < 0 && blocks[0]?.heading) blocks[0].kind = 'title';
  }
  // Source list: a header line in the last part, then short lines to the end.
  for (let i = Math.max(1, blocks.length - 40); i < blocks.length; i++) {
    const t = text.slice(blocks[i].start, blocks[i].end);
    if (!SOURCE_LIST_HEADERS.some((re) => re.test(t))) continue;
    const rest = blocks.slice(i + 1);
    if (rest.length === 0 || rest.length > 30) continue;
    if (!rest.every((b) => b.end - b.start <= LISTED_SOURCE_MAX_CHARS)) continue;
    for (const b of blocks.slice(i)) b.kind = 'sources';
    break;
  }
  // Summary: bullets right after the title, before the first paragraph.
  let i = blocks[0]?.kind === 'title' ? 1 : 0;
  while (i < blocks.length && blocks[i].bullet && blocks[i].kind === 'body') blocks[i++].kind = 'summary';
  // Headings in plain text: short unpunctuated one-line blocks followed by a body block.
  for (let j = 1; j < blocks.length - 1; j++) {
    const b = blocks[j];
    if (b.kind !== 'body' || b.bullet || b.lines > 1) continue;
    const next = blocks[j + 1];
    if (next.kind !== 'body' && next.kind !== 'heading') continue;
    // (a credit line stays a block of its own, as a heading would, but is no heading: body)
    if (looksLikeHeading(text.slice(b.start, b.end)) && source.format === 'text' && !CREDIT.test(text.slice(b.start, b.end))) b.kind = 'heading';
  }
  return blocks.map(({ start, end, kind, bullet }) => ({ start, end, kind, bullet }));
}

/** Strips bullets and URL decoration from a source-list line to name the source. */
export function sourceName(line: string): string {
  return line
    .trim()
    .replace(/^(?:https?:\/\/)?(?:www\.)?/i, '')
    .replace(/\/$/, '')
    .trim();
}

/** Builds the `structure` layer from a source. */
export function buildStructure(source: Source): Structure {
  const { blocks, joins } = findBlocks(source);
  const sections: Section[] = blocks.map((b) => ({ kind: b.kind, start: b.start, end: b.end }));
  const listedSources: ListedSource[] = [];
  const sourceBlocks = blocks.filter((b) => b.kind === 'sources');
  for (const b of sourceBlocks.slice(1)) {
    const t = source.text.slice(b.start, b.end);
    listedSources.push({ name: sourceName(t), start: b.start, end: b.end, text: t });
  }
  return { blocks, sections, listedSources, analysisText: joinLines(source.text, joins) };
}

const isBreak = (c: number) => c === 10 || c === 32 || c === 9 || c === 13;

/** The text with the whitespace run at each join made of spaces (same length, same offsets). */
function joinLines(text: string, joins: readonly number[]): string {
  if (!joins.length) return text;
  const parts: string[] = [];
  let from = 0;
  for (const j of [...joins].sort((a, b) => a - b)) {
    if (j < from) continue;
    let k = j;
    while (k < text.length && isBreak(text.charCodeAt(k))) k++;
    if (k === j) continue;
    parts.push(text.slice(from, j), ' '.repeat(k - j));
    from = k;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** The `structure` stage. */
export const structure = defineStage({
  name: 'structure',
  requires: [],
  produces: 'structure',
  run: ({ source }) => buildStructure(source),
});
