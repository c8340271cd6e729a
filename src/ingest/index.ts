/**
 * Inputs → sources: files (by extension), directories (recursively), standard input (`-`), JSONL
 * batches and http(s) URLs. A bad input becomes an error item; the others are still read.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Source } from '../types.js';
import { decode, InputError } from './decode.js';
import { fromHtml } from './html.js';
import { fromMarkdown, fromText, type Meta } from './text.js';
import { fetchUrl } from './url.js';

export { InputError } from './decode.js';

/** One input read: a source, or the reason it could not be read. */
export type InputItem = { label: string; source: Source } | { label: string; error: InputError };

/** Options for reading inputs. */
export interface ReadOptions {
  published?: string | null;
  outlet?: string | null;
  allowPrivateNetwork?: boolean;
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

/** Parses a JSONL batch: one `{id?, url?, title?, published?, outlet?, text | html}` per line. */
export function* parseJsonl(text: string, label: string, opts: ReadOptions = {}): Generator<InputItem> {
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
      origin: { path: label === '-' ? null : label, url: typeof rec.url === 'string' ? rec.url : null, id: rec.id != null ? String(rec.id) : null },
      title: typeof rec.title === 'string' ? rec.title : null,
      published: typeof rec.published === 'string' ? rec.published : opts.published ?? null,
      outlet: typeof rec.outlet === 'string' ? rec.outlet : opts.outlet ?? null,
    };
    const body = (typeof rec.text === 'string' ? rec.text : rec.html).replace(/\r\n?/g, '\n');
    try {
      emptyCheck(body, where);
      yield { label: rec.id != null ? `${label}#${rec.id}` : where, source: sourceFrom(typeof rec.text === 'string' ? 'text' : 'html', body, meta) };
    } catch (err) {
      yield { label: where, error: err as InputError };
    }
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile() && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) yield p;
  }
}

async function* fromBytes(bytes: Uint8Array, label: string, path: string | null, opts: ReadOptions): AsyncGenerator<InputItem> {
  try {
    const { text, diagnostics } = decode(bytes, label);
    if (path && JSONL_EXT.has(extname(path).toLowerCase())) {
      yield* parseJsonl(text, label, opts);
      return;
    }
    emptyCheck(text, label);
    const meta: Meta = { origin: { path }, published: opts.published ?? null, outlet: opts.outlet ?? null };
    yield { label, source: sourceFrom(formatOf(path ?? '', text), text, meta, diagnostics) };
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
        const page = await fetchUrl(arg, { allowPrivateNetwork: !!opts.allowPrivateNetwork });
        const meta: Meta = { origin: { url: page.url }, published: opts.published ?? null, outlet: opts.outlet ?? null };
        const { text, diagnostics } = decode(page.body, arg);
        emptyCheck(text, arg);
        const format = /html/i.test(page.contentType) || /^\s*</.test(text) ? 'html' : /markdown/i.test(page.contentType) ? 'markdown' : 'text';
        yield { label: arg, source: sourceFrom(format, text, meta, diagnostics) };
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
        yield* readFileItem(file, opts);
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
    bytes = await readFile(path);
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
