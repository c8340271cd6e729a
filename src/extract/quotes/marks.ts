/**
 * Quotation marks → quoted segments, block by block. Straight, curly and guillemet double quotes
 * everywhere, `''...''` (typewriter doubled apostrophes), and single quotes in headline-like blocks
 * (title, summary, heading), where news style uses them instead of double quotes.
 *
 * A quote left open at the end of a paragraph continues when the next paragraph opens with a quote
 * mark (the convention for multi-paragraph quotes). A quote left open at the end of a body line
 * also continues when the next line follows after a single line break and its first mark closes
 * the quote: text written one sentence per line (as some sites and corpora do) runs a quote over
 * several lines that are one paragraph. Otherwise it is unclosed. Unbalanced or stray
 * marks become problems for the caller to report, and scanning goes on with the next mark, so one
 * bad mark never hides the rest of the article's quotes.
 */
import type { Block } from '../../types.js';

/** A quoted stretch inside one block. */
export interface Segment {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote runs on into the next paragraph. */
  close: number;
  /** Offset just after the closing mark (the block end when there is none). */
  closeEnd: number;
  /** Content, trimmed of surrounding spaces (no marks). */
  start: number;
  end: number;
  block: number;
  /** Index of the segment this one continues (paragraph-spanning quote), or -1. */
  continues: number;
  single: boolean;
}

