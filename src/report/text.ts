/**
 * The terminal report: what the article is, who is in it, who is quoted, which figures come from
 * whom and how hedged, what happens, and the findings, each with `line:col`.
 */
import type { Analysis, Figure, Quote } from '../types.js';
import { plain, type Paint } from './color.js';
import { LineIndex } from './position.js';

const clip = (s: string, n = 90) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

function quoteLine(q: Quote, at: LineIndex): string {
  const who = q.speaker ? `${q.speaker.name}${q.speaker.named ? '' : ' (unnamed)'}${q.speaker.country ? ` [${q.speaker.country}]` : ''}` : 'nobody named';
  const via = q.via ? ` via ${q.via.name}` : '';
  return `  ${at.label(q.start).padEnd(7)} ${q.kind.padEnd(8)} ${who}${via}: “${clip(q.text, 80)}”`;
}

function figureLine(f: Figure, at: LineIndex): string {
  const bounds = f.qualifier === 'range' ? `${f.min}–${f.max}` : f.qualifier === 'upper-bound' ? `≤ ${f.max}` : f.qualifier === 'lower-bound' ? `≥ ${f.min}` : String(f.value);
  const src = f.source ? `${f.source.name}${f.source.vague ? ' (vague)' : ''}` : 'no source';
  const hedge = f.hedges.length ? `, hedged: ${f.hedges.map((h) => h.text).join(', ')}` : '';
  return `  ${at.label(f.start).padEnd(7)} ${bounds} ${f.unit ?? ''} (${f.qualifier}) — ${src}${hedge}  “${clip(f.text, 60)}”`;
}

/** Renders one analysis as a readable terminal report. */
export function renderText(a: Analysis, paint: Paint = plain): string {
  const at = new LineIndex(a.document.text);
  const out: string[] = [];
  const head = (s: string, n: number) => out.push('', paint.bold(`${s} (${n})`));
  const where = a.document.origin.path ?? a.document.origin.url ?? a.document.origin.id ?? 'input';
  out.push(paint.bold(a.document.title ?? '(untitled)'));
  const meta = [where, a.document.outlet, a.document.byline ? `by ${a.document.byline}` : null, a.document.published].filter(Boolean).join(' · ');
  const kinds = new Map<string, number>();
  for (const s of a.document.sections) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
  out.push(paint.dim(meta));
  out.push(paint.dim([...kinds].map(([k, n]) => `${n} ${k}`).join(', ') + (a.document.listedSources.length ? `; listed sources: ${a.document.listedSources.map((s) => s.name).join(', ')}` : '')));

  head('Who is in it', a.entities.length);
  const order = ['person', 'organization', 'group', 'country', 'place', 'other'];
  for (const type of order) {
    const ents = a.entities.filter((e) => e.type === type).sort((x, y) => y.mentions.length - x.mentions.length);
    if (!ents.length) continue;
    const list = ents.map((e) => `${e.name}${e.country ? ` [${e.country}]` : ''}${e.mentions.length > 1 ? ` ×${e.mentions.length}` : ''}`);
    out.push(`  ${paint.cyan(type.padEnd(12))} ${list.join(', ')}`);
  }
  if (a.quotes.length) {
    head('Who is quoted', a.quotes.length);
    for (const q of a.quotes) out.push(quoteLine(q, at));
  }
  if (a.figures.length) {
    head('Figures', a.figures.length);
    for (const f of a.figures) out.push(figureLine(f, at));
  }
  if (a.events.length) {
    head('Events', a.events.length);
    for (const e of a.events) {
      const actor = e.actor ? `${e.actor.name}${e.actor.country ? ` [${e.actor.country}]` : ''}` : '?';
      const target = e.target ? ` → ${e.target.name}${e.target.country ? ` [${e.target.country}]` : ''}` : '';
      const flags = [e.hedged ? 'hedged' : '', e.negated ? 'negated' : '', e.symmetric ? 'mutual' : ''].filter(Boolean).join(', ');
      // where and when, as the sentence gives them
      const where = e.location ? ` in ${e.location.name}${e.location.country ? ` [${e.location.country}]` : ''}` : '';
      const when = e.date ? (/^\d{4}(?:-\d{2})?$/.test(e.date) ? ` in ${e.date}` : ` on ${e.date}`) : '';
      // whose account it is, when the act comes inside someone's statement
      const per = e.reportedBy && e.reportedBy.name !== e.actor?.name ? `, per ${e.reportedBy.name}` : '';
      out.push(`  ${at.label(e.start).padEnd(7)} ${e.type} (${e.cameo}) ${actor}${target}${where}${when}${per}${flags ? ` (${flags})` : ''}  “${clip(e.text, 60)}”`);
    }
  }
  if (a.loaded.length) {
    head('Loaded language', a.loaded.length);
    out.push(`  ${a.loaded.map((l) => `“${l.text}” (${l.voice}, ${at.label(l.start)})`).join(', ')}`);
  }
  head('Findings', a.findings.length);
  if (!a.findings.length) out.push(paint.dim('  none'));
  for (const f of a.findings) {
    const sev = f.severity === 'error' ? paint.red(f.severity) : f.severity === 'warning' ? paint.yellow(f.severity) : paint.blue(f.severity);
    out.push(`  ${at.label(f.start).padEnd(7)} ${sev.padEnd(7)} ${f.rule.padEnd(20)} ${f.message}`);
    // the evidence a fact-checker would look at next: the passages the finding conflicts with
    for (const r of f.related.slice(0, 2)) out.push(paint.dim(`  ${''.padEnd(7)} ${''.padEnd(7)} ${''.padEnd(20)} ↳ ${at.label(r.start)} “${clip(r.text, 70)}”`));
  }
  if (a.diagnostics.length) {
    head('Diagnostics', a.diagnostics.length);
    for (const d of a.diagnostics) out.push(`  ${d.start != null ? at.label(d.start).padEnd(7) : '-'.padEnd(7)} ${d.code} (${d.stage}): ${d.message}`);
  }
  return out.join('\n') + '\n';
}
