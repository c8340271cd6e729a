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

/** Decodes a file's bytes; throws `InputError` for binary input. */
export function decode(bytes: Uint8Array, label = 'input'): { text: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let offset = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) offset = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) (encoding = 'utf-16le'), (offset = 2);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) (encoding = 'utf-16be'), (offset = 2);
  const body = bytes.subarray(offset);
  if (encoding === 'utf-8' && looksBinary(body)) {
    throw new InputError('E_BINARY_INPUT', `${label} looks like a binary file, not text; give claimtrace a text, Markdown, HTML or JSONL article`);
  }
  let text = new TextDecoder(encoding, { fatal: false }).decode(body);
  const bad = countReplacements(text) - countReplacementsIn(body, encoding);
  if (bad > 0) {
    const first = text.indexOf('\uFFFD');
    diagnostics.push({
      code: 'E_INVALID_BYTES',
      message: `${bad} invalid ${encoding.toUpperCase()} byte sequence(s) were replaced by U+FFFD; is the file in another encoding?`,
      stage: 'ingest',
      start: null,
      end: null,
    });
    void first;
  }
  text = text.replace(/\r\n?/g, '\n');
  return { text, diagnostics };
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** U+FFFD characters that were really in the input (EF BF BD in UTF-8), not decoding errors. */
function countReplacementsIn(bytes: Uint8Array, encoding: string): number {
  if (encoding !== 'utf-8') return 0;
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
}
