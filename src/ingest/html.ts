/**
 * HTML → `Source`: the article body via `@mozilla/readability` on a `linkedom` DOM (parsed only;
 * linkedom never runs scripts or loads resources), with title, byline, publication date and
 * outlet from Readability, `<meta>` tags and JSON-LD.
 *
 * `document.text` is built here, so it is shaped for the structure stage: the title, a blank
 * line, then one block per paragraph separated by blank lines; headings and list items each on
 * their own line (list items with a `• ` or `1. ` marker, so they read as bullets); `<br>` is a
 * line break inside its block. Whitespace inside a block collapses as a browser would. Headings
 * and the title are passed on as `hints`, links as `links` with offsets into the built text.
 */
import { createRequire } from 'node:module';
import type { Diagnostic, Link, Section, Source } from '../types.js';
import { fromText, isoDate, type Meta } from './text.js';

type Libraries = { Readability: typeof import('@mozilla/readability').Readability; parseHTML: typeof import('linkedom').parseHTML };
let libraries: Libraries | null = null;

/**
 * Loads linkedom and Readability on the first HTML document: importing linkedom takes about a
 * third of a second, which a run over plain text should not pay at start-up.
 */
function libs(): Libraries {
  if (!libraries) {
    const require = createRequire(import.meta.url);
    libraries = { Readability: require('@mozilla/readability').Readability, parseHTML: require('linkedom').parseHTML };
  }
  return libraries;
}

/** An HTML source, with the byline that `Source` has no field for yet. */
export type HtmlSource = Source & { byline: string | null };

/** Elements whose content is never article text. */
const SKIP = new Set(['title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'button', 'select', 'input', 'textarea', 'option']);
/** Extra elements dropped when Readability gives up and the whole body is read. */
const FALLBACK_SKIP = new Set(['nav', 'header', 'footer', 'aside', 'form', 'dialog']);
/** Elements that start a block of their own (a new paragraph in the built text). */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'pre', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption',
  'address', 'details', 'summary', 'fieldset', 'hgroup', 'body', 'html', 'center', 'form', 'dialog',
]);
const HEADING = /^h[1-6]$/;
/** Below this, Readability's pick is no better than the page body without its chrome. */
const MIN_ARTICLE_CHARS = 200;
/** HTML whitespace plus no-break spaces, which would only confuse the tokenizer. */
const SPACE_RUN = /[\t\n\f\r \u00a0]+/g;

type Break = 0 | 1 | 2;

interface OpenBlock {
  tag: string;
  start: number;
  /** Position of `len` when the block opened (did anything get written inside it?). */
  openedAt: number;
}

/** Writes DOM text into one string, tracking offsets for hints and links. */
class TextBuilder {
  parts: string[] = [];
  len = 0;
  /** End of the last non-space character written. */
  lastEnd = 0;
  private pendingBreak: Break = 0;
  private pendingSpace = false;
  private pendingSep = '';
  private marker = '';
  private blocks: OpenBlock[] = [];
  private anchors: { href: string; start: number }[] = [];
  readonly hints: Section[] = [];
  readonly links: Link[] = [];
  private lists: { ordered: boolean; n: number }[] = [];

  constructor(private readonly base: string | null) {}

  private raise(b: Break): void {
    if (b > this.pendingBreak) this.pendingBreak = b;
  }

  private append(s: string): void {
    this.parts.push(s);
    this.len += s.length;
  }

  /** Writes a run of non-space text, with whatever break, marker or space is pending before it. */
  private content(s: string): void {
    if (this.len > 0 && this.pendingBreak) this.append(this.pendingBreak === 2 ? '\n\n' : '\n');
    else if (this.len > 0 && this.pendingSep && !this.atLineStart()) this.append(this.pendingSep);
    else if (this.len > 0 && this.pendingSpace && !this.atLineStart()) this.append(' ');
    if (this.pendingBreak || this.len === 0) {
      if (this.marker) this.append(this.marker);
    }
    this.marker = '';
    this.pendingBreak = 0;
    this.pendingSpace = false;
    this.pendingSep = '';
    for (const b of this.blocks) if (b.start < 0) b.start = this.len;
    for (const a of this.anchors) if (a.start < 0) a.start = this.len;
    this.append(s);
    this.lastEnd = this.len;
  }

