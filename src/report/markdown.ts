/**
 * The Markdown report: the same content as the terminal report (who is quoted, which figures come
 * from whom and how hedged, loaded terms, findings), as a document a fact-checker can paste into
 * an issue or a wiki. Article text is escaped so that it cannot inject Markdown or HTML (links,
 * images, raw tags) into the page that renders the report.
 */
import type { Analysis } from '../types.js';
import { LineIndex } from './position.js';

/** Escapes text for inline Markdown (CommonMark punctuation and raw HTML). */
export function mdEscape(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}\[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // no GFM autolinks out of article text
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`);
}

const clip = (s: string, n: number) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

/** Renders one analysis as Markdown. */
export function renderMarkdown(a: Analysis): string {
  const at = new LineIndex(a.document.text);
  const out: string[] = [];
  const where = a.document.origin.path ?? a.document.origin.url ?? a.document.origin.id ?? 'input';
  out.push(`# ${mdEscape(a.document.title ?? '(untitled)')}`, '');
  out.push([where, a.document.outlet, a.document.published].filter((x): x is string => !!x).map(mdEscape).join(' · '), '');
  if (a.document.listedSources.length) out.push(`Listed sources: ${a.document.listedSources.map((s) => mdEscape(s.name)).join(', ')}`, '');

  out.push(`## Findings (${a.findings.length})`, '');
  if (!a.findings.length) out.push('None.', '');
  else {
    out.push('| where | severity | rule | message | passage |', '|---|---|---|---|---|');
    for (const f of a.findings) out.push(`| ${at.label(f.start)} | **${f.severity}** | \`${f.rule}\` | ${mdEscape(f.message)} | ${mdEscape(clip(f.text, 60))} |`);
    out.push('');
  }

  out.push(`## Who is quoted (${a.quotes.length})`, '');
  if (!a.quotes.length) out.push('Nobody.', '');
  for (const q of a.quotes) {
    const who = q.speaker ? `${q.speaker.name}${q.speaker.named ? '' : ' (unnamed)'}` : 'nobody named';
    out.push(`- ${at.label(q.start)} **${mdEscape(who)}**${q.via ? ` via ${mdEscape(q.via.name)}` : ''} (${q.kind}): “${mdEscape(clip(q.text, 120))}”`);
  }
  if (a.quotes.length) out.push('');

  out.push(`## Figures (${a.figures.length})`, '');
  if (!a.figures.length) out.push('None.', '');
  else {
    out.push('| where | figure | qualifier | source | hedges |', '|---|---|---|---|---|');
    for (const f of a.figures) {
      const src = f.source ? `${f.source.name}${f.source.vague ? ' (vague)' : ''}` : '*none*';
      out.push(`| ${at.label(f.start)} | ${mdEscape(clip(f.text, 60))} | ${f.qualifier} | ${f.source ? mdEscape(src) : src} | ${mdEscape(f.hedges.map((h) => h.text).join(', ')) || '—'} |`);
    }
    out.push('');
  }

  if (a.loaded.length) {
    out.push(`## Loaded language (${a.loaded.length})`, '');
    for (const l of a.loaded) out.push(`- ${at.label(l.start)} “${mdEscape(l.text)}” (${mdEscape(l.category)}, ${l.voice} voice)`);
    out.push('');
  }
  if (a.diagnostics.length) {
    out.push(`## Diagnostics (${a.diagnostics.length})`, '');
    for (const d of a.diagnostics) out.push(`- \`${d.code}\` (${mdEscape(d.stage)}): ${mdEscape(d.message)}`);
    out.push('');
  }
  return out.join('\n');
}
