/** Renders an analysis as one readable line per annotation: what golden files store and diff. */
import type { Analysis } from '../src/types.js';

const q = (s: string, n = 70) => JSON.stringify(s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** One line per section, entity, quote, figure, hedge, loaded term, event, finding, diagnostic. */
export function renderLines(a: Analysis): string[] {
  const t = a.document.text;
  const out: string[] = [];
  out.push(`document title=${q(a.document.title ?? '')} published=${a.document.published} outlet=${a.document.outlet}`);
  for (const s of a.document.sections) out.push(`section ${s.kind} ${s.start}-${s.end} ${q(t.slice(s.start, s.end), 50)}`);
  for (const s of a.document.listedSources) out.push(`listed-source ${q(s.name)}`);
  for (const e of a.entities) out.push(`entity ${e.id} ${e.type} ${q(e.name)} country=${e.country} code=${e.code} mentions=${e.mentions.map((m) => `${m.text}@${m.start}(${m.rule})`).join(', ')}`);
  for (const x of a.quotes) {
    const sp = x.speaker ? `${q(x.speaker.name)}${x.speaker.named ? '' : '(unnamed)'}@${q(x.speaker.text)}` : 'null';
    out.push(`quote ${x.id} ${x.kind} ${x.section} ${x.start}-${x.end} ${q(x.text, 60)} speaker=${sp} via=${x.via ? q(x.via.name) : 'null'} cue=${x.cue ? q(x.cue.text) : 'null'} (${x.rule})`);
  }
  for (const f of a.figures) {
    const src = f.source ? `${q(f.source.name)}${f.source.vague ? '(vague)' : ''}` : 'null';
    out.push(`figure ${f.id} ${f.section} ${q(f.text)} value=${f.value} min=${f.min} max=${f.max} ${f.qualifier} unit=${q(f.unit ?? '')} partOf=${f.partOf} source=${src} hedges=${f.hedges.map((h) => h.text).join('|')} (${f.rule})`);
  }
  for (const h of a.hedges) out.push(`hedge ${h.id} ${h.kind} ${q(h.text)} scope=${q(t.slice(h.scope.start, h.scope.end), 50)}`);
  for (const l of a.loaded) out.push(`loaded ${l.id} ${l.category} ${l.voice} ${q(l.text)}`);
  for (const e of a.events) {
    const who = (x: typeof e.actor) => (x ? `${q(x.name)}[${x.code ?? x.country}]` : 'null');
    out.push(`event ${e.id} ${e.type}/${e.cameo} ${who(e.actor)} -> ${who(e.target)}${e.symmetric ? ' symmetric' : ''}${e.hedged ? ' hedged' : ''}${e.negated ? ' negated' : ''} ${q(e.text, 60)} (${e.rule})`);
  }
  for (const f of a.findings) out.push(`finding ${f.id} ${f.severity} ${f.rule} ${q(f.text, 50)} related=${f.related.map((r) => q(r.text, 30)).join(' | ')}`);
  for (const d of a.diagnostics) out.push(`diagnostic ${d.code} ${d.stage} ${d.start}-${d.end}`);
  return out;
}
