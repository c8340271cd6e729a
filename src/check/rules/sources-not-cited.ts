/**
 * `sources-not-cited`: a source listed at the end (or linked from the source list) that the text
 * never cites. A listed "APNews.com" counts as cited when the text says "AP" or "Associated
 * Press"; names come from the outlet table (../outlets.ts, user key `outlets`) and, for outlets
 * not in it, from the domain itself ("ZeroHedge.com" → "ZeroHedge", "Zero Hedge"). Names are
 * matched as whole words; one-word names with their capitals ("Fox" is not "fox").
 */
import type { Offsets } from '../../types.js';
import { defineRule, type Draft } from '../rule.js';
import type { Outlet } from '../outlets.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Second-level labels under which the registrable name is one label further left. */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'go']);

/** The host of a listed source that is a URL or a domain, else null. */
export function hostOf(name: string): string | null {
  const m = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/:?#]|$)/i.exec(name.trim());
  return m ? m[1].toLowerCase() : null;
}

/** The names a text may cite a listed source by. */
export function outletNames(listed: string, outlets: readonly Outlet[]): { names: string[]; host: string | null } {
  const cleaned = listed.trim().split(/\s+[-–—|]\s+|:\s/)[0].trim();
  const host = hostOf(cleaned);
  const names = new Set<string>();
  if (host) {
    const known = outlets.find((o) => o.domains.some((d) => host === d || host.endsWith(`.${d}`)));
    if (known) known.names.forEach((n) => names.add(n));
    // the registrable label as written: "APNews.com" → "APNews"; "abcnews.go.com" → "abcnews"
    const labels = cleaned.replace(/^(?:https?:\/\/)?(?:www\.)?/i, '').split(/[/:?#]/)[0].split('.');
    let i = labels.length - 2;
    while (i > 0 && SECOND_LEVEL.has(labels[i].toLowerCase())) i--;
    const label = labels[Math.max(0, i)];
    if (label && label.length > 1) {
      names.add(label);
      const split = label.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
      if (split !== label) names.add(split);
      const short = split.replace(/\s+(?:News|Online|Daily|Media)$/, '');
      if (short !== split && short.length > 1) names.add(short);
    }
  } else {
    names.add(cleaned.replace(/^the\s+/i, ''));
    // "Northport City Council minutes, 14 March" → "Northport City Council": the leading name,
    // without the document words and dates that follow it
    const lead = /^(?:The\s+)?((?:[A-Z][\p{L}\p{N}.&'’-]*)(?:\s+(?:of|for|and|the|de|&)?\s*[A-Z][\p{L}\p{N}.&'’-]*)*)/u.exec(cleaned);
    if (lead && lead[1].length > 1) names.add(lead[1].trim());
    const known = outlets.find((o) => o.names.some((n) => n.toLowerCase() === cleaned.toLowerCase().replace(/^the\s+/, '')));
    if (known) known.names.forEach((n) => names.add(n));
  }
  return { names: [...names].filter((n) => n.length > 1), host };
}

/** Whether `text` cites one of the names (whole words; the host also in lower case). */
function cites(text: string, names: readonly string[], host: string | null): boolean {
  for (const n of names) {
    // several words are a name in any case ("Northport city council"); one word keeps its capitals ("Fox" is not "fox")
    const flags = /\s/.test(n.trim()) ? 'iu' : 'u';
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc(n).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, flags);
    if (re.test(text)) return true;
  }
  return !!host && text.toLowerCase().includes(host);
}

/** Headers of further-reading lists (structure's source-list headers that are not "Sources"). */
const RELATED = /^\s*(?:read\s+more|related|see\s+also|further\s+reading|more\s+on)/i;
/** Social profiles and e-mail addresses are the author's contacts, not sources. */
const SOCIAL = /^(?:[^@\s]+@[^@\s]+|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin|youtube|tiktok|t)\.(?:com|me|co)\b)/i;

/** Whether a listed line names a source: a domain or URL, or a short name, not a headline or a contact. */
function looksLikeSource(name: string): boolean {
  if (SOCIAL.test(name.trim())) return false;
  return !!hostOf(name) || name.trim().split(/\s+/).length <= 6;
}

/** The rule. */
export const sourcesNotCited = defineRule({
  id: 'sources-not-cited',
  severity: 'warning',
  description: 'A source listed at the end of the article is never cited in the text, so the reader cannot tell what it supports.',
  example: {
    bad: 'The port reopened on Monday, the harbour authority said.\n\nSources:\nReuters.com',
    good: 'The port reopened on Monday, the harbour authority told Reuters.\n\nSources:\nReuters.com',
  },
  check(ctx) {
    const structure = ctx.layers.structure;
    // nothing listed and no links: nothing to cite (most documents)
    if (!structure.listedSources.length && !ctx.source.links?.length) return [];
    const listed: (Offsets & { name: string })[] = structure.listedSources.map((s) => ({ start: s.start, end: s.end, name: s.name }));
    const sourceSections = structure.sections.filter((s) => s.kind === 'sources');
    for (const l of ctx.source.links ?? []) {
      const inList = sourceSections.some((s) => l.start >= s.start && l.start < s.end);
      if (inList && !listed.some((x) => x.start < l.end && l.start < x.end)) listed.push({ start: l.start, end: l.end, name: l.href });
    }
    if (!listed.length) return [];
    // "Read more:", "Related:" lists are further reading, not the article's sources
    const header = sourceSections.length ? ctx.text.slice(sourceSections[0].start, sourceSections[0].end) : '';
    if (RELATED.test(header)) return [];
    // the text that could cite them: everything but the source list
    const parts: string[] = [];
    let at = 0;
    for (const s of [...sourceSections].sort((a, b) => a.start - b.start)) {
      parts.push(ctx.analysisText.slice(at, s.start));
      at = Math.max(at, s.end);
    }
    parts.push(ctx.analysisText.slice(at));
    let text = parts.join('\n');
    for (const l of listed) text = text.split(ctx.text.slice(l.start, l.end)).join(' ');
    const out: Draft[] = [];
    for (const l of listed.sort((a, b) => a.start - b.start)) {
      if (!looksLikeSource(l.name)) continue;
      const { names, host } = outletNames(l.name, ctx.lexicon.outlets);
      if (!names.length || cites(text, names, host)) continue;
      // known names first; the raw domain label only when nothing better exists
      const shown = names.filter((n) => !/^[a-z0-9]+$/.test(n)).slice(0, 2);
      out.push({
        start: l.start,
        end: l.end,
        message: `“${ctx.text.slice(l.start, l.end).trim()}” is listed as a source, but the text never cites ${shown.length ? shown.map((n) => `“${n}”`).join(' or ') : 'it'}.`,
        related: [],
      });
    }
    return out;
  },
});