  private atLineStart(): boolean {
    const last = this.parts[this.parts.length - 1];
    return !last || last.endsWith('\n');
  }

  /** Adds a text node's data, collapsing whitespace (kept as line breaks inside `<pre>`). */
  text(data: string, pre: boolean): void {
    if (pre) {
      const lines = data.split('\n');
      lines.forEach((line, i) => {
        if (i > 0) this.lineBreak();
        this.text(line, false);
      });
      return;
    }
    const norm = data.replace(SPACE_RUN, ' ');
    if (norm.startsWith(' ')) this.pendingSpace = true;
    const core = norm.trim();
    if (core) this.content(core);
    if (core && norm.endsWith(' ')) this.pendingSpace = true;
  }

  /** `<br>`: a new line inside the block. */
  lineBreak(): void {
    if (this.len > 0) this.raise(1);
  }

  /** `<hr>`: whatever follows starts a new paragraph. */
  paragraphBreak(): void {
    if (this.len > 0) this.raise(2);
  }

  /** A table cell after the first in its row is separated by ` | `. */
  cell(): void {
    const row = this.blocks[this.blocks.length - 1];
    if (row && row.start >= 0) this.pendingSep = ' | ';
  }

  openBlock(tag: string): void {
    const top = this.blocks[this.blocks.length - 1];
    const fresh = top && top.start < 0; // nothing written since the enclosing block opened
    if (tag === 'ul' || tag === 'ol') this.lists.push({ ordered: tag === 'ol', n: 0 });
    if (tag === 'li') {
      const list = this.lists[this.lists.length - 1];
      if (list) list.n++;
      this.marker = list?.ordered ? `${list.n}. ` : '• ';
      this.raise(1);
    } else if (!fresh) {
      this.raise(2);
    }
    this.blocks.push({ tag, start: -1, openedAt: this.len });
  }

  closeBlock(): void {
    const b = this.blocks.pop();
    if (!b) return;
    if (b.tag === 'ul' || b.tag === 'ol') this.lists.pop();
    if (b.start < 0) {
      if (b.tag === 'li') this.marker = '';
      return;
    }
    if (HEADING.test(b.tag) && this.lastEnd > b.start) this.hints.push({ kind: 'heading', start: b.start, end: this.lastEnd });
    this.raise(b.tag === 'li' ? 1 : 2);
  }

  openAnchor(href: string | null): boolean {
    const resolved = href ? resolveHref(href, this.base) : null;
    if (!resolved) return false;
    this.anchors.push({ href: resolved, start: -1 });
    return true;
  }

  closeAnchor(): void {
    const a = this.anchors.pop();
    if (a && a.start >= 0 && this.lastEnd > a.start) this.links.push({ href: a.href, start: a.start, end: this.lastEnd, text: '' });
  }

  toString(): string {
    return this.parts.join('');
  }
}

function resolveHref(href: string, base: string | null): string | null {
  const h = href.trim();
  if (!h || /^(?:javascript|data|vbscript):/i.test(h)) return null;
  try {
    return base ? new URL(h, base).href : new URL(h).href;
  } catch {
    return h; // relative link with no base URL known: keep as written
  }
}

/** Walks a DOM subtree into the builder. */
function walk(node: any, out: TextBuilder, skip: Set<string>, pre = false): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      out.text(child.data ?? child.textContent ?? '', pre);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = String(child.localName ?? child.tagName ?? '').toLowerCase();
    if (SKIP.has(tag) || skip.has(tag) || child.hidden || child.getAttribute?.('aria-hidden') === 'true') continue;
    if (tag === 'br') {
      out.lineBreak();
      continue;
    }
    if (tag === 'hr') {
      out.paragraphBreak();
      continue;
    }
    if (tag === 'td' || tag === 'th') out.cell();
    const block = BLOCK.has(tag);
    const anchor = tag === 'a' && out.openAnchor(child.getAttribute('href'));
    if (block) out.openBlock(tag);
    walk(child, out, skip, pre || tag === 'pre');
    if (block) out.closeBlock();
    if (anchor) out.closeAnchor();
  }
}

