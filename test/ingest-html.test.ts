/** HTML ingest: Readability on linkedom, the built text, hints, links and page metadata. */
import { describe, expect, it } from 'vitest';
import { fromHtml } from '../src/ingest/html.js';
import { analyze } from '../src/pipeline/analyze.js';
import { invariantViolations } from './helpers.js';

/** A made-up news page with chrome around the article (long enough for Readability to pick it). */
function page(head: string, article: string): string {
  return `<!doctype html><html><head>${head}</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>${article}</article>
<aside><h3>Most read</h3><ul><li><a href="/x">Celebrity buys island</a></li></ul></aside>
<footer>Copyright 2031 The Harbour Times</footer></body></html>`;
}

const FILLER = 'Council members debated the plan for three hours before the vote on Tuesday evening.';
const ARTICLE = `<h1>Harbour bridge to close for repairs</h1>
<p class="byline">By Jane Roe</p>
<p>The mayor of Port Ellis said on Monday that the harbour bridge <a href="/bridge-report">would close</a> for six weeks. ${FILLER}</p>
<p>Engineers found   rust in two   cables, according to a <a href="https://example.org/report.pdf">city report</a>. ${FILLER}</p>
<h2>What happens next</h2>
<ul><li>Ferries will run every 20 minutes.</li><li>Buses will use the north road.</li></ul>
<p>"We had no choice," the mayor said.<br>The work starts in May.</p>`;

const HEAD = `<title>Harbour bridge to close for repairs | The Harbour Times</title>
<meta property="og:site_name" content="The Harbour Times">
<meta property="article:published_time" content="2031-04-07T08:30:00Z">
<script>document.title = "hacked"; globalThis.__ran = true;</script>`;

/** One line per section: `kind start-end "text"`. */
function sections(text: string, list: { kind: string; start: number; end: number }[]): string[] {
  return list.map((s) => `${s.kind} ${s.start}-${s.end} ${JSON.stringify(text.slice(s.start, s.end).slice(0, 50))}`);
}

describe('fromHtml', () => {
  const src = fromHtml(page(HEAD, ARTICLE), { origin: { url: 'https://news.example.com/local/bridge' } });

  it('builds title, blank line, then paragraphs, headings and list items on their own lines', () => {
    expect(src.format).toBe('html');
    expect(src.text.split('\n')).toEqual([
      'Harbour bridge to close for repairs',
      '',
      `The mayor of Port Ellis said on Monday that the harbour bridge would close for six weeks. ${FILLER}`,
      '',
      `Engineers found rust in two cables, according to a city report. ${FILLER}`,
      '',
      'What happens next',
      '',
      '• Ferries will run every 20 minutes.',
      '• Buses will use the north road.',
      '',
      '"We had no choice," the mayor said.',
      'The work starts in May.',
    ]);
  });

  it('reads metadata: title without the site name, date, outlet, byline', () => {
    expect([src.title, src.published, src.outlet, src.byline]).toEqual([
      'Harbour bridge to close for repairs',
      '2031-04-07T08:30:00.000Z',
      'The Harbour Times',
      'Jane Roe',
    ]);
  });

  it('gives hints for the title and headings', () => {
    expect(sections(src.text, src.hints)).toEqual(['title 0-35 "Harbour bridge to close for repairs"', 'heading 363-380 "What happens next"']);
  });

  it('keeps links with offsets into the built text, resolved against the page URL', () => {
    expect(src.links.map((l) => `link ${l.start}-${l.end} ${JSON.stringify(l.text)} -> ${l.href}`)).toEqual([
      'link 100-111 "would close" -> https://news.example.com/bridge-report',
      'link 264-275 "city report" -> https://example.org/report.pdf',
    ]);
    for (const l of src.links) expect(src.text.slice(l.start, l.end)).toBe(l.text);
  });

  it('never runs scripts', () => {
    expect((globalThis as any).__ran).toBeUndefined();
    expect(src.text).not.toContain('hacked');
  });

  it('gives the structure stage sensible blocks', () => {
    const a = analyze(src);
    expect(invariantViolations(a)).toEqual([]);
    expect(sections(a.document.text, a.document.sections)).toEqual([
      'title 0-35 "Harbour bridge to close for repairs"',
      'body 37-211 "The mayor of Port Ellis said on Monday that the ha"',
      'body 213-361 "Engineers found rust in two cables, according to a"',
      'heading 363-380 "What happens next"',
      'body 384-418 "Ferries will run every 20 minutes."',
      'body 421-451 "Buses will use the north road."',
      'body 453-512 "\\"We had no choice,\\" the mayor said.\\nThe work start"',
    ]);
    expect(a.document.links).toHaveLength(2);
  });
});

