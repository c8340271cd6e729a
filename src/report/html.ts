/**
 * The HTML report: one self-contained file (inline CSS, no script, no external resource) showing
 * the article with quotes highlighted per speaker (legend), figures with their source and hedge on
 * hover (`title`), loaded terms marked, and the findings in a side panel linking to their spans.
 *
 * Safety: the article is hostile until proven otherwise. Every piece of document text and
 * metadata goes through `esc` (text and double-quoted attributes alike); no link from the
 * document becomes an `href`; the only hrefs are our own `#k1` fragments. A Content-Security-
 * Policy meta forbids every script, frame, form, base and remote load, so even a bug in escaping
 * could not run code.
 */
import type { Analysis, Figure, Finding, Loaded, Quote, SectionKind } from '../types.js';
import { LineIndex } from './position.js';

/** The CSP of the report: nothing but inline styles and data: images. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** Escapes text for HTML text and double- or single-quoted attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' })[c]!);
}

/** Distinct, readable highlight colours (ColorBrewer Pastel1 + Set3, colour-blind safer order). */
const PALETTE = ['#a6cee3', '#b2df8a', '#fdbf6f', '#cab2d6', '#ffff99', '#fb9a99', '#8dd3c7', '#bebada', '#80b1d3', '#fccde5', '#ccebc5', '#d9d9d9'];

interface Mark {
  start: number;
  end: number;
  cls: string;
  title?: string;
}

const speakerKey = (q: Quote) => (q.speaker ? q.speaker.entity ?? q.speaker.name.toLowerCase() : '');

function figureTitle(f: Figure): string {
  const bounds = f.qualifier === 'range' ? `${f.min}–${f.max}` : f.qualifier === 'upper-bound' ? `up to ${f.max ?? f.value}` : f.qualifier === 'lower-bound' ? `at least ${f.min ?? f.value}` : String(f.value);
  const src = f.source ? `source: ${f.source.name}${f.source.vague ? ' (vague)' : ''}` : 'source: none given';
  const hedge = f.hedges.length ? `hedged: ${f.hedges.map((h) => h.text).join(', ')}` : 'not hedged';
  return `figure ${bounds}${f.unit ? ` ${f.unit}` : ''} (${f.qualifier}) · ${src} · ${hedge}`;
}

function loadedTitle(l: Loaded): string {
  return `loaded: ${l.category} (${l.voice} voice)`;
}

const SECTION_TAG: Record<SectionKind, string> = { title: 'h1', summary: 'li', heading: 'h2', body: 'p', sources: 'li' };

/** Renders the annotated text of one section range. */
function renderRange(text: string, start: number, end: number, marks: readonly Mark[], anchors: Map<number, string[]>): string {
  const cuts = new Set<number>([start, end]);
  const inside = marks.filter((m) => m.start < end && m.end > start);
  for (const m of inside) {
    cuts.add(Math.max(start, m.start));
    cuts.add(Math.min(end, m.end));
  }
  for (const k of anchors.keys()) if (k >= start && k < end) cuts.add(k);
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    for (const id of anchors.get(a) ?? []) html += `<a class="anchor" id="${esc(id)}"></a>`;
    anchors.delete(a);
    const seg = esc(text.slice(a, b));
    const active = inside.filter((m) => m.start <= a && m.end >= b);
    if (!active.length) {
      html += seg;
      continue;
    }
    const cls = [...new Set(active.flatMap((m) => m.cls.split(' ')))].join(' ');
    const titles = active.map((m) => m.title).filter(Boolean);
    html += `<span class="${esc(cls)}"${titles.length ? ` title="${esc(titles.join(' · '))}"` : ''}>${seg}</span>`;
  }
  return html;
}

