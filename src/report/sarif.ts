/**
 * SARIF 2.1.0 (OASIS, https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html): the format
 * editors and code-review tools read, so findings show inline on the article. One run for all
 * analysed documents; the rule metadata (description, bad/good example, default level) goes in
 * `tool.driver.rules`; regions are 1-based lines and code-point columns (`columnKind:
 * unicodeCodePoints`), `endColumn` exclusive as SARIF defines it.
 */
import type { Analysis, Finding, Severity } from '../types.js';
import { RULES, type Rule } from '../check/index.js';
import { LineIndex } from './position.js';

const LEVEL: Record<Severity, 'note' | 'warning' | 'error'> = { info: 'note', warning: 'warning', error: 'error' };

/** The artifact URI of a document: its path as given (forward slashes), URL, or JSONL id. */
function artifactUri(a: Analysis, i: number): { uri: string; uriBaseId?: string } {
  const o = a.document.origin;
  if (o.url) return { uri: o.url };
  if (o.path && o.path !== '-') {
    const p = o.path.replace(/\\/g, '/');
    const uri = p.split('/').map((seg) => encodeURIComponent(seg).replace(/%3A/gi, ':')).join('/');
    return /^\//.test(p) ? { uri: `file://${uri}` } : { uri, uriBaseId: '%SRCROOT%' };
  }
  return { uri: `stdin${o.id ? `#${encodeURIComponent(o.id)}` : i ? `-${i + 1}` : ''}` };
}

function region(at: LineIndex, text: string, s: { start: number; end: number }) {
  const a = at.at(s.start);
  const b = at.at(s.end);
  return { startLine: a.line, startColumn: a.col, endLine: b.line, endColumn: b.col, snippet: { text: text.slice(s.start, s.end) } };
}

/** SARIF `reportingDescriptor` of a rule. */
function descriptor(r: Rule) {
  const name = r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
  return {
    id: r.id,
    name,
    shortDescription: { text: r.description },
    fullDescription: { text: r.description },
    help: { text: `Bad: ${r.example.bad.replace(/\n+/g, ' / ')}\nGood: ${r.example.good.replace(/\n+/g, ' / ')}`, markdown: `**Bad**\n\n> ${r.example.bad.replace(/\n+/g, '\n> ')}\n\n**Good**\n\n> ${r.example.good.replace(/\n+/g, '\n> ')}` },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: ['news', r.stretch ? 'experimental' : 'claimtrace'] },
  };
}

/** Renders analyses as one SARIF 2.1.0 log (a JSON string with a trailing newline). */
export function renderSarif(all: readonly Analysis[], rules: readonly Rule[] = RULES): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results: unknown[] = [];
  const artifacts: unknown[] = [];
  all.forEach((a, i) => {
    const at = new LineIndex(a.document.text);
    const location = artifactUri(a, i);
    artifacts.push({ location, mimeType: 'text/plain', encoding: 'utf-8' });
    for (const f of a.findings as Finding[]) {
      results.push({
        ruleId: f.rule,
        ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { ...location, index: i }, region: region(at, a.document.text, f) } }],
        relatedLocations: f.related.map((r, k) => ({
          id: k + 1,
          message: { text: 'related passage' },
          physicalLocation: { artifactLocation: { ...location, index: i }, region: region(at, a.document.text, r) },
        })),
        partialFingerprints: { 'claimtraceFinding/v1': `${a.document.id.slice(0, 16)}:${f.rule}:${f.start}-${f.end}` },
      });
    }
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'claimtrace', version: '0.1.0', informationUri: 'https://github.com/claimtrace/claimtrace', rules: rules.map(descriptor) } },
        columnKind: 'unicodeCodePoints',
        artifacts,
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
