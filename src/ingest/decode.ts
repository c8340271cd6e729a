/**
 * Bytes → text: UTF-8 with or without BOM, UTF-16 with BOM; invalid bytes become U+FFFD with a
 * diagnostic; CRLF (and a lone CR) becomes LF. Nothing else changes, so offsets index the file.
 */
import type { Diagnostic } from '../types.js';

/** Input that is not text at all. */
export class InputError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * Decodes a file's bytes; throws `InputError` for binary input. A byte-order mark decides first;
 * then `charset` (from an HTTP header or an HTML `<meta charset>`) when given; else UTF-8.
 */
export function decode(bytes: Uint8Array, label = 'input', charset: string | null = null): { text: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let encoding = 'utf-8';
  let offset = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) offset = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) (encoding = 'utf-16le'), (offset = 2);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) (encoding = 'utf-16be'), (offset = 2);
  else if (charset) encoding = charset.trim().toLowerCase();
  const body = bytes.subarray(offset);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
  } catch {
    diagnostics.push({ code: 'W_UNKNOWN_CHARSET', message: `unknown character set "${charset}"; read as UTF-8`, stage: 'ingest', start: null, end: null });
    encoding = 'utf-8';
    decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
  }
  const kind = magicKind(body);
  if (kind) throw new InputError('E_BINARY_INPUT', `${label} is a ${kind} file, not text; save the article as text, Markdown or HTML first`);
  // UTF-16 text is full of zero bytes, so the binary test only applies to 8-bit encodings
  if (!encoding.startsWith('utf-16') && looksLikeUtf16(body)) {
    throw new InputError('E_BINARY_INPUT', `${label} looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)`);
  }
  if (!encoding.startsWith('utf-16') && looksBinary(body)) {
    throw new InputError('E_BINARY_INPUT', `${label} looks like a binary file, not text; give claimtrace a text, Markdown, HTML or JSONL article`);
  }
  let text = WINDOWS_1252_LABELS.has(encoding) ? decodeWindows1252(body) : decoder.decode(body);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  const bad = countReplacements(text) - countReplacementsIn(body, encoding);
  if (bad > 0) {
    const first = text.indexOf('\uFFFD');
    diagnostics.push({
      code: 'E_INVALID_BYTES',
      message: `${bad} invalid ${encoding.toUpperCase()} byte sequence(s) were replaced by U+FFFD; is the file in another encoding?`,
      stage: 'ingest',
      start: first,
      end: first + 1,
    });
  }
  return { text, diagnostics };
}

/** The `charset` of an HTML page's `<meta charset>` or `http-equiv` tag, from its first 2 KB. */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1] : null;
}

/** The `charset` parameter of a Content-Type header. */
export function charsetOf(contentType: string): string | null {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType);
  return m ? m[1] : null;
}

/**
 * Labels that the WHATWG Encoding Standard maps to windows-1252. Node 20's TextDecoder decodes
 * them as ISO-8859-1, turning curly quotes and the euro sign (0x80-0x9F) into control characters.
 */
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'latin1', 'l1', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'iso-ir-100', 'us-ascii', 'ascii', 'ansi_x3.4-1968', 'cp819', 'ibm819', 'csisolatin1']);
/** windows-1252 code points for bytes 0x80-0x9F (0 = undefined, kept as the C1 control). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    const chunk = Array.from(bytes.subarray(i, i + 4096), (b) => (b >= 0x80 && b < 0xa0 && CP1252_HIGH[b - 0x80] ? CP1252_HIGH[b - 0x80] : b));
    out += String.fromCharCode(...chunk);
  }
  return out;
}

/** File signatures of formats people may try to feed in by mistake. */
const MAGIC: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP (or Word/OpenDocument)', [0x50, 0x4b, 0x03, 0x04]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['gzip', [0x1f, 0x8b]],
];

function magicKind(bytes: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return name;
  return null;
}

/** Mostly-ASCII UTF-16 has a zero in every other byte: at odd positions (LE) or even ones (BE). */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  return (odd > 0.4 * half && even === 0) || (even > 0.4 * half && odd === 0);
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  const control = controlBytes(bytes, n);
  return control < 0 || (n > 0 && control / n > 0.1);
}

/**
 * Control bytes among the first `n` (-1 at a NUL). A function of its own so that V8, which compiles
 * the loop mid-run, has seen its exit before: inline, the code after the loop deoptimised on every file.
 */
function controlBytes(bytes: Uint8Array, n: number): number {
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return -1;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** U+FFFD characters that were really in the input (EF BF BD in UTF-8), not decoding errors. */
function countReplacementsIn(bytes: Uint8Array, encoding: string): number {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    let n = 0;
    const [hi, lo] = encoding === 'utf-16le' ? [1, 0] : [0, 1];
    for (let i = 0; i + 1 < bytes.length; i += 2) if (bytes[i + hi] === 0xff && bytes[i + lo] === 0xfd) n++;
    return n;
  }
  if (encoding !== 'utf-8' && encoding !== 'utf8') return 0;
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
}