/** A problem with the marks. */
export interface MarkProblem {
  code: 'E_UNCLOSED_QUOTE' | 'E_STRAY_QUOTE';
  message: string;
  start: number;
  end: number;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const HEADLINE = new Set(['title', 'summary', 'heading']);

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\u00a0';
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

interface Mark {
  at: number;
  len: number;
  type: 'open' | 'close' | 'straight';
}

/** The double-quote marks of a block (doubled apostrophes count as one straight mark). */
const DOUBLE_MARK = /["“”„«»]|''/g;

/** Every double-quote mark of the text, in one regex pass (doubled apostrophes count as one straight mark). */
function doubleMarks(text: string): Mark[] {
  const out: Mark[] = [];
  DOUBLE_MARK.lastIndex = 0;
  for (let m = DOUBLE_MARK.exec(text); m; m = DOUBLE_MARK.exec(text)) {
    const c = m[0];
    if (c === '"' || c === "''") out.push({ at: m.index, len: c.length, type: 'straight' });
    else if (OPENERS.has(c)) out.push({ at: m.index, len: 1, type: 'open' });
    else out.push({ at: m.index, len: 1, type: 'close' });
  }
  return out;
}

/** Whether a mark reads as an opening one from its neighbours (space or bracket before, text after). */
function looksOpening(text: string, m: Mark, blockStart: number): boolean {
  const before = m.at > blockStart ? text[m.at - 1] : undefined;
  const after = text[m.at + m.len];
  return (isSpace(before) || /[([{—–-]/.test(before ?? '')) && !isSpace(after);
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && (isSpace(text[end - 1]) || text[end - 1] === ',')) end--;
  return [start, end];
}

function opensWithMark(text: string, block: Block): boolean {
  const c = text[block.start];
  return c === '"' || OPENERS.has(c) || (c === "'" && text[block.start + 1] === "'");
}

/** Index of the first mark at or after an offset. */
function nextMark(all: readonly Mark[], offset: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].at < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether only one line break (and no blank line) separates two offsets. */
function singleBreak(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n') breaks++;
    else if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return breaks === 1;
}

/**
 * Whether a quote open at the end of body block `b` runs on: the next double mark closes it, and
 * every line up to that mark's line is a body line after a single line break.
 */
function runsOnTo(text: string, all: readonly Mark[], blocks: readonly Block[], b: number): boolean {
  const m = all[nextMark(all, blocks[b].end)];
  if (!m || !(m.type === 'close' || m.type === 'straight')) return false;
  for (let k = b + 1; k < blocks.length; k++) {
    const prev = blocks[k - 1];
    const cur = blocks[k];
    if (prev.kind !== 'body' || cur.kind !== 'body' || !singleBreak(text, prev.end, cur.start)) return false;
    if (m.at < cur.end) return m.at >= cur.start && (m.type === 'close' || !looksOpening(text, m, cur.start));
  }
  return false;
}

/** Single-quoted stretches in a headline-like block (apostrophes inside words are not marks). */
function singleSegments(text: string, block: Block, blockIndex: number, inDouble: (i: number) => boolean): Segment[] {
  const out: Segment[] = [];
  let open = -1;
  for (let i = block.start; i < block.end; i++) {
    const c = text[i];
    if (c !== '‘' && c !== '’' && c !== "'") continue;
    if (text[i + 1] === "'" || text[i - 1] === "'") continue;
    if (inDouble(i)) continue;
    const before = i > block.start ? text[i - 1] : undefined;
    const after = text[i + 1];
    if (open < 0) {
      if ((c === '‘' || c === "'") && (isSpace(before) || /[(:—–-]/.test(before ?? '')) && isWordChar(after)) open = i;
    } else if ((c === '’' || c === "'") && !isWordChar(after) && !isSpace(before)) {
      const [s, e] = trimmed(text, open + 1, i);
      if (e > s) out.push({ open, close: i, closeEnd: i + 1, start: s, end: e, block: blockIndex, continues: -1, single: true });
      open = -1;
    }
  }
  return out;
}

/** Finds the quoted segments of every block, with the problems found on the way. */
export function findSegments(text: string, blocks: readonly Block[]): { segments: Segment[]; problems: MarkProblem[] } {
  const segments: Segment[] = [];
  const problems: MarkProblem[] = [];
  let carry = -1; // segment left open at the end of the previous block
  let onNextLine = false; // ... and it runs on into the next line, which has no mark of its own to open it
  const all = doubleMarks(text);
  let next = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    while (next < all.length && all[next].at < block.start) next++;
    if (block.kind === 'sources') continue;
    const marks: Mark[] = [];
    while (next < all.length && all[next].at < block.end) marks.push(all[next++]);
    const first = segments.length;
    // a quote running on from the previous line opens where this line starts (no mark there)
    let open: Mark | null = onNextLine ? { at: block.start, len: 0, type: 'open' } : null;
    onNextLine = false;
    const unclosed = (m: Mark) =>
      problems.push({ code: 'E_UNCLOSED_QUOTE', message: 'quotation mark opened here is never closed; the text after it is read as unquoted', start: m.at, end: m.at + m.len });
    const push = (o: Mark, closeAt: number, contentEnd: number, closeEnd: number) => {
      const [s, e] = trimmed(text, o.at + o.len, contentEnd);
      const continues = carry >= 0 && o.at === block.start ? carry : -1;
      if (continues >= 0) carry = -1;
      if (e > s) segments.push({ open: o.at, close: closeAt, closeEnd, start: s, end: e, block: b, continues, single: false });
    };
    for (const m of marks) {
      if (!open) {
        if (m.type === 'close' && !looksOpening(text, m, block.start)) {
          problems.push({ code: 'E_STRAY_QUOTE', message: 'closing quotation mark without an opening one; ignored', start: m.at, end: m.at + m.len });
        } else if (m.type === 'straight' && !looksOpening(text, m, block.start) && isSpace(text[m.at + m.len]) && m.at > block.start) {
          problems.push({ code: 'E_STRAY_QUOTE', message: 'closing quotation mark without an opening one; ignored', start: m.at, end: m.at + m.len });
        } else open = m;
      } else if (m.type === 'open' || (m.type === 'straight' && open.type !== 'straight' && looksOpening(text, m, block.start))) {
        unclosed(open);
        open = m;
      } else {
        push(open, m.at, m.at, m.at + m.len);
        open = null;
      }
    }
    // a carry this block did not take up ends here, unless the run-on quote spans the whole line
    if (carry >= 0 && !(open && open.len === 0 && open.at === block.start)) carry = -1;
    if (open) {
      // (a read past the end would deoptimise this function: compiled code assumes in-bounds reads)
      const next = b + 1 < blocks.length ? blocks[b + 1] : undefined;
      if (next && next.kind !== 'sources' && opensWithMark(text, next)) {
        push(open, -1, block.end, block.end);
        if (segments.length > first) carry = segments.length - 1;
      } else if (next && runsOnTo(text, all, blocks, b)) {
        push(open, -1, block.end, block.end);
        if (segments.length > first) {
          carry = segments.length - 1;
          onNextLine = true;
        }
      } else unclosed(open);
    }
    if (HEADLINE.has(block.kind)) {
      const doubles = segments.slice(first);
      const inDouble = (i: number) => doubles.some((s) => i >= s.open && i <= (s.close < 0 ? block.end : s.close));
      const singles = singleSegments(text, block, b, inDouble);
      if (singles.length) {
        segments.push(...singles);
        const tail = segments.splice(first).sort((x, y) => x.open - y.open);
        segments.push(...tail);
        if (carry >= 0) carry = segments.findIndex((s) => s.close < 0 && s.block === b);
      }
    }
  }
  return { segments, problems };
}