const clean = (s: unknown): string | null => {
  if (typeof s !== 'string') return null;
  const t = s.replace(SPACE_RUN, ' ').trim();
  return t || null;
};

/** Metadata found in `<meta>` tags and JSON-LD. */
interface PageMeta {
  title: string | null;
  published: string | null;
  outlet: string | null;
  byline: string | null;
}

/** `<meta>` names and properties that carry a publication date, most specific first. */
const DATE_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'parsely-pub-date', 'sailthru.date',
  'citation_publication_date', 'citation_date',
];
const OUTLET_META = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];
const TITLE_META = ['og:title', 'twitter:title', 'dc.title'];
const AUTHOR_META = ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author'];

function readMeta(document: any): PageMeta {
  const meta = new Map<string, string>();
  for (const el of document.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const value = clean(el.getAttribute('content') ?? el.getAttribute('datetime'));
    if (key && value && !meta.has(key)) meta.set(key, value);
  }
  const pick = (keys: string[], ok: (v: string) => boolean = () => true) => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v && ok(v)) return v;
    }
    return null;
  };
  const ld = readJsonLd(document);
  const timeEl = document.querySelector('time[itemprop="datePublished"], time[pubdate]');
  const published =
    isoDate(ld.published) ?? isoDate(pick(DATE_META, (v) => isoDate(v) !== null)) ?? isoDate(clean(timeEl?.getAttribute('datetime')));
  const notUrl = (v: string) => !/^https?:\/\//i.test(v) && !v.startsWith('@');
  return {
    title: pick(TITLE_META) ?? ld.title,
    published,
    outlet: pick(OUTLET_META, notUrl) ?? ld.outlet,
    byline: pick(AUTHOR_META, notUrl) ?? ld.byline,
  };
}

const ARTICLE_TYPE = /Article|BlogPosting|Report|WebPage|Posting/i;

/** Reads `datePublished`, `publisher.name`, `headline` and `author.name` from JSON-LD blocks. */
function readJsonLd(document: any): { published: string | null; outlet: string | null; title: string | null; byline: string | null } {
  const found = { published: null as string | null, outlet: null as string | null, title: null as string | null, byline: null as string | null };
  const nodes: any[] = [];
  const collect = (x: any) => {
    if (Array.isArray(x)) x.forEach(collect);
    else if (x && typeof x === 'object') {
      nodes.push(x);
      if (x['@graph']) collect(x['@graph']);
    }
  };
  for (const el of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(el.textContent ?? ''));
    } catch {
      // broken JSON-LD is common on the web; the page's <meta> tags still count
    }
  }
  const typeOf = (n: any) => [].concat(n['@type'] ?? []).join(' ');
  const ordered = [...nodes.filter((n) => ARTICLE_TYPE.test(typeOf(n))), ...nodes];
  const nameOf = (x: any): string | null => {
    const first = Array.isArray(x) ? x[0] : x;
    return typeof first === 'string' ? clean(first) : clean(first?.name);
  };
  for (const n of ordered) {
    found.published ??= clean(n.datePublished) ?? null;
    found.outlet ??= nameOf(n.publisher);
    found.title ??= clean(n.headline) ?? null;
    found.byline ??= nameOf(n.author);
  }
  return found;
}

/** Drops a trailing " - Site Name" or " | Site Name" from a title. */
function stripSiteName(title: string, site: string | null): string {
  if (!site) return title;
  const m = /^(.+?)\s+[-|–—·:]\s+(.+)$/.exec(title);
  if (m && m[2].toLowerCase() === site.toLowerCase() && m[1].split(' ').length >= 2) return m[1];
  return title;
}

function cleanByline(b: string | null): string | null {
  const t = clean(b);
  return t ? t.replace(/^by\s+/i, '').trim() || null : null;
}

