/** HTML → `Source` (placeholder; the HTML issue work replaces it with Readability on linkedom). */
import type { Diagnostic, Source } from '../types.js';
import { fromText, type Meta } from './text.js';

/** Builds a source from an HTML page: title, a blank line, then the article text. */
export function fromHtml(html: string, meta: Meta = {}, diagnostics: Diagnostic[] = []): Source {
  const body = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, '').replace(/<[^>]+>/g, ' ').replace(/[ \t]+/g, ' ');
  const source = fromText(body.trim(), meta, diagnostics);
  source.format = 'html';
  return source;
}