describe('HTML through the structure stage', () => {
  it('reads a list after the title as summary bullets and a trailing list as the source list', () => {
    const a = analyze(
      fromHtml(`<html><head><title>Bridge closes</title></head><body><article><h1>Bridge closes</h1>
<ul><li>The harbour bridge shuts for six weeks</li><li>Ferries will run instead</li></ul>
<p>${FILLER} ${FILLER}</p><h3>Costs</h3><p>The repairs cost <strong>$4 million</strong>, the city said. ${FILLER}</p>
<p>Sources for this article include:</p><ul><li><a href="https://city.example.gov">City.example.gov</a></li><li>HarbourTimes.com</li></ul></article></body></html>`),
    );
    expect(invariantViolations(a)).toEqual([]);
    expect(a.document.sections.map((x) => `${x.kind} ${JSON.stringify(a.document.text.slice(x.start, x.end).slice(0, 30))}`)).toEqual([
      'title "Bridge closes"',
      'summary "The harbour bridge shuts for s"',
      'summary "Ferries will run instead"',
      'body "Council members debated the pl"',
      'heading "Costs"',
      'body "The repairs cost $4 million, t"',
      'sources "Sources for this article inclu"',
      'sources "City.example.gov"',
      'sources "HarbourTimes.com"',
    ]);
    expect(a.document.listedSources.map((l) => l.name)).toEqual(['City.example.gov', 'HarbourTimes.com']);
  });
});

describe('fromHtml metadata sources', () => {
  const table: [string, string, { title: string | null; published: string | null; outlet: string | null }][] = [
    [
      'JSON-LD datePublished and publisher.name',
      `<title>Dam opens</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Dam opens","datePublished":"2030-01-15","publisher":{"@type":"Organization","name":"Valley Post"}}</script>`,
      { title: 'Dam opens', published: '2030-01-15', outlet: 'Valley Post' },
    ],
    [
      'JSON-LD inside @graph',
      `<title>x</title><script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","datePublished":"2030-02-01T10:00:00+01:00","publisher":{"name":"Graph News"}}]}</script>`,
      { title: 'x', published: '2030-02-01T09:00:00.000Z', outlet: 'Graph News' },
    ],
    [
      'meta name=date and og:title',
      `<title>Site | Page</title><meta name="date" content="2029-12-31"><meta property="og:title" content="Flood warning lifted">`,
      { title: 'Flood warning lifted', published: '2029-12-31', outlet: null },
    ],
    ['broken JSON-LD is ignored', `<title>Storm</title><script type="application/ld+json">{oops</script>`, { title: 'Storm', published: null, outlet: null }],
  ];
  it.each(table)('%s', (_name, head, expected) => {
    const s = fromHtml(page(head, `<p>${FILLER} ${FILLER} ${FILLER}</p>`));
    expect({ title: s.title, published: s.published, outlet: s.outlet }).toEqual(expected);
  });

  it('caller metadata (JSONL fields, --published, --outlet) wins over the page', () => {
    const s = fromHtml(page(HEAD, ARTICLE), { title: 'Given', published: '2031-01-01', outlet: 'Given Outlet' });
    expect([s.title, s.published, s.outlet, s.text.slice(0, 7)]).toEqual(['Given', '2031-01-01', 'Given Outlet', 'Given\n\n']);
  });
});

describe('fromHtml fallbacks', () => {
  it('reads the body of a tiny page that Readability gives up on, without its navigation', () => {
    const s = fromHtml('<html><head><title>Brief</title></head><body><nav>Menu</nav><p>Power is back in <a href="http://example.net/town">Elm Town</a>.</p></body></html>');
    expect(s.text).toBe('Brief\n\nPower is back in Elm Town.');
    expect(s.links.map((l) => `${l.start}-${l.end} ${l.text}`)).toEqual(['24-32 Elm Town']);
  });

  it('works without a title', () => {
    const s = fromHtml('<p>Just one line of text.</p>');
    expect([s.text, s.hints.length, s.title]).toEqual(['Just one line of text.', 0, null]);
  });

  it('numbers ordered list items and drops javascript: links', () => {
    const s = fromHtml('<body><ol><li>First <a href="javascript:alert(1)">step</a></li><li>Second</li></ol></body>');
    expect(s.text).toBe('1. First step\n2. Second');
    expect(s.links).toEqual([]);
  });

  it('separates table cells', () => {
    const s = fromHtml('<body><table><tr><th>Town</th><th>Rain</th></tr><tr><td>Elm</td><td>12 mm</td></tr></table></body>');
    expect(s.text).toBe('Town | Rain\n\nElm | 12 mm');
  });
});