/** Builds a source from an HTML page: title, a blank line, then the article text. */
export function fromHtml(html: string, meta: Meta = {}, diagnostics: Diagnostic[] = []): HtmlSource {
  const base = meta.origin?.url ?? null;
  const { document } = parseDocument(html);
  const page = readMeta(document);
  const docTitle = clean(document.title) ?? clean(document.querySelector('title')?.textContent);
  const { Readability } = libs();
  let article: ReturnType<InstanceType<Libraries['Readability']>['parse']> = null;
  try {
    article = new Readability(document as any, { serializer: (node: any) => node }).parse();
  } catch (err) {
    diagnostics.push({ code: 'W_READABILITY', message: `Readability failed (${(err as Error).message}); the whole page text was used`, stage: 'ingest', start: null, end: null });
  }
  const extracted = clean(article?.textContent);
  let body = article?.content && extracted && extracted.length >= MIN_ARTICLE_CHARS ? build(article.content, base, new Set()) : null;
  if (!body) {
    // Readability gives up on short pages (or keeps their menus): read the page's own body,
    // minus navigation and chrome.
    const fresh = parseDocument(html).document as any;
    // linkedom makes an empty <body> when the markup has none: then read the whole document
    const root = clean(fresh.body?.textContent) ? fresh.body : fresh.documentElement;
    body = build(root, base, FALLBACK_SKIP);
    if (!body.text.trim()) body = build(root, base, new Set());
  }
  const outlet = clean(page.outlet ?? article?.siteName);
  const rawTitle = clean(meta.title) ?? clean(page.title) ?? clean(article?.title) ?? docTitle;
  const title = rawTitle ? stripSiteName(rawTitle, outlet) : null;

  const byline = cleanByline(article?.byline ?? null) ?? cleanByline(page.byline);
  // The body often opens with the headline again, and Readability keeps the byline line when it
  // retries a short page: drop those leading blocks (the title is kept once, as the title).
  let text = body.text;
  let cut = 0;
  for (let k = 0; k < 2; k++) {
    const endOfBlock = text.indexOf('\n\n', cut);
    const block = clean(text.slice(cut, endOfBlock < 0 ? text.length : endOfBlock))?.toLowerCase();
    const isTitle = !!title && block === title.toLowerCase();
    const isByline = !!byline && (block === byline.toLowerCase() || block === `by ${byline.toLowerCase()}`);
    if (!block || !(isTitle || isByline) || endOfBlock < 0) break;
    cut = endOfBlock + 2;
  }
  text = text.slice(cut);
  let shift = -cut;
  const hints: Section[] = [];
  if (title) {
    const head = title + '\n\n';
    text = head + text;
    shift += head.length;
    hints.push({ kind: 'title', start: 0, end: title.length });
  }
  const moved = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + shift, end: x.end + shift });
  for (const h of body.hints) if (h.start >= cut) hints.push(moved(h));
  const links = body.links
    .filter((l) => l.start >= cut)
    .map(moved)
    .map((l) => ({ href: l.href, start: l.start, end: l.end, text: text.slice(l.start, l.end) }));

  // byte-level diagnostics pointed into the raw page, not into the built text
  const diags = diagnostics.map((d) => (d.stage === 'ingest' ? { ...d, start: null, end: null } : d));
  const source = fromText(text, { ...meta, title, published: meta.published ?? page.published ?? article?.publishedTime ?? null, outlet: meta.outlet ?? outlet }, diags) as HtmlSource;
  source.format = 'html';
  source.hints = hints;
  source.links = links;
  source.byline = byline;
  return source;
}

/** Parses markup into a DOM; linkedom needs an `<html>` element to build a document around fragments. */
function parseDocument(html: string): { document: any } {
  return libs().parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html>${html}</html>`);
}

/** Builds the text of one DOM subtree. */
function build(root: any, base: string | null, skip: Set<string>): { text: string; hints: Section[]; links: Link[] } {
  const out = new TextBuilder(base);
  if (root) walk(root, out, skip);
  const text = out.toString();
  return { text, hints: out.hints, links: out.links };
}
