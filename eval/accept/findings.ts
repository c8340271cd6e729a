/**
 * What issue 6 expects of the findings on the example article: the summary's 12,000 troops
 * credited to Putin and stated flatly while the body has "intelligence reports estimate ... up
 * to 12,000"; the summary's quoted "annihilate Ukrainian forces" that the body never has; the
 * vague "Reports reveal" / "reports indicate" / "analysts suggest"; narrator loaded language
 * such as "unholy alliance"; and the four listed sources that the text never cites. Each
 * finding's span and related spans must point at the evidence.
 */
import type { Check } from '../accept.js';
import type { Analysis, Finding } from '../../src/types.js';

const EXAMPLE = 'nk-troops-kursk.txt';

const show = (a: Analysis, rule: string) =>
  a.findings.filter((f) => f.rule === rule).map((f) => `“${f.text}”`).join(', ') || 'none';

/** The finding of `rule` whose text contains `needle` (case-insensitive), or null. */
function find(a: Analysis, rule: string, needle: string): Finding | null {
  return a.findings.find((f) => f.rule === rule && f.text.toLowerCase().includes(needle.toLowerCase())) ?? null;
}

/** Spans must be the text they claim to be. */
function badSpan(a: Analysis, f: Finding): string | null {
  for (const s of [f, ...f.related]) if (a.document.text.slice(s.start, s.end) !== s.text) return `span ${s.start}-${s.end} is not its text`;
  return null;
}

function expectFinding(rule: string, needle: string, related?: RegExp, where?: (a: Analysis, f: Finding) => string | null): Check {
  return {
    example: EXAMPLE,
    name: `${rule} on “${needle}”${related ? ` (related: ${related.source})` : ''}`,
    check(a) {
      const f = find(a, rule, needle);
      if (!f) return `no ${rule} finding on “${needle}”; ${rule} findings: ${show(a, rule)}`;
      const bad = badSpan(a, f);
      if (bad) return bad;
      if (related && !f.related.some((r) => related.test(r.text))) return `related spans ${f.related.map((r) => `“${r.text}”`).join(', ') || 'none'} do not show ${related.source}`;
      return where ? where(a, f) : null;
    },
  };
}

const inSection = (kind: string) => (a: Analysis, f: Finding) => {
  const s = a.document.sections.find((x) => f.start >= x.start && f.start < x.end);
  return s?.kind === kind ? null : `finding is in the ${s?.kind ?? 'no'} section, expected ${kind}`;
};

/** The checks. */
export const checks: Check[] = [
  expectFinding('attribution-shift', '12,000', /up to 12,000/, inSection('summary')),
  expectFinding('hedge-dropped', '12,000', /up to 12,000/, inSection('summary')),
  expectFinding('quote-not-in-body', 'annihilate Ukrainian forces', /annihilate and wipe out/),
  expectFinding('vague-attribution', 'Reports reveal'),
  expectFinding('vague-attribution', 'reports indicate'),
  expectFinding('vague-attribution', 'analysts suggest'),
  expectFinding('loaded-language', 'unholy alliance'),
  ...['ZeroHedge.com', 'APNews.com', 'ABCNews.go.com', 'BBC.com'].map((s) => expectFinding('sources-not-cited', s, undefined, inSection('sources'))),
  {
    example: EXAMPLE,
    name: 'no loaded-language finding inside a quote (e.g. “neo-Nazi”, “annihilate”)',
    check(a) {
      const bad = a.findings.filter((f) => f.rule === 'loaded-language' && a.quotes.some((q) => (q.kind === 'direct' || q.kind === 'partial') && f.start >= q.start && f.end <= q.end));
      return bad.length ? `flagged quoted words: ${bad.map((f) => `“${f.text}”`).join(', ')}` : null;
    },
  },
];
