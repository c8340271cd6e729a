/**
 * Inputs → sources: files (by extension), directories (recursively), standard input (`-`), JSONL
 * batches and http(s) URLs. A bad input becomes an error item; the others are still read.
 */
import { readdir, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Source } from '../types.js';
import { charsetOf, decode, InputError, sniffHtmlCharset } from './decode.js';
import { fromHtml } from './html.js';
import { fromMarkdown, fromText, type Meta } from './text.js';
import { fetchUrl, type FetchOptions, type Page } from './url.js';

export { InputError } from './decode.js';

/** One input read: a source, or the reason it could not be read. */
export type InputItem = { label: string; source: Source } | { label: string; error: InputError };

/** Options for reading inputs. */
export interface ReadOptions {
  published?: string | null;
  outlet?: string | null;
  allowPrivateNetwork?: boolean;
  /** Timeout, size cap, redirect limit and resolver for URLs (defaults in url.ts). */
  fetch?: Omit<FetchOptions, 'allowPrivateNetwork'>;
  /** Reads standard input (injected by tests). */
  stdin?: () => Promise<Uint8Array>;
}

const TEXT_EXT = new Set(['.txt', '.text', '']);
const MD_EXT = new Set(['.md', '.markdown', '.mdown']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
/** Extensions a directory walk picks up. */
export const ARTICLE_EXTENSIONS = new Set([...TEXT_EXT, ...MD_EXT, ...HTML_EXT, ...JSONL_EXT].filter(Boolean));

/** Builds a source from text whose format is known. */
export function sourceFrom(format: 'text' | 'markdown' | 'html', text: string, meta: Meta, diagnostics = [] as Source['diagnostics']): Source {
  if (format === 'html') return fromHtml(text, meta, diagnostics);
  if (format === 'markdown') return fromMarkdown(text, meta, diagnostics);
  return fromText(text, meta, diagnostics);
}

function formatOf(path: string, text: string): 'text' | 'markdown' | 'html' {
  const ext = extname(path).toLowerCase();
  if (MD_EXT.has(ext)) return 'markdown';
  if (HTML_EXT.has(ext)) return 'html';
  if (!ext && /^\s*<(?:!doctype\s+html|html)\b/i.test(text)) return 'html';
  return 'text';
}

function emptyCheck(text: string, label: string): void {
  if (!text.trim()) throw new InputError('E_EMPTY_INPUT', `${label} is empty; give claimtrace an article with some text`);
}

/** Builds a source and refuses HTML pages in which no text was found. */
function checkedSource(format: 'text' | 'markdown' | 'html', text: string, meta: Meta, label: string, diagnostics: Source['diagnostics']): Source {
  let source: Source;
  try {
    source = sourceFrom(format, text, meta, diagnostics);
  } catch (err) {
    // a parser bug on one odd page must not stop a batch
    throw new InputError('E_INGEST_FAILED', `${label}: could not be read as ${format} (${(err as Error).message}); please report this with the file`);
  }
  if (format === 'html' && !source.text.trim()) {
    throw new InputError('E_EMPTY_INPUT', `${label}: no article text found in this HTML page`);
  }
  return source;
}

/** Whether text read without a file name (standard input) is a JSONL batch: its first line is a JSON object with `text` or `html`. */
function looksLikeJsonl(text: string): boolean {
  const first = text.trimStart().split('\n', 1)[0].trim();
  if (!first.startsWith('{') || !first.endsWith('}')) return false;
  try {
    const rec = JSON.parse(first);
    return !!rec && (typeof rec.text === 'string' || typeof rec.html === 'string');
  } catch {
    return false;
  }
}

/** Parses a JSONL batch: one `{id?, url?, title?, published?, outlet?, text | html}` per line. */
export function* parseJsonl(text: string, label: string, opts: ReadOptions = {}, path: string | null = label): Generator<InputItem> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `${label}:${i + 1}`;
    let rec: any;
    try {
      rec = JSON.parse(line);
    } catch (err) {
      yield { label: where, error: new InputError('E_BAD_JSONL', `${where}: not valid JSON (${(err as Error).message}); each line must be one JSON object`) };
      continue;
    }
    if (!rec || typeof rec !== 'object' || (typeof rec.text !== 'string' && typeof rec.html !== 'string')) {
      yield { label: where, error: new InputError('E_BAD_JSONL', `${where}: each line needs a "text" or "html" string field`) };
      continue;
    }
    const meta: Meta = {
      origin: { path, url: typeof rec.url === 'string' ? rec.url : null, id: rec.id != null ? String(rec.id) : null },
      title: typeof rec.title === 'string' ? rec.title : null,
      published: typeof rec.published === 'string' ? rec.published : opts.published ?? null,
      outlet: typeof rec.outlet === 'string' ? rec.outlet : opts.outlet ?? null,
    };
    const body = (typeof rec.text === 'string' ? rec.text : rec.html).replace(/\r\n?/g, '\n');
    try {
      emptyCheck(body, where);
      yield { label: rec.id != null ? `${label}#${rec.id}` : where, source: checkedSource(typeof rec.text === 'string' ? 'text' : 'html', body, meta, where, []) };
    } catch (err) {
      yield { label: where, error: err as InputError };
    }
  }
}