const CSS = `
:root{--fg:#1d1d1f;--muted:#666;--err:#c62828;--warn:#b45309;--info:#1565c0;}
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 Georgia,'Times New Roman',serif;color:var(--fg);background:#fafaf7}
header{padding:16px 24px;border-bottom:1px solid #ddd;background:#fff;font-family:system-ui,sans-serif}
header .meta{color:var(--muted);font-size:13px}
.wrap{display:grid;grid-template-columns:minmax(0,1fr) 380px;gap:24px;padding:24px;max-width:1400px;margin:0 auto}
article{background:#fff;padding:24px 32px;border:1px solid #e5e5e5;border-radius:6px;overflow-wrap:anywhere}
article h1{font-size:26px;line-height:1.3;margin:0 0 12px}
article h2{font-size:19px;margin:20px 0 8px}
article ul.summary{background:#f4f6fa;padding:12px 12px 12px 32px;border-radius:4px}
article .sources{font-size:14px;color:var(--muted);border-top:1px solid #eee;margin-top:24px;padding-top:8px}
aside{font-family:system-ui,sans-serif;font-size:14px}
aside section{background:#fff;border:1px solid #e5e5e5;border-radius:6px;padding:12px 16px;margin-bottom:16px}
aside h3{margin:0 0 8px;font-size:15px}
#findings{position:sticky;top:12px;max-height:calc(100vh - 24px);overflow:auto}
.finding{display:block;padding:8px 0;border-top:1px solid #f0f0f0;color:inherit;text-decoration:none}
.finding:hover{background:#fafafa}
.sev{display:inline-block;min-width:58px;font-weight:600;font-size:12px;text-transform:uppercase}
.sev-error{color:var(--err)}.sev-warning{color:var(--warn)}.sev-info{color:var(--info)}
.rule{font-family:ui-monospace,monospace;font-size:12px;color:var(--muted)}
.pos{float:right;font-family:ui-monospace,monospace;font-size:12px;color:var(--muted)}
.q{border-radius:2px;padding:1px 0}
.q-none{background:#eee}
.fig{font-weight:bold;border-bottom:2px dotted #333;cursor:help}
.ld{text-decoration:underline double #d81b60;text-underline-offset:3px;cursor:help}
.fx-error{box-shadow:inset 0 -3px 0 var(--err)}
.fx-warning{box-shadow:inset 0 -3px 0 var(--warn)}
.fx-info{box-shadow:inset 0 -3px 0 var(--info)}
.rel{outline:1px dashed #888}
.anchor{scroll-margin-top:40px}
.anchor:target::before{content:'\\25B6';color:var(--err);font-size:14px}
.legend span.sw{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:6px;vertical-align:-1px;border:1px solid #0002}
.legend li{list-style:none;margin:2px 0}.legend ul{padding:0;margin:0}
.none{color:var(--muted)}
@media (max-width:900px){.wrap{grid-template-columns:1fr}#findings{position:static;max-height:none}}
`;

/** Renders one analysis as a self-contained HTML page. */
export function renderHtml(a: Analysis): string {
  const { title, inner } = renderDocument(a, '');
  return page(title, inner);
}

/**
 * Several analyses as one page (`analyze a.txt b.txt --format html`): a list of the documents,
 * then each one as it would stand alone, its ids prefixed `d1-`, `d2-` ... so links stay inside
 * their own document. One analysis gives exactly `renderHtml`'s page.
 */
export function renderHtmlPage(all: readonly Analysis[]): string {
  if (all.length === 1) return renderHtml(all[0]);
  const docs = all.map((a, i) => ({ a, id: `d${i + 1}`, ...renderDocument(a, `d${i + 1}-`) }));
  const toc = docs
    .map(({ a, id, title }) => `<li><a href="#${id}">${esc(title)}</a> <span class="none">${a.findings.length} findings</span></li>`)
    .join('');
  const inner = `<header><strong>claimtrace report</strong> · ${all.length} documents</header>
<nav class="wrap" id="documents"><ol>${toc}</ol></nav>
${docs.map(({ id, inner: one }) => `<section class="document" id="${id}">\n${one}\n</section>`).join('\n')}`;
  return page(`${all.length} documents`, inner);
}