/** What a Content-Type header says the body is; null for types that are no article. */
function formatOfType(contentType: string): 'text' | 'markdown' | 'html' | 'jsonl' | null {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (!type) return null;
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (/^application\/(?:x-)?(?:ndjson|jsonl|jsonlines|json-seq)$/.test(type)) return 'jsonl';
  if (type.startsWith('text/')) return 'text';
  return null;
}

/** A fetched page → sources: the Content-Type decides the format (sniffed only when it is missing). */
function* fromPage(page: Page, label: string, opts: ReadOptions): Generator<InputItem> {
  const type = page.contentType.split(';')[0].trim();
  let format = formatOfType(page.contentType);
  if (!format && type && type !== 'application/octet-stream') {
    throw new InputError('E_UNSUPPORTED_TYPE', `${label}: the server sent ${type}, not an article (HTML, text or Markdown)`);
  }
  const charset = charsetOf(page.contentType) ?? (format !== 'text' && format !== 'markdown' ? sniffHtmlCharset(page.body) : null);
  const { text, diagnostics } = decode(page.body, label, charset);
  emptyCheck(text, label);
  format ??= /^\s*<(?:!doctype\s+html|html|head|body)\b/i.test(text) ? 'html' : 'text';
  if (format === 'jsonl') {
    yield* parseJsonl(text, label, opts, null);
    return;
  }
  const meta: Meta = { origin: { url: page.url }, published: opts.published ?? null, outlet: opts.outlet ?? null };
  yield { label, source: checkedSource(format, text, meta, label, diagnostics) };
}

/** Article files under a directory, in name order; a sub-directory that cannot be read is yielded as an error. */
async function* walk(dir: string): AsyncGenerator<string | InputError> {
  let entries;
  try {
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    yield new InputError('E_UNREADABLE', `${dir}: directory cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); check its permissions`);
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (!ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) continue;
    else if (e.isFile()) yield p;
    // a link to an article file counts; links to directories are not followed (no cycles)
    else if (e.isSymbolicLink() && (await stat(p).then((s) => s.isFile(), () => false))) yield p;
  }
}

async function* fromBytes(bytes: Uint8Array, label: string, path: string | null, opts: ReadOptions): AsyncGenerator<InputItem> {
  try {
    let { text, diagnostics } = decode(bytes, label);
    if ((path && JSONL_EXT.has(extname(path).toLowerCase())) || (!path && looksLikeJsonl(text))) {
      yield* parseJsonl(text, label, opts, path);
      return;
    }
    emptyCheck(text, label);
    const format = formatOf(path ?? '', text);
    const charset = format === 'html' ? sniffHtmlCharset(bytes) : null;
    if (charset && !/^utf-?8$/i.test(charset)) ({ text, diagnostics } = decode(bytes, label, charset));
    const meta: Meta = { origin: { path }, published: opts.published ?? null, outlet: opts.outlet ?? null };
    yield { label, source: checkedSource(format, text, meta, label, diagnostics) };
  } catch (err) {
    if (err instanceof InputError) yield { label, error: err };
    else throw err;
  }
}

/** Reads every input argument in order; errors are yielded, never thrown. */
export async function* readInputs(args: readonly string[], opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  for (const arg of args) {
    if (arg === '-') {
      const read = opts.stdin ?? readStdin;
      yield* fromBytes(await read(), 'standard input', null, opts);
      continue;
    }
    if (/^https?:\/\//i.test(arg)) {
      try {
        const page = await fetchUrl(arg, { ...opts.fetch, allowPrivateNetwork: !!opts.allowPrivateNetwork });
        yield* fromPage(page, arg, opts);
      } catch (err) {
        if (err instanceof InputError) yield { label: arg, error: err };
        else yield { label: arg, error: new InputError('E_FETCH', `${arg}: ${(err as Error).message}`) };
      }
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch {
      yield { label: arg, error: new InputError('E_NOT_FOUND', `${arg}: no such file or directory; check the path`) };
      continue;
    }
    if (info.isDirectory()) {
      let any = false;
      for await (const file of walk(arg)) {
        any = true;
        if (file instanceof InputError) yield { label: arg, error: file };
        else yield* readFileItem(file, opts);
      }
      if (!any) yield { label: arg, error: new InputError('E_EMPTY_DIR', `${arg}: no article files (.txt, .md, .html, .jsonl) in this directory`) };
    } else {
      yield* readFileItem(arg, opts);
    }
  }
}

async function* readFileItem(path: string, opts: ReadOptions): AsyncGenerator<InputItem> {
  let bytes: Uint8Array;
  try {
    // small files: a synchronous read is much cheaper than an async file handle per article
    bytes = readFileSync(path);
  } catch (err) {
    yield { label: path, error: new InputError('E_UNREADABLE', `${path}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); check its permissions`) };
    return;
  }
  yield* fromBytes(bytes, path, path, opts);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