/** The page around a report. */
function page(title: string, inner: string): string {
  const speakerCss = PALETTE.map((c, i) => `.sp${i}{background:${c}}`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>claimtrace: ${esc(title)}</title>
<style>${CSS}${speakerCss}</style>
</head>
<body>
${inner}
</body>
</html>
`;
}

/** One document's header, article and side panel; every id in it starts with `prefix`. */
function renderDocument(a: Analysis, prefix: string): { title: string; inner: string } {
  const text = a.document.text;
  const at = new LineIndex(text);
  // speakers, in order of first quote
  const speakers = new Map<string, { name: string; n: number; colour: number }>();
  for (const q of a.quotes) {
    const key = speakerKey(q);
    if (!key) continue;
    const s = speakers.get(key);
    if (s) s.n++;
    else speakers.set(key, { name: q.speaker!.name, n: 1, colour: speakers.size % PALETTE.length });
  }
  const unattributed = a.quotes.filter((q) => !q.speaker).length;
  const marks: Mark[] = [];
  for (const q of a.quotes) {
    const sp = speakers.get(speakerKey(q));
    const title = `${q.kind} quote · ${q.speaker ? `${q.speaker.name}${q.speaker.named ? '' : ' (unnamed)'}` : 'nobody named'}${q.via ? ` via ${q.via.name}` : ''}`;
    for (const p of q.parts.length ? q.parts : [q]) marks.push({ start: p.start, end: p.end, cls: `q ${sp ? `sp${sp.colour}` : 'q-none'}`, title });
  }
  for (const f of a.figures) marks.push({ start: f.start, end: f.end, cls: 'fig', title: figureTitle(f) });
  for (const l of a.loaded) marks.push({ start: l.start, end: l.end, cls: 'ld', title: loadedTitle(l) });
  const anchors = new Map<number, string[]>();
  const addAnchor = (o: number, id: string) => anchors.set(o, [...(anchors.get(o) ?? []), prefix + id]);
  for (const f of a.findings) {
    marks.push({ start: f.start, end: f.end, cls: `fx-${f.severity}`, title: `${f.severity} ${f.rule}: ${f.message}` });
    addAnchor(f.start, f.id);
    f.related.forEach((r, i) => {
      marks.push({ start: r.start, end: r.end, cls: 'rel' });
      addAnchor(r.start, `${f.id}-r${i + 1}`);
    });
  }
  // the article, section by section
  let body = '';
  let inSummary = false;
  let inSources = false;
  const sections = [...a.document.sections].sort((x, y) => x.start - y.start);
  for (const s of sections) {
    if (s.kind === 'summary' && !inSummary) body += '<ul class="summary">';
    if (s.kind !== 'summary' && inSummary) body += '</ul>';
    inSummary = s.kind === 'summary';
    if (s.kind === 'sources' && !inSources) body += '<ul class="sources">';
    inSources = s.kind === 'sources';
    const tag = SECTION_TAG[s.kind];
    body += `<${tag}>${renderRange(text, s.start, s.end, marks, anchors)}</${tag}>\n`;
  }
  if (inSummary) body += '</ul>';
  if (inSources) body += '</ul>';
  if (!sections.length) body = `<p>${renderRange(text, 0, text.length, marks, anchors)}</p>`;
  // anchors that fell outside every section (a finding on a gap) still exist for the links
  for (const ids of anchors.values()) for (const id of ids) body += `<a class="anchor" id="${esc(id)}"></a>`;

  const finding = (f: Finding) => {
    const rel = f.related.length ? ` <span class="rule">(${f.related.map((_, i) => `related ${i + 1}`).join(', ')})</span>` : '';
    return `<a class="finding" href="#${esc(prefix + f.id)}"><span class="sev sev-${f.severity}">${f.severity}</span> <span class="rule">${esc(f.rule)}</span><span class="pos">${at.label(f.start)}</span><br>${esc(f.message)}${rel}</a>`;
  };
  const counts = (['error', 'warning', 'info'] as const).map((s) => `${a.findings.filter((f) => f.severity === s).length} ${s}`).join(', ');
  const legend = [...speakers.values()].map((s) => `<li><span class="sw sp${s.colour}"></span>${esc(s.name)} <span class="none">×${s.n}</span></li>`);
  if (unattributed) legend.push(`<li><span class="sw q-none"></span>no speaker given <span class="none">×${unattributed}</span></li>`);
  const where = a.document.origin.path ?? a.document.origin.url ?? a.document.origin.id ?? 'input';
  const meta = [where, a.document.outlet, a.document.published].filter((x): x is string => !!x).map(esc).join(' · ');
  const title = a.document.title ?? 'untitled';
  const inner = `<header><strong>claimtrace report</strong> · ${esc(title)}<div class="meta">${meta} · ${a.quotes.length} quotes, ${a.figures.length} figures, ${a.loaded.length} loaded terms · findings: ${counts}</div></header>
<div class="wrap">
<article id="${prefix}article">
${body}
</article>
<aside>
<section id="${prefix}findings"><h3>Findings (${a.findings.length})</h3>
${a.findings.length ? a.findings.map(finding).join('\n') : '<p class="none">No findings.</p>'}
</section>
<section class="legend" id="${prefix}legend"><h3>Speakers</h3>
${legend.length ? `<ul>${legend.join('')}</ul>` : '<p class="none">No quotes.</p>'}
<h3 style="margin-top:12px">Marks</h3>
<ul><li><span class="fig">123</span> figure (hover: source, hedge)</li><li><span class="ld">loaded</span> loaded term</li><li><span class="fx-error">error</span> / <span class="fx-warning">warning</span> / <span class="fx-info">info</span> finding</li><li><span class="rel">related</span> related passage</li></ul>
</section>
</aside>
</div>`;
  return { title, inner };
}
